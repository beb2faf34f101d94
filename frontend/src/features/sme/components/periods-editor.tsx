import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui';
import { fieldKey, type ErrorText, type FieldRef, type PeriodField } from '../model/checks';
import { APPLICANT_ID, type PartyDraft, type PeriodDraft, type SmeAction } from '../model/wizard';

interface PeriodsEditorProps {
  party: PartyDraft;
  dispatch: Dispatch<SmeAction>;
  errorText: ErrorText;
  title: string;
  hint: string;
  /** The heading level of the title: 3 on the applicant's step, 4 inside a party's card. */
  level: 3 | 4;
}

interface PeriodFieldsProps {
  period: PeriodDraft;
  refOf: (field: PeriodField) => FieldRef;
  update: (patch: Partial<PeriodDraft>) => void;
  errorText: ErrorText;
}

/**
 * The turnover: net of VAT, or as stated in the accounts with the VAT and other indirect taxes
 * it includes, which the check deducts (Art. 4(1)).
 */
function TurnoverFields({ period, refOf, update, errorText }: PeriodFieldsProps) {
  const { t } = useTranslation();
  const toggleId = `${fieldKey(refOf('annualTurnover'))}-gross`;
  const money = (field: 'annualTurnover' | 'statedTurnover' | 'indirectTaxes', hint: string) => (
    <TextField
      id={fieldKey(refOf(field))}
      name={field}
      label={t(`sme.${field}`)}
      hint={hint}
      value={period[field]}
      onChange={(v) => update({ [field]: v })}
      error={errorText(refOf(field))}
      inputMode="decimal"
      required
    />
  );
  return (
    <>
      <div className="checkbox">
        <input
          id={toggleId}
          name="grossTurnover"
          type="checkbox"
          checked={period.grossTurnover}
          onChange={(e) => update({ grossTurnover: e.target.checked })}
          aria-describedby={`${toggleId}-hint`}
        />
        <label htmlFor={toggleId}>{t('sme.grossTurnover')}</label>
      </div>
      <p className="field__hint" id={`${toggleId}-hint`}>
        {t('sme.grossTurnoverHint')}
      </p>
      {period.grossTurnover ? (
        <>
          {money('statedTurnover', t('sme.moneyHint'))}
          {money('indirectTaxes', t('sme.indirectTaxesHint'))}
        </>
      ) : (
        money('annualTurnover', t('sme.moneyHint'))
      )}
    </>
  );
}

/** The accounting periods of one party, oldest first, each a fieldset. */
export function PeriodsEditor({ party, dispatch, errorText, title, hint, level }: PeriodsEditorProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const { t } = useTranslation();
  const listRef: FieldRef = { scope: 'party', partyId: party.id, field: 'periods' };
  const listId = fieldKey(listRef);
  const listError = errorText(listRef);
  const minimum = party.id === APPLICANT_ID ? 1 : 0;

  return (
    <div
      id={listId}
      className={`periods${listError ? ' field--invalid' : ''}`}
      tabIndex={-1}
      aria-labelledby={`${listId}-title`}
      aria-describedby={[`${listId}-hint`, listError ? `${listId}-error` : ''].filter(Boolean).join(' ')}
      role="group"
    >
      <Heading id={`${listId}-title`}>{title}</Heading>
      <p className="field__hint" id={`${listId}-hint`}>
        {hint}
      </p>
      {listError ? (
        <p className="field__error" id={`${listId}-error`} data-testid={`${listId}-error`}>
          {listError}
        </p>
      ) : null}
      {party.periods.map((period, index) => {
        const refOf = (field: PeriodField): FieldRef => ({
          scope: 'period',
          partyId: party.id,
          periodId: period.id,
          field,
        });
        const legendId = `${fieldKey(refOf('label'))}-legend`;
        const label = period.label.trim();
        const update = (patch: Partial<PeriodDraft>) =>
          dispatch({ type: 'updatePeriod', partyId: party.id, periodId: period.id, patch });
        return (
          <fieldset key={period.id} className="fieldset period" data-testid="sme-period">
            <legend id={legendId}>
              {label ? t('sme.periodLegend', { label }) : t('sme.periodLegendUnnamed', { number: index + 1 })}
            </legend>
            <TextField
              id={fieldKey(refOf('label'))}
              name="label"
              label={t('sme.periodLabel')}
              hint={t('sme.periodLabelHint')}
              value={period.label}
              onChange={(v) => update({ label: v })}
              error={errorText(refOf('label'))}
              maxLength={40}
              required
            />
            <TextField
              id={fieldKey(refOf('staff'))}
              name="staff"
              label={t('sme.staff')}
              hint={t('sme.staffHint')}
              value={period.staff}
              onChange={(v) => update({ staff: v })}
              error={errorText(refOf('staff'))}
              inputMode="decimal"
              required
            />
            <TurnoverFields period={period} refOf={refOf} update={update} errorText={errorText} />
            <TextField
              id={fieldKey(refOf('balanceSheetTotal'))}
              name="balanceSheetTotal"
              label={t('sme.balanceSheetTotal')}
              hint={t('sme.moneyHint')}
              value={period.balanceSheetTotal}
              onChange={(v) => update({ balanceSheetTotal: v })}
              error={errorText(refOf('balanceSheetTotal'))}
              inputMode="decimal"
              required
            />
            <div className="checkbox">
              <input
                id={`${fieldKey(refOf('label'))}-estimate`}
                name="estimate"
                type="checkbox"
                checked={period.estimate}
                onChange={(e) => update({ estimate: e.target.checked })}
              />
              <label htmlFor={`${fieldKey(refOf('label'))}-estimate`}>{t('sme.estimate')}</label>
            </div>
            {party.periods.length > minimum ? (
              <button
                type="button"
                className="button button--secondary"
                aria-describedby={legendId}
                onClick={() => dispatch({ type: 'removePeriod', partyId: party.id, periodId: period.id })}
                data-testid="sme-remove-period"
              >
                {t('sme.removePeriod')}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => dispatch({ type: 'addPeriod', partyId: party.id })}
          data-testid="sme-add-period"
        >
          {t('sme.addPeriod')}
        </button>
      </div>
    </div>
  );
}
