import type { ReserveRequestStatus } from '@/gql/graphql';

/** The main path of a Reserve request, in order (docs/reserve.md). */
export const RESERVE_STEPS = [
  'DRAFT',
  'SUBMITTED',
  'ENDORSED',
  'TRIAGED',
  'ASSIGNED',
  'IN_DELIVERY',
  'DELIVERED',
  'REPORTED',
  'CLOSED',
] as const satisfies readonly ReserveRequestStatus[];

export type StepState = 'done' | 'current' | 'upcoming' | 'stopped';

export interface Step {
  status: ReserveRequestStatus;
  state: StepState;
}

/**
 * The stepper of a request in `status`: the steps before it done, it current, the rest upcoming.
 * A declined request stopped after submission (the authority's decision); a withdrawn one
 * stopped after the last step it reached (`reached`, e.g. ENDORSED), shown as its end.
 */
export function stepsFor(status: ReserveRequestStatus, reached: ReserveRequestStatus = 'SUBMITTED'): Step[] {
  if (status === 'DECLINED' || status === 'WITHDRAWN') {
    const last = status === 'DECLINED' ? 'SUBMITTED' : reached;
    const at = RESERVE_STEPS.indexOf(last as (typeof RESERVE_STEPS)[number]);
    const done = RESERVE_STEPS.slice(0, Math.max(at, 0) + 1).map((s): Step => ({ status: s, state: 'done' }));
    return [...done, { status, state: 'stopped' }];
  }
  const at = RESERVE_STEPS.indexOf(status as (typeof RESERVE_STEPS)[number]);
  return RESERVE_STEPS.map((s, i): Step => ({
    status: s,
    state: i < at ? 'done' : i === at ? (s === 'CLOSED' ? 'done' : 'current') : 'upcoming',
  }));
}

/** The furthest main step a request's timestamps show it reached (for a withdrawn request). */
export function reachedStep(r: { submittedAt?: string | null; endorsedAt?: string | null; triagedAt?: string | null }): ReserveRequestStatus {
  if (r.triagedAt) return 'TRIAGED';
  if (r.endorsedAt) return 'ENDORSED';
  if (r.submittedAt) return 'SUBMITTED';
  return 'DRAFT';
}
