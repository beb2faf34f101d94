import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage, mapError } from '@/lib/errors';
import { useSessionStore } from '@/lib/session-context';
import { SignOutEverywhereMutation } from '../api/me';

/**
 * "Sign out on every device", after a confirmation that says what happens: every token of the
 * account stops working (a lost laptop, a shared computer), this browser's included.
 */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const store = useSessionStore();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, signOut] = useMutation(SignOutEverywhereMutation);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  async function onConfirm() {
    setProblem(null);
    const result = await signOut({});
    if (result.error || !result.data) {
      setProblem(errorMessage(t, result.error ? mapError(result.error) : { kind: 'UNKNOWN' }));
      return;
    }
    store.logout();
  }

  if (!confirming) {
    return (
      <button
        type="button"
        ref={openRef}
        className="button button--secondary"
        data-testid="sign-out-everywhere"
        onClick={() => {
          setConfirming(true);
          requestAnimationFrame(() => confirmRef.current?.focus());
        }}
      >
        {t('workspace.signOutEverywhere')}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="sign-out-everywhere-question">
      <p id="sign-out-everywhere-question">{t('workspace.signOutEverywhereConfirm')}</p>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          ref={confirmRef}
          className="button"
          disabled={fetching}
          data-testid="sign-out-everywhere-confirm"
          onClick={() => void onConfirm()}
        >
          {t('workspace.signOutEverywhereYes')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => openRef.current?.focus());
          }}
        >
          {t('vouchersCommon.cancel')}
        </button>
      </div>
    </div>
  );
}
