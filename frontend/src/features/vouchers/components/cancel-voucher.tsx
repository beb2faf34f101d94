import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage, mapErrors } from '@/lib/errors';
import { CancelVoucherMutation } from '../api/vouchers';
import { ConfirmDialog, TextAreaField } from '@/components/ui';
import { compareDecimals, subtractDecimals } from '@/lib/decimal';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useRetryKeys } from '@/lib/idempotency';

/**
 * What cancelling releases to the programme's budget: the amount less what was redeemed or
 * paid in advance, whichever is more (`A − max(R, P)`, docs/vouchers.md), never below zero.
 */
export function voucherRelease(voucher: { amount: string; redeemed: string; prefinanced: string }): string {
  const used = compareDecimals(voucher.redeemed, voucher.prefinanced) >= 0 ? voucher.redeemed : voucher.prefinanced;
  const release = subtractDecimals(voucher.amount, used);
  return release.startsWith('-') ? subtractDecimals(voucher.amount, voucher.amount) : release;
}

interface CancelVoucherProps {
  voucherId: string;
  organisation: string;
  /** What cancelling returns to the programme's available budget (`voucherRelease`). */
  release: string;
  currency: string;
  onCancelled: (message: string) => void;
  onStale: (message: string) => void;
}

/**
 * "Cancel the voucher" opens a reason field (the clinic reads the reason); sending it asks for a
 * confirmation that says what returns to the programme's budget, and only then cancels.
 */
export function CancelVoucher({ voucherId, organisation, release, currency, onCancelled, onStale }: CancelVoucherProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, cancel] = useMutation(CancelVoucherMutation);
  const retryKeys = useRetryKeys();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const fieldId = `cancel-reason-${voucherId}`;
  const money = formatMoney(release, currency, currentLanguage(i18n));

  /** Checks the reason, then asks for confirmation; nothing is sent yet. */
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    const text = reason.trim();
    if (text === '' || text.length > 2000) {
      setProblem(text === '' ? t('applicationForm.problems.required') : t('applicationForm.problems.tooLong'));
      reasonRef.current?.focus();
      return;
    }
    setProblem(null);
    setConfirming(text);
  }

  async function send(text: string) {
    const vars = { id: voucherId, reason: text };
    const result = await cancel({ ...vars, key: retryKeys.keyFor(vars) });
    retryKeys.settle(result);
    setConfirming(null);
    if (result.error || !result.data) {
      const errors = result.error ? mapErrors(result.error) : [];
      const first = errors[0] ?? { kind: 'UNKNOWN' as const };
      if (first.kind === 'VALIDATION' && first.field === 'reason') {
        setProblem(t('applicationForm.problems.server'));
        reasonRef.current?.focus();
      } else if (first.kind === 'INVALID_STATE_TRANSITION') {
        onStale(t('vouchers.notActive'));
      } else {
        setProblem(errorMessage(t, first));
        reasonRef.current?.focus();
      }
      return;
    }
    onCancelled(t('vouchers.cancelled', { organisation }));
  }

  if (!open) {
    return (
      <button
        ref={openRef}
        type="button"
        className="button button--secondary"
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => reasonRef.current?.focus());
        }}
        aria-label={t('vouchers.cancelLabel', { organisation })}
        data-testid="cancel-voucher"
      >
        {t('vouchers.cancel')}
      </button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" data-testid="cancel-voucher-form">
      <TextAreaField
        ref={reasonRef}
        id={fieldId}
        name="reason"
        label={t('vouchers.cancelReason')}
        hint={t('vouchers.cancelReasonHint')}
        value={reason}
        onChange={setReason}
        error={problem ?? undefined}
        maxLength={2000}
        required
      />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={fetching} data-testid="cancel-voucher-confirm">
          {fetching ? t('vouchers.cancelling') : t('vouchers.confirmCancel')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(false);
            setProblem(null);
            requestAnimationFrame(() => openRef.current?.focus());
          }}
        >
          {t('vouchers.keep')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={t('confirm.cancelVoucherTitle', { organisation })}
        confirmLabel={t('confirm.cancelVoucherConfirm', { amount: money })}
        busyLabel={t('vouchers.cancelling')}
        cancelLabel={t('vouchers.keep')}
        busy={fetching}
        tone="danger"
        onConfirm={() => {
          if (confirming !== null) void send(confirming);
        }}
        onCancel={() => setConfirming(null)}
        testId="cancel-voucher-dialog"
      >
        <p>{t('confirm.cancelVoucherRelease', { amount: money })}</p>
        <p>{t('confirm.cancelVoucherText')}</p>
      </ConfirmDialog>
    </form>
  );
}
