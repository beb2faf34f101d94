import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { CsvDownload, DataTable, EmptyState, ErrorState, Reference } from '@/components/ui';
import type { LedgerRowFragment } from '@/gql/graphql';
import { mapError, type AppError } from '@/lib/errors';
import { formatDateTime, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { LedgerPageQuery } from '../api/programmes';

export const LEDGER_PAGE_SIZE = 20;

/**
 * A movement's reference: a voucher's is a link by that reference (`/agency/references/…` opens
 * the application it belongs to), never by id; any other text (a budget decision) is shown as
 * it is, and also under the voucher's link when it says more.
 */
export function LedgerReference({ entry }: { entry: Pick<LedgerRowFragment, 'reference' | 'voucherReference'> }) {
  if (!entry.voucherReference) return <>{entry.reference}</>;
  return (
    <>
      <Link to={`/agency/references/${encodeURIComponent(entry.voucherReference)}`} data-testid="ledger-voucher-link">
        <Reference value={entry.voucherReference} />
      </Link>
      {entry.reference && entry.reference !== entry.voucherReference ? (
        <>
          <br />
          <span className="muted">{entry.reference}</span>
        </>
      ) : null}
    </>
  );
}

interface LedgerSectionProps {
  programmeId: string;
  programmeCode: string;
  firstPage: readonly LedgerRowFragment[];
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

/**
 * The newest 20 movements come with the dashboard query; "load more" appends older pages.
 * The parent remounts this component (key) whenever the first page changes.
 */
export function LedgerSection({ programmeId, programmeCode, firstPage, hasNextPage, endCursor }: LedgerSectionProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const client = useClient();
  const [more, setMore] = useState<LedgerRowFragment[]>([]);
  const [page, setPage] = useState({ hasNextPage, endCursor: endCursor ?? null });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const rows = [...firstPage, ...more];

  async function loadMore() {
    setLoading(true);
    setError(null);
    const result = await client
      .query(LedgerPageQuery, { id: programmeId, first: LEDGER_PAGE_SIZE, after: page.endCursor }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    const ledger = result.data?.voucherProgram?.ledger;
    if (result.error || !ledger) {
      setError(result.error ? mapError(result.error) : { kind: 'NOT_FOUND' });
      return;
    }
    setMore((current) => [...current, ...ledger.nodes]);
    setPage({ hasNextPage: ledger.pageInfo.hasNextPage, endCursor: ledger.pageInfo.endCursor ?? null });
  }

  return (
    <section aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t('dashboard.ledgerTitle')}</h2>
      <div className="button-row">
        <CsvDownload
          url={`/programs/${encodeURIComponent(programmeId)}/ledger.csv`}
          fileName={`${programmeCode}-ledger.csv`}
          label={t('dashboard.exportCsv')}
          busyLabel={t('dashboard.exporting')}
          errorText={t('dashboard.exportError')}
          testId="ledger-csv"
        />
      </div>
      {rows.length === 0 ? (
        <EmptyState>{t('dashboard.ledgerEmpty')}</EmptyState>
      ) : (
        <DataTable
          captionId="ledger-caption"
          caption={t('dashboard.ledgerCaption')}
          captionVisible
          testId="ledger-table"
          columns={[
            { label: t('dashboard.date') },
            { label: t('dashboard.kind') },
            { label: t('dashboard.amount'), numeric: true },
            { label: t('dashboard.reference') },
            { label: t('dashboard.availableAfter'), numeric: true },
          ]}
        >
          {rows.map((entry) => (
            <tr key={entry.id} data-testid="ledger-row">
              <td>{formatDateTime(entry.createdAt, locale)}</td>
              <td>{t(`ledgerKind.${entry.kind}`)}</td>
              <td className="num">{formatMoney(entry.amount, entry.currency, locale)}</td>
              <td className="break">
                <LedgerReference entry={entry} />
              </td>
              <td className="num">{formatMoney(entry.fundsAfter.available, entry.currency, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {error ? <ErrorState error={error} onRetry={() => void loadMore()} /> : null}
      {page.hasNextPage ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void loadMore()}
            disabled={loading}
            aria-busy={loading || undefined}
            data-testid="ledger-load-more"
          >
            {loading ? t('dashboard.loadingMore') : t('dashboard.loadMore')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
