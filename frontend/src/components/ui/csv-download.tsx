import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFailure, downloadWithToken } from '@/lib/download';
import { errorMessage, type AppError } from '@/lib/errors';
import { useSession } from '@/lib/session-context';
import { Alert } from './alert';

interface CsvDownloadProps {
  /** The authenticated endpoint, path and query: `/review-queue.csv?status=SUBMITTED`. */
  url: string;
  /** The name the browser saves the file under. */
  fileName: string;
  /** The button's text, and its text while the file is fetched. */
  label: string;
  busyLabel: string;
  /** The caller's sentence when the download fails; the reason (by status) follows it. */
  errorText: string;
  testId?: string;
}

/**
 * A button that downloads a CSV the server gives only to a signed-in user (fetched with the
 * bearer token, saved as a Blob). While it runs the button says so (`aria-busy`) and ignores
 * clicks but keeps focus; a failure is announced with the reason its HTTP status or error code
 * gives (not found, not allowed, rate limited, offline…), never its text. The button and the
 * alert are siblings: the caller places them (a `.button-row` gives the alert its own line).
 */
export function CsvDownload({ url, fileName, label, busyLabel, errorText, testId }: CsvDownloadProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);

  async function download() {
    if (!session || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await downloadWithToken(url, session.token, fileName);
    } catch (thrown) {
      setFailure(downloadFailure(thrown));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void download()}
        disabled={!session}
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        data-testid={testId}
      >
        {busy ? busyLabel : label}
      </button>
      {failure ? (
        <Alert tone="error" testId={testId ? `${testId}-error` : undefined}>
          <p>{errorText}</p>
          {failure.kind === 'UNKNOWN' ? null : <p>{errorMessage(t, failure)}</p>}
        </Alert>
      ) : null}
    </>
  );
}
