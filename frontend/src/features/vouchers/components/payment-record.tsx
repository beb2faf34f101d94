import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, RecordAction, Reference } from '@/components/ui';
import type { RedemptionsQuery } from '@/gql/graphql';
import type { AppError } from '@/lib/errors';
import { formatDateTime, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { serviceCategoryLabel } from '../model/display';
import { fourEyesStage } from '../model/four-eyes';
import { Attachments } from './attachments';

export type PaymentRow = RedemptionsQuery['redemptions']['nodes'][number];

interface PaymentRecordProps {
  row: PaymentRow;
  /** The row an action is running for (every row's buttons wait meanwhile). */
  busyId: string | null;
  error: AppError | undefined;
  onRecommend: (row: PaymentRow) => void;
  onApprove: (row: PaymentRow) => void;
}

/**
 * One redemption awaiting payment: who, what and how much, its invoice, and the one action the
 * programme's four eyes leave the officer (recommend, approve, or wait for another officer).
 */
export function PaymentRecord({ row, busyId, error, onRecommend, onApprove }: PaymentRecordProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = `payment-${row.id}`;
  const money = (amount: string) => formatMoney(amount, row.currency, language);
  const stage = fourEyesStage(row.voucher?.program?.fourEyes, row.payable, {
    recommendedById: row.recommendedById ?? null,
    recommendedByYou: row.recommendedByYou ?? false,
  });
  const recommendedOn = row.recommendedAt ? formatDateTime(row.recommendedAt, language) : '';
  const facts: [string, ReactNode, string?][] = [
    [t('vouchersCommon.programme'), row.voucher?.program?.name ?? ''],
    [t('payments.provider'), row.serviceProvider?.name ?? ''],
    [t('redemptions.service'), serviceCategoryLabel(t, row.serviceCategory)],
    [t('payments.redeemedOn'), formatDateTime(row.createdAt, language)],
    [t('payments.invoiceAmount'), money(row.invoiceAmount)],
    [t('payments.covered'), money(row.covered)],
    [t('payments.payable'), money(row.payable), 'payment-payable'],
  ];
  return (
    <li className="record" data-testid="payment-row" data-invoice={row.invoiceReference}>
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
        {facts.map(([label, value, testId]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
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
          error={error}
          onClick={() => onRecommend(row)}
          testId="recommend-payment"
        />
      ) : (
        <>
          {stage === 'recommendedByOther' ? (
            <p data-testid="payment-recommended-by-other">
              {row.recommendedBy
                ? t('payments.fourEyes.byOtherNamed', { name: row.recommendedBy.displayName, date: recommendedOn })
                : t('payments.fourEyes.byOther', { date: recommendedOn })}
            </p>
          ) : null}
          <RecordAction
            label={t('payments.approve')}
            busyLabel={t('payments.approving')}
            busy={busyId === row.id}
            disabled={busyId !== null}
            describedBy={headingId}
            error={error}
            onClick={() => onApprove(row)}
            testId="approve-payment"
          />
        </>
      )}
    </li>
  );
}
