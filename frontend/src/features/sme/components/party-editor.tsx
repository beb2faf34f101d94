import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/ui';
import { fieldKey, type ErrorText, type FieldRef, type PartyField } from '../model/checks';
import {
  EXEMPT_INVESTOR_KINDS,
  hasFigures,
  PARTY_KINDS,
  type PartyDraft,
  type PartyPatch,
  type SmeAction,
} from '../model/wizard';
import { PeriodsEditor } from './periods-editor';

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
  const publicId = `${fieldKey(ref('exemptKind'))}-public`;

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
          {party.exemptKind === 'AUTONOMOUS_LOCAL_AUTHORITY' ? (
            <p className="field__hint">{t('sme.exemptPublicBodyAuthorityHint')}</p>
          ) : (
            <>
              <div className="checkbox">
                <input
                  id={publicId}
                  name="publicBody"
                  type="checkbox"
                  checked={party.publicBody}
                  onChange={(e) => update({ publicBody: e.target.checked })}
                  aria-describedby={`${publicId}-hint`}
                />
                <label htmlFor={publicId}>{t('sme.exemptPublicBody')}</label>
              </div>
              <p className="field__hint" id={`${publicId}-hint`}>
                {t('sme.exemptPublicBodyHint')}
              </p>
            </>
          )}
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
