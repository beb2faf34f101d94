import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import { downloadWithToken } from '@/lib/download';
import { useSession } from '@/lib/session-context';

/** Downloads `/programs/{id}/ledger.csv` with the bearer token (`downloadWithToken`). */
export function CsvExportButton({ programmeId, programmeCode }: { programmeId: string; programmeCode: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function download() {
    if (!session) return;
    setBusy(true);
    setFailed(false);
    try {
      await downloadWithToken(
        `/programs/${encodeURIComponent(programmeId)}/ledger.csv`,
        session.token,
        `${programmeCode}-ledger.csv`,
      );
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void download()}
          disabled={busy || !session}
          aria-busy={busy || undefined}
          data-testid="ledger-csv"
        >
          {busy ? t('dashboard.exporting') : t('dashboard.exportCsv')}
        </button>
      </div>
      {failed ? <Alert tone="error">{t('dashboard.exportError')}</Alert> : null}
    </>
  );
}
