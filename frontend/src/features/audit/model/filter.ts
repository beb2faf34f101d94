/**
 * The audit trail's filter, kept in the address so a link reproduces the view: `outcome`
 * (SUCCESS or DENIED) and `action` (an exact action name such as `application.approve`).
 */
import type { AuditFilter, AuditOutcome } from '@/gql/graphql';

const OUTCOMES: readonly AuditOutcome[] = ['SUCCESS', 'DENIED'];

export interface TrailFilter {
  outcome: AuditOutcome | '';
  action: string;
}

export function filterFromParams(params: URLSearchParams): TrailFilter {
  const outcome = params.get('outcome') ?? '';
  const action = (params.get('action') ?? '').trim();
  return {
    outcome: OUTCOMES.find((o) => o === outcome) ?? '',
    // Action names are dotted lower-case words; anything else cannot match and is dropped.
    action: /^[a-z_]+(\.[a-z_]+)*$/.test(action) ? action : '',
  };
}

export function paramsFromFilter(filter: TrailFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.outcome) params.set('outcome', filter.outcome);
  if (filter.action) params.set('action', filter.action);
  return params;
}

/** The API's filter: only what is set. */
export function apiFilter(filter: TrailFilter): AuditFilter | null {
  const out: AuditFilter = {};
  if (filter.outcome) out.outcome = filter.outcome;
  if (filter.action) out.action = filter.action;
  return Object.keys(out).length > 0 ? out : null;
}
