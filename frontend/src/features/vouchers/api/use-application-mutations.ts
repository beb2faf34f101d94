/**
 * Saving and submitting an application draft, with the server's answer turned into what the
 * form shows: the saved version, the fields a `VALIDATION` error names, the failed rules of
 * `NOT_ELIGIBLE`, or one error for the whole form.
 */
import { useMutation } from 'urql';
import { mapErrorPaths, type AppError } from '@/lib/errors';
import { fieldForPath, toInput, type ApplicationDraft, type FormErrors } from '../model/application-draft';
import { failedRulesOf, type FailedRule } from '../model/failed-rules';
import { CreateApplicationMutation, SubmitApplicationMutation, UpdateApplicationMutation } from './applications';

export type SaveOutcome =
  | { kind: 'saved'; id: string; updatedAt: string }
  | { kind: 'fields'; errors: FormErrors }
  | { kind: 'error'; error: AppError };

export type SubmitOutcome = { kind: 'submitted' } | { kind: 'refused'; rules: FailedRule[] } | { kind: 'error'; error: AppError };

const UNKNOWN: AppError = { kind: 'UNKNOWN' };

/** `applicationId` null: the first save creates the draft in `programmeId`. */
export function useApplicationMutations(programmeId: string, applicationId: string | null) {
  const [, create] = useMutation(CreateApplicationMutation);
  const [, update] = useMutation(UpdateApplicationMutation);
  const [, submitMutation] = useMutation(SubmitApplicationMutation);

  async function save(draft: ApplicationDraft): Promise<SaveOutcome> {
    const input = toInput(draft);
    const result = applicationId
      ? await update({ id: applicationId, input })
      : await create({ programId: programmeId, input });
    const saved =
      result.data && 'updateVoucherApplication' in result.data
        ? result.data.updateVoucherApplication
        : result.data && 'createVoucherApplication' in result.data
          ? result.data.createVoucherApplication
          : null;
    if (!result.error && saved) return { kind: 'saved', id: saved.id, updatedAt: saved.updatedAt };
    const entries = result.error ? mapErrorPaths(result.error) : [{ error: UNKNOWN }];
    const errors: FormErrors = {};
    for (const entry of entries) {
      if (entry.error.kind !== 'VALIDATION' || !('path' in entry) || !entry.path) continue;
      const field = fieldForPath(entry.path, draft);
      if (field) errors[field] ??= 'server';
    }
    if (Object.keys(errors).length > 0) return { kind: 'fields', errors };
    return { kind: 'error', error: entries[0]?.error ?? UNKNOWN };
  }

  async function submit(id: string): Promise<SubmitOutcome> {
    const result = await submitMutation({ id });
    if (!result.error && result.data) return { kind: 'submitted' };
    const rules = result.error ? failedRulesOf(result.error) : [];
    if (rules.length > 0) return { kind: 'refused', rules };
    const entries = result.error ? mapErrorPaths(result.error) : [];
    return { kind: 'error', error: entries[0]?.error ?? UNKNOWN };
  }

  return { save, submit };
}
