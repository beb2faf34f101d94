import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ListPage } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { RedemptionsQuery } from '../api/redemptions';
import { RedemptionInvoices } from '../components/redemption-invoices';
import { RedemptionsTable } from '../components/redemptions-table';

const PAGE_SIZE = 20;
const INVOICES = 'vendor-invoices';

/**
 * The service provider's redemptions with their payment status, and each one's invoices (an
 * invoice attached while its payment is pending).
 */
export default function VendorRedemptionsPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('redemptions.title'));
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: RedemptionsQuery,
    variables: { language, first: PAGE_SIZE, after, filter: null },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.redemptions;

  return (
    <ListPage
      titleId="vendor-redemptions-title"
      title={t('redemptions.title')}
      intro={t('redemptions.intro')}
      items={connection?.nodes}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={
        <>
          {t('redemptions.empty')} <Link to="/vendor/redeem">{t('redemptions.redeemLink')}</Link>
        </>
      }
      pager={connection ? { ...connection.pageInfo, after, onPage: setAfter } : null}
    >
      {(rows) => (
        <>
          <RedemptionsTable
            rows={rows.map((row) => ({
              ...row,
              programmeName: row.voucher?.program?.name ?? null,
              invoiceCount: row.attachments.length,
            }))}
            caption={t('redemptions.listLabel')}
            captionId="vendor-redemptions-caption"
            showProgramme
            invoicesIdPrefix={INVOICES}
          />
          <RedemptionInvoices
            redemptions={rows}
            onUploaded={() => reexecute({ requestPolicy: 'network-only' })}
            idPrefix={INVOICES}
            intro={t('redemptionInvoices.introVendor')}
          />
        </>
      )}
    </ListPage>
  );
}
