/**
 * What a refused catalogue change means for the page, from the error's code (never its text):
 * field problems to show next to their fields, a state that changed (reload), or an error.
 */
import { mapErrorPaths, type AppError, type GraphqlErrorLike } from '@/lib/errors';
import type { EditorProblem } from './editor';

export type Refusal =
  | { kind: 'fields'; problems: Record<string, EditorProblem> }
  | { kind: 'state' }
  | { kind: 'error'; error: AppError };

export function refusalOf(error: GraphqlErrorLike): Refusal {
  const errors = mapErrorPaths(error);
  const first = errors[0]?.error ?? { kind: 'UNKNOWN' as const };
  if (first.kind === 'VALIDATION') {
    const problems: Record<string, EditorProblem> = {};
    for (const { error: e, path } of errors) {
      if (e.kind === 'VALIDATION') problems[path ?? 'input'] = 'server';
    }
    return { kind: 'fields', problems };
  }
  if (first.kind === 'INVALID_STATE_TRANSITION') {
    return { kind: 'state' };
  }
  return { kind: 'error', error: first };
}
