import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog, ListPage, StatusMessage } from '@/components/ui';
import { mapError, mapErrors, type AppError } from '@/lib/errors';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ApprovePaymentMutation, RecommendPaymentMutation, RedemptionsQuery } from '../api/redemptions';
import { PaymentRecord, type PaymentRow as Row } from '../components/payment-record';
import { QueueSummary } from '../components/queue-summary';
import { QueueFiltersForm } from '../components/queue-filters';
import { paymentFilterInput, paymentsCsvPath, readQueueFilters, writeQueueFilters } from '../model/queue-filters';
import { useRetryKeys } from '@/lib/idempotency';

const PAGE_SIZE = 20;

/**
 * The agency's payment queue: redemptions of its member state waiting for payment, newest
 * first, each with the invoice the service provider attached (downloadable). The filters
 * (`?q=&stage=&programme=&from=&to=`, as the review queue's) live in the address; the count and
 * the CSV export follow them. Approve each after a confirmation that says what is paid (and
 * when no invoice is attached); under four eyes one officer recommends and another approves.
 */
export default function PaymentsPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('payments.title'));
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const filters = useMemo(() => readQueueFilters(new URLSearchParams(query)), [query]);
  const filter = useMemo(() => paymentFilterInput(filters), [filters]);
  // A change of filters starts at the first page.
  const [page, setPage] = useState<{ query: string; after: string | null }>({ query, after: null });
  const after = page.query === query ? page.after : null;
  const [{ data, error }, reexecute] = useQuery({
    query: RedemptionsQuery,
    variables: { language, first: PAGE_SIZE, after, filter },
    requestPolicy: 'cache-and-network',
  });
  const [, approve] = useMutation(ApprovePaymentMutation);
  const [, recommend] = useMutation(RecommendPaymentMutation);
  const [recommendingRow, setRecommendingRow] = useState<Row | null>(null);
  const retryKeys = useRetryKeys();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [paidIds, setPaidIds] = useState<ReadonlySet<string>>(() => new Set());
  const [rowErrors, setRowErrors] = useState<Readonly<Record<string, AppError>>>({});
  const [announcement, setAnnouncement] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);
  const [confirming, setConfirming] = useState<Row | null>(null);
  const connection = data?.redemptions;
  const rows = connection?.nodes.filter((row) => !paidIds.has(row.id)) ?? [];

  async function onApprove(row: Row) {
    setBusyId(row.id);
    setAnnouncement('');
    const result = await approve({ id: row.id, key: retryKeys.keyFor({ pay: row.id }) });
    retryKeys.settle(result);
    setBusyId(null);
    setConfirming(null);
    if (result.error || !result.data) {
      const appError = result.error ? mapError(result.error) : { kind: 'UNKNOWN' as const };
      const recommender = result.error
        ? mapErrors(result.error).some((e) => e.kind === 'VALIDATION' && e.field === 'recommendedBy')
        : false;
      const ruled = (row.voucher?.program?.fourEyes?.mode ?? 'NONE') !== 'NONE';
      if (recommender) {
        setAnnouncement(t('payments.fourEyes.recommenderMayNotApprove'));
        reexecute({ requestPolicy: 'network-only' });
      } else if (appError.kind === 'INVALID_STATE_TRANSITION' && ruled) {
        setAnnouncement(t('payments.fourEyes.needsRecommendation'));
        reexecute({ requestPolicy: 'network-only' });
      } else if (appError.kind === 'INVALID_STATE_TRANSITION') {
        setAnnouncement(t('payments.alreadyPaid'));
        setPaidIds((current) => new Set(current).add(row.id));
        reexecute({ requestPolicy: 'network-only' });
      } else {
        setRowErrors((current) => ({ ...current, [row.id]: appError }));
      }
      return;
    }
    setPaidIds((current) => new Set(current).add(row.id));
    setAnnouncement(
      t('payments.approved', {
        invoice: row.invoiceReference,
        amount: formatMoney(row.payable, row.currency, language),
      }),
    );
    requestAnimationFrame(() => statusRef.current?.focus());
    reexecute({ requestPolicy: 'network-only' });
  }

  async function onRecommend(row: Row) {
    setBusyId(row.id);
    setAnnouncement('');
    const result = await recommend({ id: row.id });
    setBusyId(null);
    setRecommendingRow(null);
    if (result.error || !result.data) {
      const appError = result.error ? mapError(result.error) : { kind: 'UNKNOWN' as const };
      if (appError.kind === 'INVALID_STATE_TRANSITION') {
        setAnnouncement(t('payments.fourEyes.recommendedMeanwhile'));
        reexecute({ requestPolicy: 'network-only' });
      } else {
        setRowErrors((current) => ({ ...current, [row.id]: appError }));
      }
      return;
    }
    setAnnouncement(
      t('payments.fourEyes.recommended', {
        invoice: row.invoiceReference,
        amount: formatMoney(row.payable, row.currency, language),
      }),
    );
    requestAnimationFrame(() => statusRef.current?.focus());
    reexecute({ requestPolicy: 'network-only' });
  }

  return (
    <ListPage
      titleId="payments-title"
      title={t('payments.title')}
      intro={t('payments.intro')}
      notices={
        <>
          <QueueFiltersForm queue="payments" filters={filters} onApply={(next) => setParams(writeQueueFilters(next))} />
          <QueueSummary
            countText={connection ? t('queueFilters.payments.count', { count: connection.totalCount }) : ''}
            csvUrl={paymentsCsvPath(filters)}
            fileName="payments.csv"
          />
          <StatusMessage ref={statusRef} text={announcement} testId="payments-status" />
          <ConfirmDialog
            open={confirming !== null}
            title={t('confirm.payTitle', { invoice: confirming?.invoiceReference ?? '' })}
            confirmLabel={t('confirm.payConfirm', { amount: confirming ? formatMoney(confirming.payable, confirming.currency, language) : '' })}
            busyLabel={t('payments.approving')}
            cancelLabel={t('confirm.cancel')}
            busy={busyId !== null}
            onConfirm={() => {
              if (confirming) void onApprove(confirming);
            }}
            onCancel={() => setConfirming(null)}
            testId="pay-confirm"
          >
            <p>
              {confirming
                ? t('confirm.payText', {
                    amount: formatMoney(confirming.payable, confirming.currency, language),
                    covered: formatMoney(confirming.covered, confirming.currency, language),
                  })
                : null}
            </p>
            {confirming && confirming.attachments.length === 0 ? (
              <p data-testid="pay-confirm-no-invoice">{t('confirm.payNoInvoice')}</p>
            ) : null}
          </ConfirmDialog>
          <ConfirmDialog
            open={recommendingRow !== null}
            title={t('payments.fourEyes.confirmTitle', { invoice: recommendingRow?.invoiceReference ?? '' })}
            confirmLabel={t('payments.fourEyes.recommend')}
            busyLabel={t('payments.fourEyes.recommending')}
            cancelLabel={t('confirm.cancel')}
            busy={busyId !== null}
            onConfirm={() => {
              if (recommendingRow) void onRecommend(recommendingRow);
            }}
            onCancel={() => setRecommendingRow(null)}
            testId="recommend-payment-confirm"
          >
            <p>
              {recommendingRow
                ? t('payments.fourEyes.confirmText', {
                    amount: formatMoney(recommendingRow.payable, recommendingRow.currency, language),
                  })
                : null}
            </p>
          </ConfirmDialog>
        </>
      }
      items={connection ? rows : undefined}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={t('payments.empty')}
      pager={connection ? { ...connection.pageInfo, after, onPage: (next) => setPage({ query, after: next }) } : null}
    >
      {(payable) => (
        <ul className="record-list" aria-label={t('payments.listLabel')}>
          {payable.map((row) => (
            <PaymentRecord
              key={row.id}
              row={row}
              busyId={busyId}
              error={rowErrors[row.id]}
              onRecommend={setRecommendingRow}
              onApprove={setConfirming}
            />
          ))}
        </ul>
      )}
    </ListPage>
  );
}
