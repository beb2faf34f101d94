import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, ConfirmDialog, TextAreaField, TextField } from '@/components/ui';
import { compareDecimals, normaliseDecimalInput, percentOfDecimal, subtractDecimals } from '@/lib/decimal';
import { errorMessage, mapErrors, type AppError } from '@/lib/errors';
import { currencyFractionDigits, formatDateTime, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { ApproveApplicationMutation, RecommendApplicationMutation, RejectApplicationMutation } from '../api/review';
import { checkAmount, type Problem } from '../model/application-draft';
import { formatPercent } from '../model/display';
import { BudgetEffect } from './budget-effect';
import { fourEyesStage, type FourEyesRule } from '../model/four-eyes';
import { useRetryKeys } from '@/lib/idempotency';

interface DecisionPanelProps {
  applicationId: string;
  currency: string;
  requestedAmount: string;
  minVoucher: string;
  /** The programme's share paid on approval, in per cent; null for reimbursement only. */
  prefinancingShare: string | null;
  /** What the programme has available now; null when the caller cannot see its funds. */
  available: string | null;
  /** The programme's four-eyes rule; absent: one officer decides alone. */
  fourEyes?: FourEyesRule | null;
  /** The first of the four eyes, when someone recommended approving. */
  recommendation?: Recommendation | null;
  /** The application was decided or recommended (by this officer, or meanwhile by another): reload it. */
  onDecided: (outcome: DecisionOutcome) => void;
}

/** Who recommended approving, for how much and when (the application's `recommended…` fields). */
export interface Recommendation {
  recommendedById?: string | null;
  recommendedByYou: boolean;
  recommendedAmount?: string | null;
  recommendedAt?: string | null;
}

export type DecisionOutcome = { tone: 'success' | 'error'; text: string };
type Outcome = DecisionOutcome;

/** What the budget goes through on approval: the numbers the confirmation says. */
export interface BudgetEffect {
  committed: string;
  prefinancing: string;
  /** Available after approving; null when the funds are not known. */
  availableAfter: string | null;
}

/**
 * Approving `amount` commits it, pays `prefinancingShare` % of it (rounded down, the server's
 * rule) and leaves `available − amount` in the programme.
 */
export function budgetEffect(amount: string, prefinancingShare: string | null, available: string | null, digits: number): BudgetEffect {
  return {
    committed: amount,
    prefinancing: prefinancingShare ? percentOfDecimal(amount, prefinancingShare, digits) : '0',
    availableAfter: available === null ? null : subtractDecimals(available, amount),
  };
}

/** The decision waiting for the officer's confirmation. */
type Pending =
  | { kind: 'approve'; amount: string | null }
  | { kind: 'recommend'; amount: string | null }
  | { kind: 'reject'; reason: string };

/**
 * Approve (optionally for less than asked) or reject with a reason. `INSUFFICIENT_FUNDS` has its
 * own sentence; `VALIDATION` on `amount` or `reason` lands next to that field; a decision taken
 * meanwhile reloads the application.
 */
export function DecisionPanel({
  applicationId,
  currency,
  requestedAmount,
  minVoucher,
  prefinancingShare,
  available,
  fourEyes = null,
  recommendation = null,
  onDecided,
}: DecisionPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const digits = currencyFractionDigits(currency);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [amountProblem, setAmountProblem] = useState<Problem | 'aboveRequested' | null>(null);
  const [reasonProblem, setReasonProblem] = useState<Problem | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [{ fetching: approving }, approve] = useMutation(ApproveApplicationMutation);
  const [{ fetching: rejecting }, reject] = useMutation(RejectApplicationMutation);
  const [{ fetching: recommending }, recommend] = useMutation(RecommendApplicationMutation);
  const retryKeys = useRetryKeys();
  const amountRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const busy = approving || rejecting || recommending;
  const recommendedAmount = recommendation?.recommendedAmount ?? null;
  /** The amount typed when it is a valid one, else the amount asked: what the rule is applied to. */
  const typed = normaliseDecimalInput(amount);
  const chosen = typed !== '' && checkAmount(typed, digits, true) === null ? typed : requestedAmount;
  const stage = fourEyesStage(fourEyes, chosen, {
    recommendedById: recommendation?.recommendedById ?? null,
    recommendedByYou: recommendation?.recommendedByYou ?? false,
  });

  function failure(errors: AppError[]): Outcome {
    const first = errors[0] ?? { kind: 'UNKNOWN' };
    if (first.kind === 'VALIDATION' && first.field === 'recommendedBy') {
      return { tone: 'error', text: t('review.fourEyes.recommenderMayNotApprove') };
    }
    if (first.kind === 'INSUFFICIENT_FUNDS') return { tone: 'error', text: t('review.insufficientFunds') };
    if (first.kind === 'INVALID_STATE_TRANSITION') return { tone: 'error', text: t('review.decidedMeanwhile') };
    if (first.kind === 'CONFLICT') return { tone: 'error', text: t('review.activeVoucher') };
    return { tone: 'error', text: errorMessage(t, first) };
  }

  function show(next: Outcome) {
    setOutcome(next);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  /** Checks the amount, then asks for confirmation; nothing is sent yet. */
  function onApprove(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    const value = normaliseDecimalInput(amount);
    let problem: Problem | 'aboveRequested' | null = value === '' ? null : checkAmount(value, digits, true);
    if (!problem && value !== '' && compareDecimals(value, requestedAmount) > 0) problem = 'aboveRequested';
    setAmountProblem(problem);
    if (problem) {
      amountRef.current?.focus();
      return;
    }
    setPending({ kind: stage === 'recommend' ? 'recommend' : 'approve', amount: value === '' ? null : value });
  }

  /** Another officer recommended it: approve the recommended amount, after the confirmation. */
  function onApproveRecommended(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    setPending({ kind: 'approve', amount: null });
  }

  async function sendRecommendation(amountValue: string | null) {
    const result = await recommend({ id: applicationId, amount: amountValue });
    setPending(null);
    if (result.error || !result.data) {
      const errors = result.error ? mapErrors(result.error) : [];
      if (errors.some((e) => e.kind === 'VALIDATION' && e.field === 'amount')) {
        setAmountProblem('server');
        amountRef.current?.focus();
        return;
      }
      if (errors[0]?.kind === 'INVALID_STATE_TRANSITION') {
        onDecided({ tone: 'error', text: t('review.fourEyes.recommendedMeanwhile') });
      } else show(failure(errors));
      return;
    }
    const recommended = result.data.recommendVoucherApplication.recommendedAmount ?? amountValue ?? requestedAmount;
    onDecided({ tone: 'success', text: t('review.fourEyes.recommended', { amount: formatMoney(recommended, currency, locale) }) });
  }

  async function sendApproval(amountValue: string | null) {
    const vars = { id: applicationId, amount: amountValue };
    const result = await approve({ ...vars, key: retryKeys.keyFor({ approve: vars }) });
    retryKeys.settle(result);
    setPending(null);
    if (result.error || !result.data) {
      const errors = result.error ? mapErrors(result.error) : [];
      if (errors.some((e) => e.kind === 'VALIDATION' && e.field === 'amount')) {
        setAmountProblem('server');
        amountRef.current?.focus();
        return;
      }
      if (errors[0]?.kind === 'INVALID_STATE_TRANSITION') {
        // With a four-eyes rule the refusal may be the missing recommendation, not a decision meanwhile.
        const ruled = fourEyes !== null && fourEyes.mode !== 'NONE';
        onDecided(ruled ? { tone: 'error', text: t('review.fourEyes.needsRecommendation') } : failure(errors));
      } else if (errors.some((e) => e.kind === 'VALIDATION' && e.field === 'recommendedBy')) {
        onDecided({ tone: 'error', text: t('review.fourEyes.recommenderMayNotApprove') });
      } else show(failure(errors));
      return;
    }
    const voucher = result.data.approveVoucherApplication.voucher;
    onDecided({
      tone: 'success',
      text: t('review.approved', {
        amount: voucher ? formatMoney(voucher.amount, voucher.currency, locale) : '',
      }),
    });
  }

  /** Checks the reason, then asks for confirmation; nothing is sent yet. */
  function onReject(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    const text = reason.trim();
    const problem: Problem | null = text === '' ? 'required' : text.length > 2000 ? 'tooLong' : null;
    setReasonProblem(problem);
    if (problem) {
      reasonRef.current?.focus();
      return;
    }
    setPending({ kind: 'reject', reason: text });
  }

  async function sendRejection(text: string) {
    const vars = { id: applicationId, reason: text };
    const result = await reject({ ...vars, key: retryKeys.keyFor({ reject: vars }) });
    retryKeys.settle(result);
    setPending(null);
    if (result.error || !result.data) {
      const errors = result.error ? mapErrors(result.error) : [];
      if (errors.some((e) => e.kind === 'VALIDATION' && e.field === 'reason')) {
        setReasonProblem('server');
        reasonRef.current?.focus();
        return;
      }
      if (errors[0]?.kind === 'INVALID_STATE_TRANSITION') onDecided(failure(errors));
      else show(failure(errors));
      return;
    }
    onDecided({ tone: 'success', text: t('review.rejected') });
  }

  const amountText =
    amountProblem === 'aboveRequested'
      ? t('review.aboveRequested')
      : amountProblem
        ? t(`applicationForm.problems.${amountProblem}`)
        : undefined;

  const money = (value: string) => formatMoney(value, currency, locale);
  const toApprove = pending?.kind === 'approve' ? pending : null;
  const toRecommend = pending?.kind === 'recommend' ? pending : null;
  const effect = toApprove
    ? budgetEffect(toApprove.amount ?? recommendedAmount ?? requestedAmount, prefinancingShare, available, digits)
    : null;
  const when = (value: string | null | undefined) => (value ? formatDateTime(value, locale) : '');
  // Before anyone clicks: what approving the amount typed (else the one asked, or recommended)
  // would commit, pay and leave available.
  const preview = budgetEffect(
    stage === 'recommendedByOther'
      ? (recommendedAmount ?? requestedAmount)
      : compareDecimals(chosen, requestedAmount) <= 0
        ? chosen
        : requestedAmount,
    prefinancingShare,
    available,
    digits,
  );
  const previewPanel = (
    <BudgetEffect
      {...preview}
      available={available}
      prefinancingShare={prefinancingShare}
      currency={currency}
      testId="decision-budget-effect"
    />
  );
  const pays = effect !== null && compareDecimals(effect.prefinancing, '0') > 0;

  return (
    <section aria-labelledby="decision-title" className="panel" data-testid="decision-panel">
      <h2 id="decision-title">{t('review.decisionTitle')}</h2>
      {outcome ? (
        <Alert tone={outcome.tone} ref={outcomeRef} testId="decision-outcome">
          <p>{outcome.text}</p>
        </Alert>
      ) : null}
      <div className="two-column">
        {stage === 'recommendedByYou' ? (
          <div aria-labelledby="approve-title">
            <h3 id="approve-title">{t('review.approveTitle')}</h3>
            <Alert tone="info" testId="recommended-by-you">
              <p>
                {t('review.fourEyes.byYou', {
                  amount: money(recommendedAmount ?? requestedAmount),
                  date: when(recommendation?.recommendedAt),
                })}
              </p>
            </Alert>
          </div>
        ) : stage === 'recommendedByOther' ? (
          <form onSubmit={onApproveRecommended} noValidate aria-labelledby="approve-title">
            <h3 id="approve-title">{t('review.approveTitle')}</h3>
            <Alert tone="info" testId="recommended-by-other">
              <p>
                {t('review.fourEyes.byOther', {
                  amount: money(recommendedAmount ?? requestedAmount),
                  date: when(recommendation?.recommendedAt),
                })}
              </p>
            </Alert>
            {previewPanel}
            <button type="submit" className="button" disabled={busy} data-testid="approve">
              {approving ? t('review.approving') : t('review.fourEyes.approveRecommended')}
            </button>
          </form>
        ) : (
          <form onSubmit={onApprove} noValidate aria-labelledby="approve-title">
          <h3 id="approve-title">{t('review.approveTitle')}</h3>
          <TextField
            ref={amountRef}
            id="decision-amount"
            name="amount"
            label={t('review.approveAmount', { currency })}
            hint={t('review.approveAmountHint', {
              requested: formatMoney(requestedAmount, currency, locale),
              min: formatMoney(minVoucher, currency, locale),
            })}
            value={amount}
            onChange={setAmount}
            error={amountText}
            inputMode="decimal"
            autoComplete="off"
          />
          {previewPanel}
          {stage === 'recommend' ? (
            <>
              <p className="muted" data-testid="four-eyes-needed">
                {t('review.fourEyes.needed')}
              </p>
              <button type="submit" className="button" disabled={busy} data-testid="recommend">
                {recommending ? t('review.fourEyes.recommending') : t('review.fourEyes.recommend')}
              </button>
            </>
          ) : (
            <button type="submit" className="button" disabled={busy} data-testid="approve">
              {approving ? t('review.approving') : t('review.approve')}
            </button>
          )}
        </form>
        )}
        <form onSubmit={onReject} noValidate aria-labelledby="reject-title">
          <h3 id="reject-title">{t('review.rejectTitle')}</h3>
          <TextAreaField
            ref={reasonRef}
            id="decision-reason"
            name="reason"
            label={t('review.rejectReason')}
            hint={t('review.rejectReasonHint')}
            value={reason}
            onChange={setReason}
            error={reasonProblem ? t(`applicationForm.problems.${reasonProblem}`) : undefined}
            maxLength={2000}
            required
          />
          <button type="submit" className="button button--danger" disabled={busy} data-testid="reject">
            {rejecting ? t('review.rejecting') : t('review.reject')}
          </button>
        </form>
      </div>
      <ConfirmDialog
        open={pending?.kind === 'approve'}
        title={t('confirm.approveTitle')}
        confirmLabel={
          effect && pays
            ? t('confirm.approveConfirmPay', { amount: money(effect.committed), prefinancing: money(effect.prefinancing) })
            : t('confirm.approveConfirm', { amount: money(effect?.committed ?? requestedAmount) })
        }
        busyLabel={t('review.approving')}
        cancelLabel={t('confirm.cancel')}
        busy={approving}
        onConfirm={() => {
          if (toApprove) void sendApproval(toApprove.amount);
        }}
        onCancel={() => setPending(null)}
        testId="approve-confirm"
      >
        {effect ? (
          <>
            <p>{t('confirm.approveCommitted', { amount: money(effect.committed) })}</p>
            <p data-testid="approve-confirm-prefinancing">
              {pays && prefinancingShare
                ? t('confirm.approvePrefinancing', {
                    amount: money(effect.prefinancing),
                    percent: formatPercent(prefinancingShare, locale),
                  })
                : t('confirm.approveNoPrefinancing')}
            </p>
            {effect.availableAfter !== null && available !== null ? (
              <p data-testid="approve-confirm-available">
                {t('confirm.approveAvailable', { after: money(effect.availableAfter), before: money(available) })}
              </p>
            ) : null}
          </>
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={toRecommend !== null}
        title={t('review.fourEyes.confirmTitle')}
        confirmLabel={t('review.fourEyes.confirmLabel', { amount: money(toRecommend?.amount ?? requestedAmount) })}
        busyLabel={t('review.fourEyes.recommending')}
        cancelLabel={t('confirm.cancel')}
        busy={recommending}
        onConfirm={() => {
          if (toRecommend) void sendRecommendation(toRecommend.amount);
        }}
        onCancel={() => setPending(null)}
        testId="recommend-confirm"
      >
        <p>{t('review.fourEyes.confirmText', { amount: money(toRecommend?.amount ?? requestedAmount) })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending?.kind === 'reject'}
        title={t('confirm.rejectTitle')}
        confirmLabel={t('confirm.rejectConfirm')}
        busyLabel={t('review.rejecting')}
        cancelLabel={t('confirm.cancel')}
        busy={rejecting}
        tone="danger"
        onConfirm={() => {
          if (pending?.kind === 'reject') void sendRejection(pending.reason);
        }}
        onCancel={() => setPending(null)}
        testId="reject-confirm"
      >
        <p>{t('confirm.rejectText')}</p>
        {pending?.kind === 'reject' ? <blockquote className="confirm-dialog__quote">{pending.reason}</blockquote> : null}
      </ConfirmDialog>
    </section>
  );
}
