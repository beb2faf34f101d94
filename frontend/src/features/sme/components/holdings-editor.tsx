import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, EmptyState, TextField } from '@/components/ui';
import { fieldKey, type ErrorText, type FieldRef, type HoldingField } from '../model/checks';
import {
  CONTROL_RIGHTS,
  jointCandidates,
  type HoldingPatch,
  type SmeAction,
  type SmeWizardState,
} from '../model/wizard';
import { usePartyName } from './party-name';
import { AddButtonRow, RemoveButton } from './list-buttons';
import { PartyPair } from './party-pair';

interface HoldingsEditorProps {
  state: SmeWizardState;
  dispatch: Dispatch<SmeAction>;
  errorText: ErrorText;
}

/** Who holds how much of whom: one fieldset per holding. */
export function HoldingsEditor({ state, dispatch, errorText }: HoldingsEditorProps) {
  const { t } = useTranslation();
  const partyName = usePartyName(state);
  const listRef: FieldRef = { scope: 'form', field: 'holdings' };
  const listError = errorText(listRef);

  return (
    <div id={fieldKey(listRef)} tabIndex={-1}>
      {listError ? (
        <p className="field__error" data-testid={`${fieldKey(listRef)}-error`}>
          {listError}
        </p>
      ) : null}
      {state.parties.length === 0 ? (
        <EmptyState>{t('sme.holdingsNeedParties')}</EmptyState>
      ) : state.holdings.length === 0 ? (
        <EmptyState>{t('sme.holdingsEmpty')}</EmptyState>
      ) : null}
      {state.holdings.map((holding, index) => {
        const ref = (field: HoldingField): FieldRef => ({ scope: 'holding', holdingId: holding.id, field });
        const update = (patch: HoldingPatch) => dispatch({ type: 'updateHolding', id: holding.id, patch });
        const number = index + 1;
        const legendId = `sme-holding-${holding.id}-legend`;
        const joint = jointCandidates(state, holding.holder);
        return (
          <fieldset key={holding.id} className="fieldset panel holding" data-testid="sme-holding">
            <legend id={legendId}>{t('sme.holdingLegend', { number })}</legend>
            <PartyPair
              state={state}
              from={{
                id: fieldKey(ref('holder')),
                name: 'holder',
                label: t('sme.holder'),
                value: holding.holder,
                onChange: (holder) => update({ holder }),
                error: errorText(ref('holder')),
              }}
              to={{
                id: fieldKey(ref('held')),
                name: 'held',
                label: t('sme.held'),
                value: holding.held,
                onChange: (held) => update({ held }),
                error: errorText(ref('held')),
              }}
            />
            {(['capitalPercent', 'votingPercent'] as const).map((field) => (
              <TextField
                key={field}
                id={fieldKey(ref(field))}
                name={field}
                label={t(`sme.${field}`)}
                hint={t('sme.percentHint')}
                value={holding[field]}
                onChange={(v) => update({ [field]: v })}
                error={errorText(ref(field))}
                inputMode="decimal"
                required
              />
            ))}
            <CheckboxGroup
              id={fieldKey(ref('controlRights'))}
              legend={t('sme.controlRights')}
              options={CONTROL_RIGHTS.map((r) => ({ value: r, label: t(`controlRight.${r}`) }))}
              value={holding.controlRights}
              onChange={(v) => update({ controlRights: v })}
              error={errorText(ref('controlRights'))}
            />
            {joint.length > 0 ? (
              <CheckboxGroup
                id={fieldKey(ref('jointlyWith'))}
                legend={t('sme.jointlyWith')}
                options={joint.map((p) => ({ value: p.id, label: partyName(p.id) }))}
                value={holding.jointlyWith.filter((id) => joint.some((p) => p.id === id))}
                onChange={(v) => update({ jointlyWith: v })}
                error={errorText(ref('jointlyWith'))}
              />
            ) : null}
            <RemoveButton onClick={() => dispatch({ type: 'removeHolding', id: holding.id })} testId="sme-remove-holding">
              {t('sme.removeHolding', { number })}
            </RemoveButton>
          </fieldset>
        );
      })}
      {state.parties.length > 0 ? (
        <AddButtonRow onClick={() => dispatch({ type: 'addHolding' })} testId="sme-add-holding">
          {t('sme.addHolding')}
        </AddButtonRow>
      ) : null}
    </div>
  );
}
