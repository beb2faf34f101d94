import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui';
import { compareDecimals } from '@/lib/decimal';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import type { BudgetEffectFigures, DecisionTerms } from '../model/budget-effect';
import type { DecisionProgress } from './approve-form';
import { BudgetEffect } from './budget-effect';

/** The decision waiting for the officer's confirmation. */
export type PendingDecision =
  | { kind: 'approve'; amount: string | null }
  | { kind: 'recommend'; amount: string | null }
  | { kind: 'reject'; reason: string };

interface DecisionConfirmationsProps {
  pending: PendingDecision | null;
  /** What the approval waiting commits, pays and leaves available; null when none waits. */
  effect: BudgetEffectFigures | null;
  terms: DecisionTerms;
  progress: DecisionProgress;
  onConfirm: (decision: PendingDecision) => void;
  onCancel: () => void;
}

/**
 * The confirmations of the decision panel, each saying what will happen: approving (with the
 * budget effect and the pre-financing paid), recommending for a second officer, rejecting
 * (quoting the reason). Nothing is sent before the officer confirms.
 */
export function DecisionConfirmations({
  pending,
  effect,
  terms,
  progress: { approving, recommending, rejecting },
  onConfirm,
  onCancel,
}: DecisionConfirmationsProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const { currency, requestedAmount } = terms;
  const money = (value: string) => formatMoney(value, currency, locale);
  const pays = effect !== null && compareDecimals(effect.prefinancing, '0') > 0;
  const recommendAmount = money((pending?.kind === 'recommend' ? pending.amount : null) ?? requestedAmount);
  // What every confirmation shares: sending the decision waiting, or keeping it unsent.
  const shared = {
    cancelLabel: t('confirm.cancel'),
    onConfirm: () => {
      if (pending) onConfirm(pending);
    },
    onCancel,
  };

  return (
    <>
      <ConfirmDialog
        open={pending?.kind === 'approve'}
        title={t('confirm.approveTitle')}
        confirmLabel={
          effect && pays
            ? t('confirm.approveConfirmPay', { amount: money(effect.committed), prefinancing: money(effect.prefinancing) })
            : t('confirm.approveConfirm', { amount: money(effect?.committed ?? requestedAmount) })
        }
        busyLabel={t('review.approving')}
        busy={approving}
        {...shared}
        testId="approve-confirm"
      >
        {effect ? <BudgetEffect figures={effect} terms={terms} lineTestIdPrefix="approve-confirm" /> : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={pending?.kind === 'recommend'}
        title={t('review.fourEyes.confirmTitle')}
        confirmLabel={t('review.fourEyes.confirmLabel', { amount: recommendAmount })}
        busyLabel={t('review.fourEyes.recommending')}
        busy={recommending}
        {...shared}
        testId="recommend-confirm"
      >
        <p>{t('review.fourEyes.confirmText', { amount: recommendAmount })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending?.kind === 'reject'}
        title={t('confirm.rejectTitle')}
        confirmLabel={t('confirm.rejectConfirm')}
        busyLabel={t('review.rejecting')}
        busy={rejecting}
        tone="danger"
        {...shared}
        testId="reject-confirm"
      >
        <p>{t('confirm.rejectText')}</p>
        {pending?.kind === 'reject' ? <blockquote className="confirm-dialog__quote">{pending.reason}</blockquote> : null}
      </ConfirmDialog>
    </>
  );
}
