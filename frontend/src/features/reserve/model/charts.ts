import type { ReserveCriterion } from '@/gql/graphql';

export interface ScoreBar {
  criterion: ReserveCriterion;
  value: string;
  points: number;
  /** The criterion's weight: the most points it can give. */
  weight: number;
  /** The bar's length in percent of the widest possible bar (the largest weight). */
  percent: number;
}

/**
 * A score's breakdown as bars on one scale: every bar is measured against the largest weight,
 * so a criterion's full share reaches as far as its weight allows and the bars compare.
 */
export function scoreBars(
  breakdown: readonly { criterion: ReserveCriterion; value: string; points: number; weight: number }[],
): ScoreBar[] {
  const scale = Math.max(1, ...breakdown.map((b) => b.weight * 100));
  return breakdown.map((b) => ({
    criterion: b.criterion,
    value: b.value,
    points: b.points,
    weight: b.weight,
    percent: Math.round((Math.max(0, b.points) / scale) * 1000) / 10,
  }));
}

/** A score of 0–10,000 as shown: divided by 100, two decimals. */
export function displayScore(score: number): string {
  return (score / 100).toFixed(2);
}

export interface CapacitySegment {
  key: 'responseConsumed' | 'responseReserved' | 'responseFree' | 'converted';
  days: number;
  percent: number;
}

/**
 * One quarter's pre-committed days split into consumed, reserved, free and converted, each in
 * percent of the pre-committed total (0 when nothing was pre-committed).
 */
export function capacitySegments(q: {
  precommitted: number;
  converted: number;
  responseReserved: number;
  responseConsumed: number;
  responseFree: number;
}): CapacitySegment[] {
  const total = Math.max(q.precommitted, q.responseConsumed + q.responseReserved + q.responseFree + q.converted);
  const keys = ['responseConsumed', 'responseReserved', 'responseFree', 'converted'] as const;
  return keys.map((key) => ({
    key,
    days: q[key],
    percent: total > 0 ? Math.round((q[key] / total) * 1000) / 10 : 0,
  }));
}
