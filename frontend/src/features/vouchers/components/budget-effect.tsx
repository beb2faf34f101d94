import { useTranslation } from 'react-i18next';
import { compareDecimals } from '@/lib/decimal';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { formatPercent } from '../model/display';

interface BudgetEffectProps {
  /** What approving commits, the pre-financing it pays and what stays available after. */
  committed: string;
  prefinancing: string;
  availableAfter: string | null;
  /** What the programme has available now; null when the caller cannot see its funds. */
  available: string | null;
  prefinancingShare: string | null;
  currency: string;
  testId: string;
}

/**
 * What an approval does to the programme's budget, in the words the confirmation uses: shown
 * beside the decision before anyone clicks, and again in the confirmation.
 */
export function BudgetEffect({ committed, prefinancing, availableAfter, available, prefinancingShare, currency, testId }: BudgetEffectProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const money = (value: string) => formatMoney(value, currency, locale);
  const pays = compareDecimals(prefinancing, '0') > 0;
  return (
    <div className="budget-effect" data-testid={testId}>
      <p>{t('confirm.approveCommitted', { amount: money(committed) })}</p>
      <p>
        {pays && prefinancingShare
          ? t('confirm.approvePrefinancing', { amount: money(prefinancing), percent: formatPercent(prefinancingShare, locale) })
          : t('confirm.approveNoPrefinancing')}
      </p>
      {availableAfter !== null && available !== null ? (
        <p>{t('confirm.approveAvailable', { after: money(availableAfter), before: money(available) })}</p>
      ) : null}
    </div>
  );
}
