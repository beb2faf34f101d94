import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import { useSession } from '@/lib/session-context';

/**
 * Downloads `/programs/{id}/ledger.csv`. A plain link would not carry the bearer token, so the
 * file is fetched with it and handed to the browser as a Blob.
 */
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
      const response = await fetch(`/programs/${encodeURIComponent(programmeId)}/ledger.csv`, {
        headers: { Authorization: `Bearer ${session.token}`, Accept: 'text/csv' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${programmeCode}-ledger.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
