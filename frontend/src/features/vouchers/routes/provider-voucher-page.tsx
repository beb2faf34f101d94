import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, EmptyState, ErrorState, LoadingState, Reference } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useServiceProviderDirectory } from '../api/service-providers';
import { VoucherDetailQuery } from '../api/vouchers';
import { ChooseServiceProvider, CHOOSABLE_STATUSES } from '../components/choose-service-provider';
import { CopyButton } from '../components/copy-button';
import { MatchingServices } from '../components/matching-services';
import { RedemptionInvoices } from '../components/redemption-invoices';
import { RedemptionsTable } from '../components/redemptions-table';
import { ServiceProviderName } from '../components/service-provider-name';
import { VoucherStatusBadge } from '../components/status-badge';

/**
 * One of the clinic's vouchers: its code (with copy), amounts, validity, its service provider
 * (chosen or changed here while the voucher is active) and redemptions with their invoices (one
 * attached here while a payment is pending).
 */
export default function ProviderVoucherPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({
    query: VoucherDetailQuery,
    variables: { id, language },
    requestPolicy: 'cache-and-network',
  });
  const voucher = data?.voucher;
  // Read once, for the chosen provider's name and the picker; not needed otherwise.
  const directory = useServiceProviderDirectory(
    voucher ? CHOOSABLE_STATUSES.includes(voucher.status) || voucher.serviceProviderId != null : false,
  );
  const programmeName = voucher?.program?.name ?? '';
  useDocumentTitle(voucher ? t('vouchers.detailTitle', { programme: programmeName }) : t('vouchers.title'));
  const back = (
    <p>
      <Link to="/provider/vouchers">{t('vouchers.back')}</Link>
    </p>
  );

  if (error && !data) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('vouchers.title')}</h1>
        <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('vouchers.title')}</h1>
        <LoadingState />
      </>
    );
  }
  if (!voucher) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('misc.notFoundTitle')}</h1>
        <Alert tone="error" testId="voucher-not-found">
          <p>{t('vouchers.notFound')}</p>
        </Alert>
      </>
    );
  }

  const money = (amount: string) => formatMoney(amount, voucher.currency, language);
  return (
    <>
      {back}
      <h1 id="voucher-title" tabIndex={-1}>
        {t('vouchers.detailTitle', { programme: programmeName })}
      </h1>
      <p>
        <VoucherStatusBadge status={voucher.status} />
      </p>
      {voucher.code ? (
        <section className="panel" aria-labelledby="voucher-code-label">
          <h2 id="voucher-code-label">{t('vouchers.code')}</h2>
          <p className="voucher-code" data-testid="voucher-code">
            {voucher.code}
          </p>
          <p className="field__hint">{t('vouchers.codeHint')}</p>
          <div className="button-row">
            <CopyButton text={voucher.code} label={t('vouchers.copy')} />
          </div>
        </section>
      ) : null}
      <dl className="stat-grid voucher-figures" data-testid="voucher-figures">
        <div className="stat">
          <dt>{t('vouchers.amount')}</dt>
          <dd data-testid="voucher-amount">{money(voucher.amount)}</dd>
        </div>
        <div className="stat">
          <dt>{t('vouchers.redeemed')}</dt>
          <dd data-testid="voucher-redeemed">{money(voucher.redeemed)}</dd>
        </div>
        <div className="stat">
          <dt>{t('vouchers.remaining')}</dt>
          <dd data-testid="voucher-remaining">{money(voucher.remaining)}</dd>
        </div>
        <div className="stat">
          <dt>{t('vouchers.expires')}</dt>
          <dd data-testid="voucher-expires">{formatDate(voucher.expiresAt, language)}</dd>
        </div>
      </dl>
      <dl className="summary spaced">
        {voucher.reference ? (
          <div>
            <dt>{t('references.label')}</dt>
            <dd>
              <Reference value={voucher.reference} testId="voucher-reference" />
            </dd>
          </div>
        ) : null}
        {voucher.application?.reference ? (
          <div>
            <dt>{t('references.application')}</dt>
            <dd>
              <Reference value={voucher.application.reference} testId="voucher-application-reference" />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('vouchers.prefinanced')}</dt>
          <dd>{money(voucher.prefinanced)}</dd>
        </div>
        <div>
          <dt>{t('vouchers.issued')}</dt>
          <dd>{formatDateTime(voucher.issuedAt, language)}</dd>
        </div>
        {voucher.closedAt ? (
          <div>
            <dt>{t('vouchers.closed')}</dt>
            <dd>{formatDateTime(voucher.closedAt, language)}</dd>
          </div>
        ) : null}
        {voucher.closeReason ? (
          <div>
            <dt>{t('vouchers.closeReason')}</dt>
            <dd>{voucher.closeReason}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('vouchers.serviceProvider')}</dt>
          <dd className="break" data-testid="voucher-service-provider">
            <ServiceProviderName
              id={voucher.serviceProviderId ?? null}
              directory={directory}
              anyText={t('vouchers.anyProvider')}
            />
          </dd>
        </div>
      </dl>
      {voucher.application ? (
        <p>
          <Link to={`/provider/applications/${voucher.application.id}`}>{t('vouchers.applicationLink')}</Link>
        </p>
      ) : null}
      <ChooseServiceProvider
        key={voucher.id}
        voucher={voucher}
        directory={directory}
        onChanged={() => reexecute({ requestPolicy: 'network-only' })}
      />
      <MatchingServices key={`${voucher.id}-services`} voucher={voucher} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
      <section aria-labelledby="voucher-redemptions-title">
        <h2 id="voucher-redemptions-title">{t('vouchers.redemptionsTitle')}</h2>
        {voucher.redemptions.length === 0 ? (
          <EmptyState>{t('vouchers.redemptionsEmpty')}</EmptyState>
        ) : (
          <RedemptionsTable
            rows={voucher.redemptions.map((r) => ({
              ...r,
              providerName: r.serviceProvider?.name ?? null,
              invoiceCount: r.attachments.length,
            }))}
            caption={t('vouchers.redemptionsCaption')}
            captionId="voucher-redemptions-caption"
            invoicesIdPrefix="voucher-invoices"
          />
        )}
      </section>
      {voucher.redemptions.length > 0 ? (
        <RedemptionInvoices
          redemptions={voucher.redemptions}
          onUploaded={() => reexecute({ requestPolicy: 'network-only' })}
          idPrefix="voucher-invoices"
          intro={t('redemptionInvoices.introClinic')}
        />
      ) : null}
    </>
  );
}
