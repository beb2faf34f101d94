import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { normaliseDecimalInput } from '@/lib/decimal';
import { hasFigures, type PartyDraft, type SmeStep, type SmeWizardState } from '../model/wizard';
import { usePartyName } from './party-name';

interface ReviewSummaryProps {
  state: SmeWizardState;
  onEdit: (step: SmeStep) => void;
}

function PeriodList({ party }: { party: PartyDraft }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  if (!hasFigures(party.kind) || party.periods.length === 0) return null;
  const money = (value: string) => formatMoney(normaliseDecimalInput(value), 'EUR', locale);
  return (
    <ul className="bullet-list">
      {party.periods.map((period) => (
        <li key={period.id}>
          <strong>{period.label}</strong>: {t('sme.staff')} {formatNumber(normaliseDecimalInput(period.staff), locale)};{' '}
          {period.grossTurnover
            ? t('sme.grossTurnoverSentence', {
                stated: money(period.statedTurnover),
                taxes: money(period.indirectTaxes),
              })
            : `${t('sme.annualTurnover')} ${money(period.annualTurnover)}`}
          ; {t('sme.balanceSheetTotal')} {money(period.balanceSheetTotal)}
        </li>
      ))}
    </ul>
  );
}

/** The answers, section by section, each with a "Change" button back to its step. */
export function ReviewSummary({ state, onEdit }: ReviewSummaryProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const partyName = usePartyName(state);
  const percent = (value: string) => formatNumber(normaliseDecimalInput(value), locale);

  const editButton = (step: SmeStep) => (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => onEdit(step)}
      aria-label={`${t('sme.edit')}: ${t(`sme.steps.${step}`)}`}
    >
      {t('sme.edit')}
    </button>
  );

  return (
    <div data-testid="sme-review">
      <section className="panel" aria-labelledby="sme-review-applicant">
        <h3 id="sme-review-applicant">{t('sme.steps.applicant')}</h3>
        <p>
          <strong>{partyName(state.applicant.id)}</strong>
          {state.previousCategory
            ? ` — ${t('sme.previousCategory')}: ${t(`smeCategory.${state.previousCategory}`)}`
            : null}
        </p>
        <PeriodList party={state.applicant} />
        {editButton('applicant')}
      </section>
      <section className="panel" aria-labelledby="sme-review-parties">
        <h3 id="sme-review-parties">{t('sme.steps.parties')}</h3>
        {state.parties.length === 0 ? (
          <p>{t('sme.noParties')}</p>
        ) : (
          <ul className="bullet-list">
            {state.parties.map((party) => (
              <li key={party.id}>
                <strong>{partyName(party.id)}</strong> ({t(`partyKind.${party.kind}`)}
                {party.kind === 'EXEMPT_INVESTOR' && party.exemptKind
                  ? `: ${t(`exemptInvestorKind.${party.exemptKind}`)}`
                  : ''}
                {party.kind === 'EXEMPT_INVESTOR' && party.publicBody ? `; ${t('sme.alsoPublicBody')}` : ''})
                <PeriodList party={party} />
              </li>
            ))}
          </ul>
        )}
        {editButton('parties')}
      </section>
      <section className="panel" aria-labelledby="sme-review-holdings">
        <h3 id="sme-review-holdings">{t('sme.steps.holdings')}</h3>
        {state.holdings.length === 0 ? (
          <p>{t('sme.noHoldings')}</p>
        ) : (
          <ul className="bullet-list">
            {state.holdings.map((holding) => (
              <li key={holding.id} data-testid="sme-review-holding">
                {t('sme.holdingSentence', {
                  holder: partyName(holding.holder),
                  held: partyName(holding.held),
                  capital: percent(holding.capitalPercent),
                  voting: percent(holding.votingPercent),
                })}
                {holding.controlRights.length > 0
                  ? ` ${holding.controlRights.map((r) => t(`controlRight.${r}`)).join('; ')}.`
                  : null}
              </li>
            ))}
          </ul>
        )}
        {state.controls.length > 0 ? (
          <ul className="bullet-list">
            {state.controls.map((control) => (
              <li key={control.id} data-testid="sme-review-control">
                {t('sme.controlSentence', {
                  controller: partyName(control.controller),
                  controlled: partyName(control.controlled),
                  basis: t(`controlBasis.${control.basis}`),
                })}
              </li>
            ))}
          </ul>
        ) : null}
        {editButton('holdings')}
      </section>
    </div>
  );
}
