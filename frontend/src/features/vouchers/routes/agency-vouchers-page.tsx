import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, ListPage, Reference, SelectField } from '@/components/ui';
import type { VoucherStatus } from '@/gql/graphql';
import { mapError } from '@/lib/errors';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { VouchersQuery } from '../api/vouchers';
import { CancelVoucher, voucherRelease } from '../components/cancel-voucher';
import { VoucherStatusBadge } from '../components/status-badge';
import { ACTIVE_VOUCHER, voucherExpiry } from '../model/display';

const PAGE_SIZE = 20;
const STATUSES: readonly VoucherStatus[] = ['ISSUED', 'PARTIALLY_REDEEMED', 'REDEEMED', 'EXPIRED', 'CANCELLED'];

function isVoucherStatus(value: string): value is VoucherStatus {
  return (STATUSES as readonly string[]).includes(value);
}

/** The agency's vouchers, filterable by status; an active one can be cancelled with a reason. */
export default function AgencyVouchersPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('vouchers.agencyTitle'));
  const [status, setStatus] = useState<VoucherStatus | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: VouchersQuery,
    variables: { language, first: PAGE_SIZE, after, status },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.vouchers;
  const now = new Date();

  function announce(tone: 'success' | 'error', text: string) {
    setMessage({ tone, text });
    reexecute({ requestPolicy: 'network-only' });
    requestAnimationFrame(() => messageRef.current?.focus());
  }

  return (
    <ListPage
      titleId="agency-vouchers-title"
      title={t('vouchers.agencyTitle')}
      intro={t('vouchers.agencyIntro')}
      filters={
        <SelectField
          id="vouchers-status"
          name="status"
          label={t('vouchers.filterStatus')}
          value={status ?? ''}
          onChange={(value) => {
            setStatus(isVoucherStatus(value) ? value : null);
            setAfter(null);
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(`voucherStatus.${s}`) }))}
          placeholder={t('vouchers.allStatuses')}
        />
      }
      notices={
        message ? (
          <Alert tone={message.tone} ref={messageRef} testId="vouchers-message">
            <p>{message.text}</p>
          </Alert>
        ) : null
      }
      items={connection?.nodes}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={status ? t('vouchers.agencyEmptyFiltered') : t('vouchers.agencyEmpty')}
      pager={connection ? { ...connection.pageInfo, after, onPage: setAfter } : null}
    >
      {(vouchers) => (
        <ul className="record-list" aria-label={t('vouchers.agencyListLabel')}>
          {vouchers.map((voucher) => {
            const organisation = voucher.application?.organisation?.name ?? '';
            const money = (amount: string) => formatMoney(amount, voucher.currency, language);
            return (
              <li key={voucher.id} className="record" data-testid="agency-voucher" data-id={voucher.id} data-status={voucher.status}>
                <h2 className="record__title">{organisation}</h2>
                <p>
                  <VoucherStatusBadge status={voucher.status} />{' '}
                  <span className="muted">
                    {voucher.program?.name} ({voucher.program?.code})
                  </span>
                </p>
                <dl className="record__facts">
                  <div>
                    <dt>{t('references.label')}</dt>
                    <dd>
                      <Reference value={voucher.reference} testId="voucher-reference" />
                    </dd>
                  </div>
                  {voucher.application?.reference ? (
                    <div>
                      <dt>{t('references.application')}</dt>
                      <dd>
                        <Link to={`/agency/reviews/${encodeURIComponent(voucher.application.id)}`}>
                          <Reference value={voucher.application.reference} />
                        </Link>
                      </dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t('vouchers.amount')}</dt>
                    <dd>{money(voucher.amount)}</dd>
                  </div>
                  <div>
                    <dt>{t('vouchers.redeemed')}</dt>
                    <dd>{money(voucher.redeemed)}</dd>
                  </div>
                  <div>
                    <dt>{t('vouchers.remaining')}</dt>
                    <dd>{money(voucher.remaining)}</dd>
                  </div>
                  <div>
                    <dt>{t('vouchers.expires')}</dt>
                    <dd>{voucherExpiry(voucher, now, language)}</dd>
                  </div>
                  {voucher.closeReason ? (
                    <div>
                      <dt>{t('vouchers.closeReason')}</dt>
                      <dd>{voucher.closeReason}</dd>
                    </div>
                  ) : null}
                </dl>
                {ACTIVE_VOUCHER.has(voucher.status) ? (
                  <CancelVoucher
                    voucherId={voucher.id}
                    organisation={organisation}
                    release={voucherRelease(voucher)}
                    currency={voucher.currency}
                    onCancelled={(text) => announce('success', text)}
                    onStale={(text) => announce('error', text)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </ListPage>
  );
}
