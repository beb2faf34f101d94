import { useTranslation } from 'react-i18next';
import { compareDecimals } from '@/lib/decimal';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import type { BudgetEffectFigures, DecisionTerms } from '../model/budget-effect';
import { formatPercent } from '../model/display';

interface BudgetEffectProps {
  figures: BudgetEffectFigures;
  /** The programme's currency, pre-financing share and what it has available now. */
  terms: Pick<DecisionTerms, 'currency' | 'prefinancingShare' | 'available'>;
  /** The framed block beside the decision has this test id; without one the lines stand bare (a dialog's text). */
  testId?: string;
  /** Test ids of the pre-financing and available lines: `<prefix>-prefinancing`, `<prefix>-available`. */
  lineTestIdPrefix?: string;
}

/**
 * What an approval does to the programme's budget, in the words the confirmation uses: shown
 * beside the decision before anyone clicks, and again in the confirmation.
 */
export function BudgetEffect({ figures, terms, testId, lineTestIdPrefix }: BudgetEffectProps) {
  const { committed, prefinancing, availableAfter } = figures;
  const { currency, prefinancingShare, available } = terms;
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const money = (value: string) => formatMoney(value, currency, locale);
  const pays = compareDecimals(prefinancing, '0') > 0;
  const lineId = (line: string) => (lineTestIdPrefix ? `${lineTestIdPrefix}-${line}` : undefined);
  const lines = (
    <>
      <p>{t('confirm.approveCommitted', { amount: money(committed) })}</p>
      <p data-testid={lineId('prefinancing')}>
        {pays && prefinancingShare
          ? t('confirm.approvePrefinancing', { amount: money(prefinancing), percent: formatPercent(prefinancingShare, locale) })
          : t('confirm.approveNoPrefinancing')}
      </p>
      {availableAfter !== null && available !== null ? (
        <p data-testid={lineId('available')}>
          {t('confirm.approveAvailable', { after: money(availableAfter), before: money(available) })}
        </p>
      ) : null}
    </>
  );
  if (!testId) return lines;
  return (
    <div className="budget-effect" data-testid={testId}>
      {lines}
    </div>
  );
}
