import { useTranslation } from 'react-i18next';
import { Reference } from '@/components/ui';
import type { RedemptionRowFragment } from '@/gql/graphql';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { serviceCategoryLabel } from '../model/display';
import { invoicesAnchor } from './redemption-invoices';
import { RedemptionStatusBadge } from './status-badge';

interface RedemptionsTableProps {
  rows: readonly (RedemptionRowFragment & {
    programmeName?: string | null;
    providerName?: string | null;
    /** How many files are attached (with `invoicesIdPrefix`). */
    invoiceCount?: number;
  })[];
  caption: string;
  captionId: string;
  /** Show the programme column (a service provider's list spans programmes). */
  showProgramme?: boolean;
  showProvider?: boolean;
  /** The id prefix of the page's `RedemptionInvoices`: adds a column linking each row to its invoices. */
  invoicesIdPrefix?: string;
}

/** Redemptions with invoice, amounts and payment status. */
export function RedemptionsTable({
  rows,
  caption,
  captionId,
  showProgramme = false,
  showProvider = false,
  invoicesIdPrefix,
}: RedemptionsTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table" data-testid="redemptions-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('references.label')}</th>
            <th scope="col">{t('redemptions.date')}</th>
            <th scope="col">{t('redemptions.invoice')}</th>
            {showProgramme ? <th scope="col">{t('vouchersCommon.programme')}</th> : null}
            {showProvider ? <th scope="col">{t('payments.provider')}</th> : null}
            <th scope="col" className="num">
              {t('redemptions.invoiceAmount')}
            </th>
            <th scope="col" className="num">
              {t('redemptions.covered')}
            </th>
            <th scope="col" className="num">
              {t('redemptions.clinicPays')}
            </th>
            <th scope="col">{t('vouchersCommon.status')}</th>
            {invoicesIdPrefix ? <th scope="col">{t('redemptionInvoices.column')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="redemption-row" data-invoice={row.invoiceReference} data-status={row.status}>
              <td>
                <Reference value={row.reference} testId="redemption-reference" />
                {row.paymentReference ? (
                  <>
                    <br />
                    <span className="muted">{t('references.payment')}</span>{' '}
                    <Reference value={row.paymentReference} testId="payment-reference" />
                  </>
                ) : null}
              </td>
              <td>{formatDateTime(row.createdAt, locale)}</td>
              <td className="break">
                {row.invoiceReference}
                <br />
                <span className="muted">{serviceCategoryLabel(t, row.serviceCategory)}</span>
              </td>
              {showProgramme ? <td>{row.programmeName ?? ''}</td> : null}
              {showProvider ? <td>{row.providerName ?? ''}</td> : null}
              <td className="num">{formatMoney(row.invoiceAmount, row.currency, locale)}</td>
              <td className="num">{formatMoney(row.covered, row.currency, locale)}</td>
              <td className="num">{formatMoney(row.clinicPays, row.currency, locale)}</td>
              <td>
                <RedemptionStatusBadge status={row.status} />
                {row.paidAt ? (
                  <>
                    <br />
                    <span className="muted">{t('redemptions.paidOn', { date: formatDate(row.paidAt, locale) })}</span>
                  </>
                ) : null}
              </td>
              {invoicesIdPrefix ? (
                <td>
                  <a href={`#${invoicesAnchor(invoicesIdPrefix, row.id)}`} data-testid="redemption-invoices-link">
                    {row.invoiceCount ? t('redemptionInvoices.count', { count: row.invoiceCount }) : t('redemptionInvoices.none')}
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
