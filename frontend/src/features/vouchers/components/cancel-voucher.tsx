import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage, mapErrors } from '@/lib/errors';
import { CancelVoucherMutation } from '../api/vouchers';
import { TextAreaField } from '@/components/ui';
import { useRetryKeys } from '@/lib/idempotency';

interface CancelVoucherProps {
  voucherId: string;
  organisation: string;
  onCancelled: (message: string) => void;
  onStale: (message: string) => void;
}

/** "Cancel the voucher" opens a reason field; the clinic reads the reason. */
export function CancelVoucher({ voucherId, organisation, onCancelled, onStale }: CancelVoucherProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, cancel] = useMutation(CancelVoucherMutation);
  const retryKeys = useRetryKeys();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const fieldId = `cancel-reason-${voucherId}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    const text = reason.trim();
    if (text === '' || text.length > 2000) {
      setProblem(text === '' ? t('applicationForm.problems.required') : t('applicationForm.problems.tooLong'));
      reasonRef.current?.focus();
      return;
    }
    const vars = { id: voucherId, reason: text };
    const result = await cancel({ ...vars, key: retryKeys.keyFor(vars) });
    retryKeys.settle(result);
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
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="inline-form" data-testid="cancel-voucher-form">
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
    </form>
  );
}
