import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/ui';
import {
  APPLICANT_ID,
  EXEMPT_INVESTOR_KINDS,
  fieldKey,
  hasFigures,
  PARTY_KINDS,
  type FieldRef,
  type PartyDraft,
  type PartyField,
  type PartyPatch,
  type PeriodField,
  type SmeAction,
} from '../model/wizard';

export type ErrorText = (ref: FieldRef) => string | undefined;

interface PeriodsEditorProps {
  party: PartyDraft;
  dispatch: Dispatch<SmeAction>;
  errorText: ErrorText;
  title: string;
  hint: string;
  /** The heading level of the title: 3 on the applicant's step, 4 inside a party's card. */
  level: 3 | 4;
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
        const ref = (field: PeriodField): FieldRef => ({
          scope: 'period',
          partyId: party.id,
          periodId: period.id,
          field,
        });
        const legendId = `${fieldKey(ref('label'))}-legend`;
        const label = period.label.trim();
        const update = (patch: Partial<typeof period>) =>
          dispatch({ type: 'updatePeriod', partyId: party.id, periodId: period.id, patch });
        return (
          <fieldset key={period.id} className="fieldset period" data-testid="sme-period">
            <legend id={legendId}>
              {label ? t('sme.periodLegend', { label }) : t('sme.periodLegendUnnamed', { number: index + 1 })}
            </legend>
            <TextField
              id={fieldKey(ref('label'))}
              name="label"
              label={t('sme.periodLabel')}
              hint={t('sme.periodLabelHint')}
              value={period.label}
              onChange={(v) => update({ label: v })}
              error={errorText(ref('label'))}
              maxLength={40}
              required
            />
            <TextField
              id={fieldKey(ref('staff'))}
              name="staff"
              label={t('sme.staff')}
              hint={t('sme.staffHint')}
              value={period.staff}
              onChange={(v) => update({ staff: v })}
              error={errorText(ref('staff'))}
              inputMode="decimal"
              required
            />
            {(['annualTurnover', 'balanceSheetTotal'] as const).map((field) => (
              <TextField
                key={field}
                id={fieldKey(ref(field))}
                name={field}
                label={t(`sme.${field}`)}
                hint={t('sme.moneyHint')}
                value={period[field]}
                onChange={(v) => update({ [field]: v })}
                error={errorText(ref(field))}
                inputMode="decimal"
                required
              />
            ))}
            <div className="checkbox">
              <input
                id={`${fieldKey(ref('label'))}-estimate`}
                name="estimate"
                type="checkbox"
                checked={period.estimate}
                onChange={(e) => update({ estimate: e.target.checked })}
              />
              <label htmlFor={`${fieldKey(ref('label'))}-estimate`}>{t('sme.estimate')}</label>
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

interface MarketFieldsProps {
  party: PartyDraft;
  dispatch: Dispatch<SmeAction>;
  errorText: ErrorText;
}

export function MarketFields({ party, dispatch, errorText }: MarketFieldsProps) {
  const { t } = useTranslation();
  const ref: FieldRef = { scope: 'party', partyId: party.id, field: 'market' };
  return (
    <>
      <TextField
        id={fieldKey(ref)}
        name="market"
        label={t('sme.market')}
        hint={t('sme.marketHint')}
        value={party.market}
        onChange={(v) => dispatch({ type: 'updateParty', id: party.id, patch: { market: v } })}
        error={errorText(ref)}
        maxLength={40}
      />
      <TextField
        id={`${fieldKey(ref)}-adjacent`}
        name="adjacentMarkets"
        label={t('sme.adjacentMarkets')}
        hint={t('sme.adjacentMarketsHint')}
        value={party.adjacentMarkets}
        onChange={(v) => dispatch({ type: 'updateParty', id: party.id, patch: { adjacentMarkets: v } })}
        maxLength={200}
      />
    </>
  );
}

interface PartyCardProps {
  party: PartyDraft;
  number: number;
  dispatch: Dispatch<SmeAction>;
  errorText: ErrorText;
}

/** One connected party: its kind, name, investor details, market and figures. */
export function PartyCard({ party, number, dispatch, errorText }: PartyCardProps) {
  const { t } = useTranslation();
  const ref = (field: PartyField): FieldRef => ({ scope: 'party', partyId: party.id, field });
  const update = (patch: PartyPatch) => dispatch({ type: 'updateParty', id: party.id, patch });
  const title = party.name.trim() || t('sme.unnamedParty', { number });
  const titleId = `sme-party-${party.id}-title`;

  return (
    <section className="panel party" aria-labelledby={titleId} data-testid="sme-party" data-kind={party.kind}>
      <h3 id={titleId}>{title}</h3>
      <SelectField
        id={fieldKey(ref('kind'))}
        name="kind"
        label={t('sme.partyKind')}
        value={party.kind}
        onChange={(v) => {
          const kind = PARTY_KINDS.find((k) => k === v);
          if (kind) update({ kind });
        }}
        options={PARTY_KINDS.map((k) => ({ value: k, label: t(`partyKind.${k}`) }))}
        error={errorText(ref('kind'))}
      />
      <TextField
        id={fieldKey(ref('name'))}
        name="name"
        label={t('sme.name')}
        value={party.name}
        onChange={(v) => update({ name: v })}
        error={errorText(ref('name'))}
        maxLength={200}
        required
      />
      {party.kind === 'EXEMPT_INVESTOR' ? (
        <>
          <SelectField
            id={fieldKey(ref('exemptKind'))}
            name="exemptKind"
            label={t('sme.exemptKind')}
            hint={t('sme.exemptKindHint')}
            placeholder={t('sme.chooseExemptKind')}
            value={party.exemptKind}
            onChange={(v) => update({ exemptKind: EXEMPT_INVESTOR_KINDS.find((k) => k === v) ?? '' })}
            options={EXEMPT_INVESTOR_KINDS.map((k) => ({ value: k, label: t(`exemptInvestorKind.${k}`) }))}
            error={errorText(ref('exemptKind'))}
            required
          />
          {party.exemptKind === 'BUSINESS_ANGEL' ? (
            <TextField
              id={fieldKey(ref('totalInvestmentEur'))}
              name="totalInvestmentEur"
              label={t('sme.totalInvestmentEur')}
              hint={t('sme.moneyHint')}
              value={party.totalInvestmentEur}
              onChange={(v) => update({ totalInvestmentEur: v })}
              error={errorText(ref('totalInvestmentEur'))}
              inputMode="decimal"
              required
            />
          ) : null}
          {party.exemptKind === 'AUTONOMOUS_LOCAL_AUTHORITY' ? (
            <>
              <TextField
                id={fieldKey(ref('annualBudgetEur'))}
                name="annualBudgetEur"
                label={t('sme.annualBudgetEur')}
                hint={t('sme.moneyHint')}
                value={party.annualBudgetEur}
                onChange={(v) => update({ annualBudgetEur: v })}
                error={errorText(ref('annualBudgetEur'))}
                inputMode="decimal"
                required
              />
              <TextField
                id={fieldKey(ref('inhabitants'))}
                name="inhabitants"
                label={t('sme.inhabitants')}
                value={party.inhabitants}
                onChange={(v) => update({ inhabitants: v })}
                error={errorText(ref('inhabitants'))}
                inputMode="numeric"
                required
              />
            </>
          ) : null}
        </>
      ) : null}
      {hasFigures(party.kind) ? (
        <>
          <MarketFields party={party} dispatch={dispatch} errorText={errorText} />
          <PeriodsEditor
            party={party}
            dispatch={dispatch}
            errorText={errorText}
            title={t('sme.partyPeriodsTitle', { name: title })}
            hint={t('sme.partyPeriodsHint')}
            level={4}
          />
        </>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={`${titleId}-remove-hint`}
          onClick={() => dispatch({ type: 'removeParty', id: party.id })}
          data-testid="sme-remove-party"
        >
          {t('sme.removeParty', { name: title })}
        </button>
        <p className="field__hint" id={`${titleId}-remove-hint`}>
          {t('sme.removePartyHint')}
        </p>
      </div>
    </section>
  );
}
