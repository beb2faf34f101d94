import { useTranslation } from 'react-i18next';
import type { RedemptionStatus, VoucherApplicationStatus, VoucherStatus } from '@/gql/graphql';

type Tone = 'success' | 'info' | 'error' | 'muted';

const APPLICATION_TONE: Readonly<Record<VoucherApplicationStatus, Tone>> = {
  DRAFT: 'muted',
  SUBMITTED: 'info',
  APPROVED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'muted',
};
const VOUCHER_TONE: Readonly<Record<VoucherStatus, Tone>> = {
  ISSUED: 'success',
  PARTIALLY_REDEEMED: 'success',
  REDEEMED: 'info',
  EXPIRED: 'muted',
  CANCELLED: 'error',
};
const REDEMPTION_TONE: Readonly<Record<RedemptionStatus, Tone>> = {
  PENDING_PAYMENT: 'info',
  PAID: 'success',
};

export function ApplicationStatusBadge({ status }: { status: VoucherApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${APPLICATION_TONE[status]}`} data-testid="application-status" data-status={status}>
      {t(`applicationStatus.${status}`)}
    </span>
  );
}

export function VoucherStatusBadge({ status }: { status: VoucherStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${VOUCHER_TONE[status]}`} data-testid="voucher-status" data-status={status}>
      {t(`voucherStatus.${status}`)}
    </span>
  );
}

export function RedemptionStatusBadge({ status }: { status: RedemptionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${REDEMPTION_TONE[status]}`} data-testid="redemption-status" data-status={status}>
      {t(`redemptionStatus.${status}`)}
    </span>
  );
}
