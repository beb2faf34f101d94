import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorMessage, mapErrors } from '@/lib/errors';

/**
 * The message for a refused case action: the referral rule and the stage order get their own
 * words (the server names the field), anything else the common message of its code.
 */
export function caseActionProblem(t: TFunction, error: CombinedError | undefined): string {
  const first = (error ? mapErrors(error) : [])[0] ?? { kind: 'UNKNOWN' as const };
  if (first.kind === 'VALIDATION' && first.field === 'referral') return t('incidents.case.referralNeeded');
  if (first.kind === 'VALIDATION' && first.field === 'stage') return t('incidents.case.stageRefused');
  if (first.kind === 'VALIDATION') return t('incidents.form.invalid');
  return errorMessage(t, first);
}
