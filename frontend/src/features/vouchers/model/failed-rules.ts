/**
 * The rules a submission failed (`NOT_ELIGIBLE`, `extensions.failedRules: [{rule, message}]`),
 * read by code. The UI explains each rule in its own translated words; the server's English
 * message is only shown for a rule this version of the app does not know.
 */
import type { EligibilityRule } from '@/gql/graphql';
import type { GraphqlErrorLike } from '@/lib/errors';

/** Every rule in the order the server checks them; a total record keeps it complete. */
const RULES: Record<EligibilityRule, true> = {
  ORGANISATION_VERIFIED: true,
  MEMBER_STATE: true,
  PROGRAMME_OPEN: true,
  APPLICATION_WINDOW: true,
  SME_CATEGORY: true,
  ORGANISATION_TYPE: true,
  NIS2_CLASS: true,
  SERVICE_CATEGORIES: true,
  MINIMUM_AMOUNT: true,
  MAXIMUM_AMOUNT: true,
  AID_INTENSITY: true,
  ONE_ACTIVE_VOUCHER: true,
  DE_MINIMIS: true,
};

export const ELIGIBILITY_RULES = Object.keys(RULES).filter(isEligibilityRule);

function isEligibilityRule(value: unknown): value is EligibilityRule {
  return typeof value === 'string' && Object.hasOwn(RULES, value);
}

/** The GraphQL enum value of a rule code from `failedRules` (the same spelling), or null. */
export function toEligibilityRule(code: string): EligibilityRule | null {
  return isEligibilityRule(code) ? code : null;
}

export interface FailedRule {
  /** The rule, or null for a code this app does not know. */
  rule: EligibilityRule | null;
  /** The code as the server sent it. */
  code: string;
  /** The server's explanation (English); shown only for unknown rules. */
  message: string;
}

/** The failed rules of a `NOT_ELIGIBLE` answer; empty for any other error. */
export function failedRulesOf(error: GraphqlErrorLike): FailedRule[] {
  const refusal = error.graphQLErrors.find((e) => e.extensions?.['code'] === 'NOT_ELIGIBLE');
  const raw: unknown = refusal?.extensions?.['failedRules'];
  if (!Array.isArray(raw)) return [];
  const entries: unknown[] = raw;
  return entries.flatMap((entry): FailedRule[] => {
    if (typeof entry !== 'object' || entry === null || !('rule' in entry)) return [];
    const code: unknown = entry.rule;
    if (typeof code !== 'string') return [];
    const message: unknown = 'message' in entry ? entry.message : '';
    return [{ rule: toEligibilityRule(code), code, message: typeof message === 'string' ? message : '' }];
  });
}
