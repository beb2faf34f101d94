import type { FourEyesMode } from '@/gql/graphql';
import { compareDecimals } from '@/lib/decimal';

/** A programme's four-eyes rule as the API reads it back (`VoucherProgram.fourEyes`). */
export interface FourEyesRule {
  mode: FourEyesMode;
  threshold?: string | null;
}

/**
 * Whether approving `amount` needs a second officer: every approval with `ALL`, none with
 * `NONE`, and with `AT_OR_ABOVE` an amount at or above the threshold (no threshold: none).
 * An unknown rule (null) needs none; the server decides in the end.
 */
export function fourEyesApplies(rule: FourEyesRule | null | undefined, amount: string): boolean {
  if (!rule) return false;
  switch (rule.mode) {
    case 'ALL':
      return true;
    case 'AT_OR_ABOVE':
      return rule.threshold != null && compareDecimals(amount, rule.threshold) >= 0;
    default:
      return false;
  }
}

/** Where a decision stands under the four eyes. */
export type FourEyesStage =
  /** One officer decides alone. */
  | 'alone'
  /** A second officer is needed and nobody recommended it yet: the caller recommends. */
  | 'recommend'
  /** The caller recommended it: another officer must approve. */
  | 'recommendedByYou'
  /** Another officer recommended it: the caller may approve. */
  | 'recommendedByOther';

/**
 * The stage of an application or payment: a recommendation (by anyone, whatever the rule)
 * means the recommender may not approve; otherwise the rule on `amount` decides.
 */
export function fourEyesStage(
  rule: FourEyesRule | null | undefined,
  amount: string,
  recommendation: { recommendedById?: string | null; recommendedByYou: boolean },
): FourEyesStage {
  if (recommendation.recommendedByYou) return 'recommendedByYou';
  if (recommendation.recommendedById) return 'recommendedByOther';
  return fourEyesApplies(rule, amount) ? 'recommend' : 'alone';
}
