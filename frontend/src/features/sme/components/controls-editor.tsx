import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, SelectField } from '@/components/ui';
import { fieldKey, type ControlField, type ErrorText, type FieldRef } from '../model/checks';
import { CONTROL_BASES, type ControlPatch, type SmeAction, type SmeWizardState } from '../model/wizard';
import { AddButtonRow, RemoveButton } from './list-buttons';
import { PartyPair } from './party-pair';

interface ControlsEditorProps {
  state: SmeWizardState;
  dispatch: Dispatch<SmeAction>;
  errorText: ErrorText;
}

/**
 * Control without shares (Art. 3(3)(b) to (d)): who has a dominant influence over whom, and
 * where it comes from. One fieldset per control.
 */
export function ControlsEditor({ state, dispatch, errorText }: ControlsEditorProps) {
  const { t } = useTranslation();
  const listRef: FieldRef = { scope: 'form', field: 'controls' };
  const listError = errorText(listRef);

  return (
    <section id={fieldKey(listRef)} tabIndex={-1} aria-labelledby="sme-controls-title" data-testid="sme-controls">
      <h3 id="sme-controls-title">{t('sme.controlsTitle')}</h3>
      <p>{t('sme.controlsIntro')}</p>
      {listError ? (
        <p className="field__error" data-testid={`${fieldKey(listRef)}-error`}>
          {listError}
        </p>
      ) : null}
      {state.parties.length > 0 && state.controls.length === 0 ? <EmptyState>{t('sme.controlsEmpty')}</EmptyState> : null}
      {state.controls.map((control, index) => {
        const ref = (field: ControlField): FieldRef => ({ scope: 'control', controlId: control.id, field });
        const update = (patch: ControlPatch) => dispatch({ type: 'updateControl', id: control.id, patch });
        const number = index + 1;
        return (
          <fieldset key={control.id} className="fieldset panel control" data-testid="sme-control">
            <legend>{t('sme.controlLegend', { number })}</legend>
            <PartyPair
              state={state}
              from={{
                id: fieldKey(ref('controller')),
                name: 'controller',
                label: t('sme.controller'),
                value: control.controller,
                onChange: (controller) => update({ controller }),
                error: errorText(ref('controller')),
              }}
              to={{
                id: fieldKey(ref('controlled')),
                name: 'controlled',
                label: t('sme.controlled'),
                value: control.controlled,
                onChange: (controlled) => update({ controlled }),
                error: errorText(ref('controlled')),
              }}
            />
            <SelectField
              id={fieldKey(ref('basis'))}
              name="basis"
              label={t('sme.basis')}
              hint={t('sme.basisHint')}
              value={control.basis}
              onChange={(v) => {
                const basis = CONTROL_BASES.find((b) => b === v);
                if (basis) update({ basis });
              }}
              options={CONTROL_BASES.map((b) => ({ value: b, label: t(`controlBasis.${b}`) }))}
              error={errorText(ref('basis'))}
              required
            />
            <RemoveButton onClick={() => dispatch({ type: 'removeControl', id: control.id })} testId="sme-remove-control">
              {t('sme.removeControl', { number })}
            </RemoveButton>
          </fieldset>
        );
      })}
      {state.parties.length > 0 ? (
        <AddButtonRow onClick={() => dispatch({ type: 'addControl' })} testId="sme-add-control">
          {t('sme.addControl')}
        </AddButtonRow>
      ) : null}
    </section>
  );
}
