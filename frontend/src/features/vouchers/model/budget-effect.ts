import { percentOfDecimal, subtractDecimals } from '@/lib/decimal';

/** What the budget goes through on approval: the numbers the confirmation says. */
export interface BudgetEffectFigures {
  committed: string;
  prefinancing: string;
  /** Available after approving; null when the funds are not known. */
  availableAfter: string | null;
}

/**
 * Approving `amount` commits it, pays `prefinancingShare` % of it (rounded down, the server's
 * rule) and leaves `available − amount` in the programme.
 */
export function budgetEffect(
  amount: string,
  prefinancingShare: string | null,
  available: string | null,
  digits: number,
): BudgetEffectFigures {
  return {
    committed: amount,
    prefinancing: prefinancingShare ? percentOfDecimal(amount, prefinancingShare, digits) : '0',
    availableAfter: available === null ? null : subtractDecimals(available, amount),
  };
}
