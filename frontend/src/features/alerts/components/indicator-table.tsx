import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui';
import type { IndicatorKind } from '@/gql/graphql';

type CopyState = { key: string; ok: boolean } | null;

/** The indicators with a copy button each and one for all (one per line); a polite status says what was copied. */
export function IndicatorTable({ indicators }: { indicators: readonly { kind: IndicatorKind; value: string }[] }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<CopyState>(null);

  async function copy(key: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ key, ok: true });
    } catch {
      setCopied({ key, ok: false });
    }
  }

  if (indicators.length === 0) return <p className="muted">{t('alerts.indicators.none')}</p>;
  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          data-testid="copy-all-indicators"
          onClick={() => void copy('all', indicators.map((i) => i.value).join('\n'))}
        >
          {t('alerts.indicators.copyAll')}
        </button>
      </div>
      <DataTable
        captionId="indicators-caption"
        caption={t('alerts.indicators.title')}
        columns={[{ label: t('alerts.indicators.kind') }, { label: t('alerts.indicators.value') }, { label: t('alerts.indicators.copy') }]}
        testId="indicators"
      >
        {indicators.map((i, index) => (
          <tr key={`${i.kind}-${i.value}`} data-testid="indicator">
            <td>{t(`alerts.indicators.kinds.${i.kind}`)}</td>
            <td className="break">
              <code>{i.value}</code>
            </td>
            <td>
              <button
                type="button"
                className="link-button"
                aria-label={t('alerts.indicators.copyValue', { value: i.value })}
                data-testid="copy-indicator"
                onClick={() => void copy(String(index), i.value)}
              >
                {t('alerts.indicators.copy')}
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
      <p role="status" className="copy-status" data-testid="indicator-copy-status">
        {copied ? (copied.ok ? t('alerts.indicators.copied') : t('alerts.indicators.copyFailed')) : ''}
      </p>
    </>
  );
}
