import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import { downloadWithToken } from '@/lib/download';
import { useSession } from '@/lib/session-context';

/** "Export CSV": a queue's export (`path`, with its filters) downloaded with the bearer token. */
export function ReviewQueueExport({ path, filename }: { path: string; filename: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function download() {
    if (!session) return;
    setBusy(true);
    setFailed(false);
    try {
      await downloadWithToken(path, session.token, filename);
    } catch {
      setFailed(true);
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
        disabled={busy || !session}
        aria-busy={busy || undefined}
        data-testid="queue-csv"
      >
        {busy ? t('queueFilters.exporting') : t('queueFilters.export')}
      </button>
      {failed ? <Alert tone="error">{t('queueFilters.exportError')}</Alert> : null}
    </>
  );
}
