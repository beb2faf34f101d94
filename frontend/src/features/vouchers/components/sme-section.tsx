import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import type { ApplicationDraft, DraftAction, FormField, SmeField } from '../model/application-draft';
import { summariseSmeInput } from '../model/sme-input';

interface SmeSectionProps {
  draft: ApplicationDraft;
  dispatch: Dispatch<DraftAction>;
  fieldId: (field: FormField) => string;
  errorFor: (field: FormField) => string | undefined;
}

const FORM_FIELDS: readonly { field: SmeField; label: 'smeName' | 'periodLabel' | 'staff' | 'turnover' | 'balance'; decimal: boolean }[] = [
  { field: 'name', label: 'smeName', decimal: false },
  { field: 'periodLabel', label: 'periodLabel', decimal: false },
  { field: 'staff', label: 'staff', decimal: true },
  { field: 'annualTurnover', label: 'turnover', decimal: true },
  { field: 'balanceSheetTotal', label: 'balance', decimal: true },
];

/**
 * The SME data: the input saved with the public SME wizard (or the draft's own, when richer than
 * the minimal form) can be used as a whole; otherwise the organisation's own figures, for one
 * enterprise without partners. Then the de minimis aid received elsewhere.
 */
export function SmeSection({ draft, dispatch, fieldId, errorFor }: SmeSectionProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const imported = draft.imported;
  const summary = imported ? summariseSmeInput(imported.input) : null;
  const sectionError = errorFor('sme');

  const form = (
    <div data-testid="sme-form">
      <p className="field__hint">{t('applicationForm.smeFormIntro')}</p>
      {FORM_FIELDS.map(({ field, label, decimal }) => (
        <TextField
          key={field}
          id={fieldId(`sme.${field}`)}
          name={`sme-${field}`}
          label={t(`applicationForm.${label}`)}
          hint={
            field === 'periodLabel'
              ? t('applicationForm.periodHint')
              : field === 'staff'
                ? t('applicationForm.staffHint')
                : undefined
          }
          value={draft.sme[field]}
          onChange={(value) => dispatch({ type: 'setSme', field, value })}
          error={errorFor(`sme.${field}`)}
          inputMode={decimal ? 'decimal' : undefined}
          autoComplete="off"
          required
        />
      ))}
    </div>
  );

  return (
    <>
      <p>{t('applicationForm.smeIntro')}</p>
      {imported && summary ? (
        <fieldset
          id={fieldId('sme')}
          className={`fieldset${sectionError ? ' field--invalid' : ''}`}
          tabIndex={-1}
          aria-describedby={sectionError ? `${fieldId('sme')}-error` : undefined}
        >
          <legend>{t('applicationForm.smeSourceLegend')}</legend>
          {sectionError ? (
            <p className="field__error" id={`${fieldId('sme')}-error`} data-testid={`${fieldId('sme')}-error`}>
              {sectionError}
            </p>
          ) : null}
          <div className="checkbox">
            <input
              type="radio"
              id="application-sme-source-imported"
              name="sme-source"
              checked={draft.smeSource === 'imported'}
              onChange={() => dispatch({ type: 'useSmeSource', source: 'imported' })}
            />
            <label htmlFor="application-sme-source-imported">{t('applicationForm.useImported')}</label>
          </div>
          <div className="panel panel--inset" data-testid="sme-imported" data-origin={imported.origin}>
            <p className="alert__title">
              {imported.origin === 'saved' ? t('applicationForm.smeSavedTitle') : t('applicationForm.smeDraftTitle')}
            </p>
            <p>
              {t('applicationForm.smeSummary', {
                name: summary.applicantName,
                parties: summary.parties,
                holdings: summary.holdings,
              })}
            </p>
            {summary.latest ? (
              <p>
                {t('applicationForm.smeLatestPeriod', {
                  label: summary.latest.label,
                  turnover: formatMoney(summary.latest.annualTurnover, 'EUR', locale),
                  balance: formatMoney(summary.latest.balanceSheetTotal, 'EUR', locale),
                })}
              </p>
            ) : null}
          </div>
          <div className="checkbox">
            <input
              type="radio"
              id="application-sme-source-form"
              name="sme-source"
              checked={draft.smeSource === 'form'}
              onChange={() => dispatch({ type: 'useSmeSource', source: 'form' })}
            />
            <label htmlFor="application-sme-source-form">{t('applicationForm.useForm')}</label>
          </div>
          {draft.smeSource === 'form' ? form : null}
        </fieldset>
      ) : (
        form
      )}
      <TextField
        id={fieldId('deMinimisReceivedEur')}
        name="deMinimisReceivedEur"
        label={t('applicationForm.deMinimis')}
        hint={t('applicationForm.deMinimisHint')}
        value={draft.deMinimisReceivedEur}
        onChange={(value) => dispatch({ type: 'set', field: 'deMinimisReceivedEur', value })}
        error={errorFor('deMinimisReceivedEur')}
        inputMode="decimal"
        autoComplete="off"
      />
    </>
  );
}
