import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, ListPage, Reference } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { VouchersQuery } from '../api/vouchers';
import { VoucherStatusBadge } from '../components/status-badge';
import { voucherExpiry } from '../model/display';

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
  const now = new Date();

  return (
    <ListPage
      titleId="vouchers-title"
      title={t('vouchers.title')}
      intro={t('vouchers.intro')}
      items={connection?.nodes}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={t('vouchers.empty')}
      pager={connection ? { ...connection.pageInfo, after, onPage: setAfter } : null}
    >
      {(vouchers) => (
        <DataTable
          captionId="vouchers-caption"
          caption={t('vouchers.listLabel')}
          columns={[
            { label: t('vouchersCommon.programme') },
            { label: t('vouchersCommon.status') },
            { label: t('vouchers.amount'), numeric: true },
            { label: t('vouchers.remaining'), numeric: true },
            { label: t('vouchers.expires') },
          ]}
        >
          {vouchers.map((voucher) => (
            <tr key={voucher.id} data-testid="voucher-row" data-status={voucher.status}>
              <td>
                <Link to={`/provider/vouchers/${voucher.id}`}>{voucher.program?.name ?? voucher.id}</Link>
                {voucher.reference ? (
                  <>
                    <br />
                    <Reference value={voucher.reference} testId="voucher-reference" />
                  </>
                ) : null}
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
              <td>{voucherExpiry(voucher, now, language)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </ListPage>
  );
}
