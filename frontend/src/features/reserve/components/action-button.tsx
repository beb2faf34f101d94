import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import type { GraphqlErrorLike } from '@/lib/errors';
import { reserveProblem } from '../model/problem';

interface ActionButtonProps {
  label: string;
  testId: string;
  secondary?: boolean;
  /** Runs the mutation; its error (if any) is shown by code. */
  run: () => Promise<{ data?: unknown; error?: GraphqlErrorLike | undefined }>;
  onDone: () => void;
}

/** One step of a request as a button, with the refusal shown beside it. */
export function ActionButton({ label, testId, secondary, run, onDone }: ActionButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function onClick() {
    setBusy(true);
    const result = await run();
    setBusy(false);
    if (result.data) onDone();
    else setProblem(reserveProblem(t, result.error));
  }
  return (
    <>
      <button type="button" className={secondary ? 'button button--secondary' : 'button'} disabled={busy} onClick={() => void onClick()} data-testid={testId}>
        {label}
      </button>
      {problem ? (
        <Alert tone="error" testId={`${testId}-problem`}>
          {problem}
        </Alert>
      ) : null}
    </>
  );
}
