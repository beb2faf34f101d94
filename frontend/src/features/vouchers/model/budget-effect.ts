import { percentOfDecimal, subtractDecimals } from '@/lib/decimal';

/** What the officer decides on: the application's amount asked and its programme's terms. */
export interface DecisionTerms {
  currency: string;
  requestedAmount: string;
  minVoucher: string;
  /** The programme's share paid on approval, in per cent; null for reimbursement only. */
  prefinancingShare: string | null;
  /** What the programme has available now; null when the caller cannot see its funds. */
  available: string | null;
}

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
