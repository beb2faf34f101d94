import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

/** Every version the reader may see, with what changed. */
export function Versions({ versions }: { versions: readonly { number: number; publishedAt: string; changeNote?: string | null }[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t('alerts.detail.versions')}</h2>
      <ol className="history" data-testid="alert-versions">
        {[...versions].reverse().map((v) => (
          <li key={v.number}>
            <strong>{t('alerts.detail.versionLine', { number: v.number, when: formatDateTime(v.publishedAt, language) })}</strong>
            {': '}
            <span className="break">{v.changeNote ?? t('alerts.detail.firstVersion')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
