import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, ConfirmDialog, ListPage, RecordAction, Reference, StatusMessage } from '@/components/ui';
import type { RedemptionsQuery as RedemptionsResult } from '@/gql/graphql';
import { mapError, mapErrors, type AppError } from '@/lib/errors';
import { formatDateTime, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ApprovePaymentMutation, RecommendPaymentMutation, RedemptionsQuery } from '../api/redemptions';
import { Attachments } from '../components/attachments';
import { serviceCategoryLabel } from '../model/display';
import { fourEyesStage } from '../model/four-eyes';
import { useRetryKeys } from '@/lib/idempotency';

const PAGE_SIZE = 20;
type Row = RedemptionsResult['redemptions']['nodes'][number];

/**
 * Redemptions waiting for payment in the agency's member state, each with the invoice the
 * service provider attached (downloadable); approve each, after a confirmation that says what
 * is paid (and when no invoice is attached).
 */
export default function PaymentsPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('payments.title'));
  const [params] = useSearchParams();
  const programId = params.get('programme');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: RedemptionsQuery,
    variables: { language, first: PAGE_SIZE, after, status: 'PENDING_PAYMENT', programId },
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
          {programId ? (
            <p>
              <Link to="/agency/payments">{t('review.showAll')}</Link>
            </p>
          ) : null}
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
      pager={connection ? { ...connection.pageInfo, after, onPage: setAfter } : null}
    >
      {(payable) => (
        <ul className="record-list" aria-label={t('payments.listLabel')}>
          {payable.map((row) => {
            const headingId = `payment-${row.id}`;
            const money = (amount: string) => formatMoney(amount, row.currency, language);
            const stage = fourEyesStage(row.voucher?.program?.fourEyes, row.payable, {
              recommendedById: row.recommendedById ?? null,
              recommendedByYou: row.recommendedByYou ?? false,
            });
            const recommendedOn = row.recommendedAt ? formatDateTime(row.recommendedAt, language) : '';
            return (
              <li key={row.id} className="record" data-testid="payment-row" data-invoice={row.invoiceReference}>
                <h2 className="record__title" id={headingId}>
                  {row.voucher?.application?.organisation?.name ?? ''}
                  <span className="muted"> · {row.invoiceReference}</span>
                </h2>
                <dl className="record__facts">
                  <div>
                    <dt>{t('references.label')}</dt>
                    <dd>
                      <Reference value={row.reference} testId="redemption-reference" />
                    </dd>
                  </div>
                  {row.voucher?.reference ? (
                    <div>
                      <dt>{t('references.voucher')}</dt>
                      <dd>
                        <Link to={`/agency/references/${encodeURIComponent(row.voucher.reference)}`}>
                          <Reference value={row.voucher.reference} />
                        </Link>
                      </dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t('vouchersCommon.programme')}</dt>
                    <dd>{row.voucher?.program?.name ?? ''}</dd>
                  </div>
                  <div>
                    <dt>{t('payments.provider')}</dt>
                    <dd>{row.serviceProvider?.name ?? ''}</dd>
                  </div>
                  <div>
                    <dt>{t('redemptions.service')}</dt>
                    <dd>{serviceCategoryLabel(t, row.serviceCategory)}</dd>
                  </div>
                  <div>
                    <dt>{t('payments.redeemedOn')}</dt>
                    <dd>{formatDateTime(row.createdAt, language)}</dd>
                  </div>
                  <div>
                    <dt>{t('payments.invoiceAmount')}</dt>
                    <dd>{money(row.invoiceAmount)}</dd>
                  </div>
                  <div>
                    <dt>{t('payments.covered')}</dt>
                    <dd>{money(row.covered)}</dd>
                  </div>
                  <div>
                    <dt>{t('payments.payable')}</dt>
                    <dd data-testid="payment-payable">{money(row.payable)}</dd>
                  </div>
                </dl>
                <Attachments
                  parentPath={`/redemptions/${encodeURIComponent(row.id)}`}
                  attachments={row.attachments}
                  canUpload={false}
                  onUploaded={() => undefined}
                  idPrefix={`payment-${row.id}-invoice`}
                  headingLevel={3}
                  title={t('payments.invoicesTitle')}
                  emptyText={t('payments.invoicesEmpty')}
                />
                {stage === 'recommendedByYou' ? (
                  <Alert tone="info" testId="payment-recommended-by-you">
                    <p>{t('payments.fourEyes.byYou', { date: recommendedOn })}</p>
                  </Alert>
                ) : stage === 'recommend' ? (
                  <RecordAction
                    label={t('payments.fourEyes.recommend')}
                    busyLabel={t('payments.fourEyes.recommending')}
                    busy={busyId === row.id}
                    disabled={busyId !== null}
                    describedBy={headingId}
                    error={rowErrors[row.id]}
                    onClick={() => setRecommendingRow(row)}
                    testId="recommend-payment"
                  />
                ) : (
                  <>
                    {stage === 'recommendedByOther' ? (
                      <p data-testid="payment-recommended-by-other">{t('payments.fourEyes.byOther', { date: recommendedOn })}</p>
                    ) : null}
                    <RecordAction
                      label={t('payments.approve')}
                      busyLabel={t('payments.approving')}
                      busy={busyId === row.id}
                      disabled={busyId !== null}
                      describedBy={headingId}
                      error={rowErrors[row.id]}
                      onClick={() => setConfirming(row)}
                      testId="approve-payment"
                    />
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </ListPage>
  );
}
