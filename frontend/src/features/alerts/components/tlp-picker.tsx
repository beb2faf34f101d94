import { useTranslation } from 'react-i18next';
import type { Tlp } from '@/gql/graphql';
import { formatList } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { TLP_LEVELS, tlpAudience, tlpLabel, type Recipients, type TlpAudience } from '../model/tlp';

/** The plain-language sentence for who will see an alert. */
export function useAudienceSentence(): (audience: TlpAudience) => string {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (audience) => {
    switch (audience.kind) {
      case 'everyone':
        return t('alerts.tlp.audience.everyone');
      case 'verifiedOrganisations':
        return t('alerts.tlp.audience.verifiedOrganisations');
      case 'amber':
        return t('alerts.tlp.audience.amber', {
          who: formatList(
            [...audience.organisations, ...audience.memberStates.map((state) => t('alerts.tlp.audience.everyOrganisationIn', { state }))],
            language,
          ),
        });
      case 'amberStrict':
        return t('alerts.tlp.audience.amberStrict', { who: formatList([...audience.organisations], language) });
      case 'red':
        return t('alerts.tlp.audience.red', { count: audience.accounts });
      case 'noRecipients':
        return t('alerts.tlp.audience.noRecipients', { tlp: tlpLabel(audience.tlp) });
    }
  };
}

interface Props {
  value: Tlp;
  onChange: (tlp: Tlp) => void;
  /** The markings that may be chosen (after publication: the same or less strict). */
  allowed: readonly Tlp[];
  /** Display names of the recipients named so far. */
  recipients: Recipients;
  error?: string;
}

/**
 * The TLP 2.0 marking as radio buttons, each with what it means, and below them who will see
 * this alert with the recipients named (a polite live region, so a change is heard).
 */
export function TlpPicker({ value, onChange, allowed, recipients, error }: Props) {
  const { t } = useTranslation();
  const sentence = useAudienceSentence();
  return (
    <fieldset id="tlp" className={`fieldset${error ? ' field--invalid' : ''}`} tabIndex={-1} aria-describedby={`tlp-audience${error ? ' tlp-error' : ''}`}>
      <legend>{t('alerts.tlp.legend')}</legend>
      {error ? (
        <p className="field__error" id="tlp-error" data-testid="tlp-error">
          {error}
        </p>
      ) : null}
      {TLP_LEVELS.map((level) => {
        const disabled = !allowed.includes(level);
        return (
          <div key={level} className="checkbox">
            <input
              id={`tlp-${level}`}
              type="radio"
              name="tlp"
              value={level}
              checked={value === level}
              disabled={disabled}
              onChange={() => onChange(level)}
            />
            <label htmlFor={`tlp-${level}`}>
              <span lang="en">{tlpLabel(level)}</span>
              <span className="field__hint tlp-option__hint">
                {t(`alerts.tlp.options.${level}`)}
                {disabled ? ` ${t('alerts.tlp.stricterRefused')}` : ''}
              </span>
            </label>
          </div>
        );
      })}
      <p className="callout" id="tlp-audience" role="status" data-testid="tlp-audience">
        <strong>{t('alerts.tlp.whoSees')}</strong> {sentence(tlpAudience(value, recipients))} {t('alerts.tlp.enisaAlways')}
      </p>
    </fieldset>
  );
}
