import type { TFunction } from 'i18next';
import { errorMessage, mapError, type GraphqlErrorLike } from '@/lib/errors';

/**
 * What a failed Reserve action tells the user, chosen by `extensions.code` (and the field it
 * names), never by the server's message.
 */
export function reserveProblem(t: TFunction, error: GraphqlErrorLike | undefined): string {
  if (!error) return t('errors.UNKNOWN');
  const e = mapError(error);
  if (e.kind === 'INVALID_STATE_TRANSITION') return t('reserve.problems.invalidState');
  if (e.kind === 'INSUFFICIENT_CAPACITY') return t('reserve.problems.insufficientCapacity');
  if (e.kind === 'NOT_FOUND') return t('reserve.problems.notFound');
  if (e.kind === 'VALIDATION' && e.field) return t('reserve.problems.field', { field: e.field });
  return errorMessage(t, e);
}
