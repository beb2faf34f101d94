import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/lib/session-context';

/** Downloads the alert's STIX 2.1 bundle (`GET /stix/alerts/{id}`, with the bearer token) as a file. */
export function StixDownload({ alertId }: { alertId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    setFailed(false);
    try {
      const response = await fetch(`/stix/alerts/${encodeURIComponent(alertId)}`, {
        headers: session ? { authorization: `Bearer ${session.token}` } : {},
      });
      if (!response.ok) throw new Error(String(response.status));
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `alert-${alertId}.stix.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1_000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void download()} disabled={busy} data-testid="stix-download">
        {t('alerts.stix.download')}
      </button>
      <span role="status" className="copy-status" data-testid="stix-status">
        {failed ? t('alerts.stix.failed') : ''}
      </span>
    </>
  );
}
