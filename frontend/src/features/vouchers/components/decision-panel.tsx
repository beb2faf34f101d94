import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { Alert, TextAreaField } from '@/components/ui';
import { compareDecimals, normaliseDecimalInput } from '@/lib/decimal';
import { errorMessage, mapErrors, type AppError } from '@/lib/errors';
import { currencyFractionDigits, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useRetryKeys } from '@/lib/idempotency';
import { ApproveApplicationMutation, RecommendApplicationMutation, RejectApplicationMutation } from '../api/review';
import { checkAmount, type Problem } from '../model/application-draft';
import { budgetEffect, type DecisionTerms } from '../model/budget-effect';
import { fourEyesStage, type FourEyesRule } from '../model/four-eyes';
import { ApproveForm, type DecisionProgress, type Recommendation } from './approve-form';
import { DecisionConfirmations, type PendingDecision } from './decision-confirmations';

export type { Recommendation } from './approve-form';

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

export type DecisionOutcome = { tone: 'success' | 'error'; text: string };

/** How one decision's answer is read: the shared steps are in `settle`. */
interface Flow<Data> {
  /** The input field whose `VALIDATION` lands next to it. */
  field: 'amount' | 'reason';
  /** A refusal that means the application changed: reload it with this outcome; null: say it here. */
  reload: (errors: AppError[]) => DecisionOutcome | null;
  success: (data: Data) => DecisionOutcome;
}

/**
 * Approve (optionally for less than asked), recommend it for a second officer when the
 * programme's four eyes need one, or reject with a reason; each after a confirmation.
 * `INSUFFICIENT_FUNDS` has its own sentence; `VALIDATION` on `amount` or `reason` lands next to
 * that field; a decision taken meanwhile reloads the application.
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
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const [pending, setPending] = useState<PendingDecision | null>(null);
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
  const money = (value: string) => formatMoney(value, currency, locale);
  const terms: DecisionTerms = { currency, requestedAmount, minVoucher, prefinancingShare, available };
  const progress: DecisionProgress = { approving, recommending, rejecting };

  function failure(errors: AppError[]): DecisionOutcome {
    const first = errors[0] ?? { kind: 'UNKNOWN' };
    if (first.kind === 'VALIDATION' && first.field === 'recommendedBy') {
      return { tone: 'error', text: t('review.fourEyes.recommenderMayNotApprove') };
    }
    if (first.kind === 'INSUFFICIENT_FUNDS') return { tone: 'error', text: t('review.insufficientFunds') };
    if (first.kind === 'INVALID_STATE_TRANSITION') return { tone: 'error', text: t('review.decidedMeanwhile') };
    if (first.kind === 'CONFLICT') return { tone: 'error', text: t('review.activeVoucher') };
    return { tone: 'error', text: errorMessage(t, first) };
  }

  function show(next: DecisionOutcome) {
    setOutcome(next);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  /** Marks the field the server refused and gives it focus. */
  function refuseField(field: Flow<unknown>['field']) {
    if (field === 'amount') {
      setAmountProblem('server');
      amountRef.current?.focus();
    } else {
      setReasonProblem('server');
      reasonRef.current?.focus();
    }
  }

  /**
   * The steps every decision's answer goes through: the confirmation closes; a refused field is
   * marked; a refusal meaning the application changed reloads it; any other is said here;
   * success reloads it with its sentence.
   */
  function settle<Data>(result: { data?: Data; error?: CombinedError }, flow: Flow<Data>) {
    setPending(null);
    if (result.error || !result.data) {
      const errors = result.error ? mapErrors(result.error) : [];
      if (errors.some((e) => e.kind === 'VALIDATION' && e.field === flow.field)) {
        refuseField(flow.field);
        return;
      }
      const reload = flow.reload(errors);
      if (reload) onDecided(reload);
      else show(failure(errors));
      return;
    }
    onDecided(flow.success(result.data));
  }

  const changedMeanwhile = (errors: AppError[]) => errors[0]?.kind === 'INVALID_STATE_TRANSITION';

  async function sendRecommendation(amountValue: string | null) {
    const result = await recommend({ id: applicationId, amount: amountValue });
    settle(result, {
      field: 'amount',
      reload: (errors) =>
        changedMeanwhile(errors) ? { tone: 'error', text: t('review.fourEyes.recommendedMeanwhile') } : null,
      success: (data) => {
        const recommended = data.recommendVoucherApplication.recommendedAmount ?? amountValue ?? requestedAmount;
        return { tone: 'success', text: t('review.fourEyes.recommended', { amount: money(recommended) }) };
      },
    });
  }

  async function sendApproval(amountValue: string | null) {
    const vars = { id: applicationId, amount: amountValue };
    const result = await approve({ ...vars, key: retryKeys.keyFor({ approve: vars }) });
    retryKeys.settle(result);
    settle(result, {
      field: 'amount',
      reload: (errors) => {
        if (changedMeanwhile(errors)) {
          // With a four-eyes rule the refusal may be the missing recommendation, not a decision meanwhile.
          const ruled = fourEyes !== null && fourEyes.mode !== 'NONE';
          return ruled ? { tone: 'error', text: t('review.fourEyes.needsRecommendation') } : failure(errors);
        }
        if (errors.some((e) => e.kind === 'VALIDATION' && e.field === 'recommendedBy')) {
          return { tone: 'error', text: t('review.fourEyes.recommenderMayNotApprove') };
        }
        return null;
      },
      success: (data) => {
        const voucher = data.approveVoucherApplication.voucher;
        return {
          tone: 'success',
          text: t('review.approved', { amount: voucher ? formatMoney(voucher.amount, voucher.currency, locale) : '' }),
        };
      },
    });
  }

  async function sendRejection(text: string) {
    const vars = { id: applicationId, reason: text };
    const result = await reject({ ...vars, key: retryKeys.keyFor({ reject: vars }) });
    retryKeys.settle(result);
    settle(result, {
      field: 'reason',
      reload: (errors) => (changedMeanwhile(errors) ? failure(errors) : null),
      success: () => ({ tone: 'success', text: t('review.rejected') }),
    });
  }

  function send(decision: PendingDecision) {
    if (decision.kind === 'approve') void sendApproval(decision.amount);
    else if (decision.kind === 'recommend') void sendRecommendation(decision.amount);
    else void sendRejection(decision.reason);
  }

  /**
   * Checks the amount, then asks for confirmation; nothing is sent yet. Another officer's
   * recommendation is approved for the amount recommended.
   */
  function onApprove(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    if (stage === 'recommendedByOther') {
      setPending({ kind: 'approve', amount: null });
      return;
    }
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

  const amountError =
    amountProblem === 'aboveRequested'
      ? t('review.aboveRequested')
      : amountProblem
        ? t(`applicationForm.problems.${amountProblem}`)
        : undefined;
  // Before anyone clicks: what approving the amount typed (else the one asked, or recommended)
  // would commit, pay and leave available.
  const previewAmount =
    stage === 'recommendedByOther'
      ? (recommendedAmount ?? requestedAmount)
      : compareDecimals(chosen, requestedAmount) <= 0
        ? chosen
        : requestedAmount;
  const preview = budgetEffect(previewAmount, prefinancingShare, available, digits);
  // In the confirmation: what approving the amount confirmed commits, pays and leaves.
  const effect =
    pending?.kind === 'approve'
      ? budgetEffect(pending.amount ?? recommendedAmount ?? requestedAmount, prefinancingShare, available, digits)
      : null;

  return (
    <section aria-labelledby="decision-title" className="panel" data-testid="decision-panel">
      <h2 id="decision-title">{t('review.decisionTitle')}</h2>
      {outcome ? (
        <Alert tone={outcome.tone} ref={outcomeRef} testId="decision-outcome">
          <p>{outcome.text}</p>
        </Alert>
      ) : null}
      <div className="two-column">
        <ApproveForm
          stage={stage}
          terms={terms}
          recommendation={recommendation}
          amountField={{ value: amount, onChange: setAmount, ref: amountRef, error: amountError }}
          preview={preview}
          progress={progress}
          onSubmit={onApprove}
        />
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
      <DecisionConfirmations
        pending={pending}
        effect={effect}
        terms={terms}
        progress={progress}
        onConfirm={send}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
