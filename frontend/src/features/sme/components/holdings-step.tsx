import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorText } from '../model/checks';
import type { SmeAction, SmeWizardState } from '../model/wizard';
import { ControlsEditor } from './controls-editor';
import { HoldingsEditor } from './holdings-editor';

interface HoldingsStepProps {
  state: SmeWizardState;
  dispatch: Dispatch<SmeAction>;
  errorText: ErrorText;
}

/** Step 3: who holds how much of whom, and who controls whom without shares. */
export function HoldingsStep({ state, dispatch, errorText }: HoldingsStepProps) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('sme.holdingsIntro')}</p>
      <p className="field__hint">{t('sme.jointHoldingsHint')}</p>
      <HoldingsEditor state={state} dispatch={dispatch} errorText={errorText} />
      <ControlsEditor state={state} dispatch={dispatch} errorText={errorText} />
    </>
  );
}
