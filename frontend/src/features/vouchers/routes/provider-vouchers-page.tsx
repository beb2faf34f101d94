import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState, PageButtons } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatDate, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { VouchersQuery } from '../api/vouchers';
import { VoucherStatusBadge } from '../components/status-badge';

const PAGE_SIZE = 20;

export default function ProviderVouchersPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('vouchers.title'));
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: VouchersQuery,
    variables: { language, first: PAGE_SIZE, after, status: null },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.vouchers;

  return (
    <>
      <h1 id="vouchers-title" tabIndex={-1}>
        {t('vouchers.title')}
      </h1>
      <p className="lead">{t('vouchers.intro')}</p>
      {error && !connection ? (
        <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !connection ? (
        <LoadingState />
      ) : connection.nodes.length === 0 ? (
        <EmptyState>{t('vouchers.empty')}</EmptyState>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="vouchers-caption" tabIndex={0}>
          <table className="table">
            <caption id="vouchers-caption" className="visually-hidden">
              {t('vouchers.listLabel')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('vouchersCommon.programme')}</th>
                <th scope="col">{t('vouchersCommon.status')}</th>
                <th scope="col" className="num">
                  {t('vouchers.amount')}
                </th>
                <th scope="col" className="num">
                  {t('vouchers.remaining')}
                </th>
                <th scope="col">{t('vouchers.expires')}</th>
              </tr>
            </thead>
            <tbody>
              {connection.nodes.map((voucher) => (
                <tr key={voucher.id} data-testid="voucher-row" data-status={voucher.status}>
                  <td>
                    <Link to={`/provider/vouchers/${voucher.id}`}>{voucher.program?.name ?? voucher.id}</Link>
                    {voucher.code ? (
                      <>
                        <br />
                        <code className="muted">{voucher.code}</code>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <VoucherStatusBadge status={voucher.status} />
                  </td>
                  <td className="num">{formatMoney(voucher.amount, voucher.currency, language)}</td>
                  <td className="num">{formatMoney(voucher.remaining, voucher.currency, language)}</td>
                  <td>{formatDate(voucher.expiresAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connection ? (
        <PageButtons
          after={after}
          hasNextPage={connection.pageInfo.hasNextPage}
          endCursor={connection.pageInfo.endCursor}
          onPage={setAfter}
        />
      ) : null}
    </>
  );
}
