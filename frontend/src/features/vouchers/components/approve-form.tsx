import type { FormEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, TextField } from '@/components/ui';
import { formatDateTime, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import type { BudgetEffectFigures, DecisionTerms } from '../model/budget-effect';
import type { FourEyesStage } from '../model/four-eyes';
import { BudgetEffect } from './budget-effect';

/** Which decision is being sent. */
export interface DecisionProgress {
  approving: boolean;
  recommending: boolean;
  rejecting: boolean;
}

/** Who recommended approving, for how much and when (the application's `recommended…` fields). */
export interface Recommendation {
  recommendedById?: string | null;
  /** The recommending officer, when the caller may name them (their own agency). */
  recommendedBy?: { displayName: string } | null;
  recommendedByYou: boolean;
  recommendedAmount?: string | null;
  recommendedAt?: string | null;
}

/** The state of the amount field, which the panel owns. */
export interface AmountField {
  value: string;
  onChange: (value: string) => void;
  ref: Ref<HTMLInputElement>;
  error: string | undefined;
}

interface ApproveFormProps {
  /** Where the decision stands under the four eyes: it decides what this half of the panel offers. */
  stage: FourEyesStage;
  terms: DecisionTerms;
  recommendation: Recommendation | null;
  /** The amount field: what is typed, its ref (focused on a refusal) and the refusal. */
  amountField: AmountField;
  /** What approving would do to the budget, shown before anyone clicks. */
  preview: BudgetEffectFigures;
  progress: DecisionProgress;
  onSubmit: (event: FormEvent) => void;
}

/**
 * The approving half of the decision panel, by four-eyes stage: the amount form (approve, or
 * recommend when a second officer is needed); the recommender's notice that another officer
 * must approve; another officer's approval of the recommended amount.
 */
export function ApproveForm({
  stage,
  terms,
  recommendation,
  amountField,
  preview,
  progress: { approving, recommending, rejecting },
  onSubmit,
}: ApproveFormProps) {
  const { t, i18n } = useTranslation();
  const busy = approving || recommending || rejecting;
  const { currency, requestedAmount, minVoucher } = terms;
  const locale = currentLanguage(i18n);
  const money = (value: string) => formatMoney(value, currency, locale);
  const heading = <h3 id="approve-title">{t('review.approveTitle')}</h3>;

  if (stage === 'recommendedByYou' || stage === 'recommendedByOther') {
    const byYou = stage === 'recommendedByYou';
    const recommender = recommendation?.recommendedBy?.displayName;
    const notice = (
      <Alert tone="info" testId={byYou ? 'recommended-by-you' : 'recommended-by-other'}>
        <p>
          {t(byYou ? 'review.fourEyes.byYou' : recommender ? 'review.fourEyes.byOtherNamed' : 'review.fourEyes.byOther', {
            amount: money(recommendation?.recommendedAmount ?? requestedAmount),
            date: recommendation?.recommendedAt ? formatDateTime(recommendation.recommendedAt, locale) : '',
            name: recommender ?? '',
          })}
        </p>
      </Alert>
    );
    if (byYou) {
      return (
        <div aria-labelledby="approve-title">
          {heading}
          {notice}
        </div>
      );
    }
    return (
      <form onSubmit={onSubmit} noValidate aria-labelledby="approve-title">
        {heading}
        {notice}
        <BudgetEffect figures={preview} terms={terms} testId="decision-budget-effect" />
        <button type="submit" className="button" disabled={busy} data-testid="approve">
          {approving ? t('review.approving') : t('review.fourEyes.approveRecommended')}
        </button>
      </form>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="approve-title">
      {heading}
      <TextField
        {...amountField}
        id="decision-amount"
        name="amount"
        label={t('review.approveAmount', { currency })}
        hint={t('review.approveAmountHint', { requested: money(requestedAmount), min: money(minVoucher) })}
        inputMode="decimal"
        autoComplete="off"
      />
      <BudgetEffect figures={preview} terms={terms} testId="decision-budget-effect" />
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
  );
}
