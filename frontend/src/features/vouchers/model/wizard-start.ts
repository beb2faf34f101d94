/** Where the application form starts: a saved draft, edits kept in this browser, or a new one. */
import type { ApplicationFieldsFragment, SmeAssessmentInput } from '@/gql/graphql';
import { emptyDraft, firstInvalidStep, fromApplication, type ApplicationDraft, type ApplicationStep } from './application-draft';
import { resumableEdits, type EditsKey } from './local-edits';
import { parseSmeInput, savedSmeInput } from './sme-input';

export interface StartingPoint {
  draft: ApplicationDraft;
  step: ApplicationStep;
  /** Edits not saved on the server were brought back. */
  restored: boolean;
}

/**
 * Edits kept in this browser for this draft win (resumed at their step); otherwise a saved draft
 * opens at its first incomplete step (or the review), and a new one at the first step. The SME
 * input confirmed on the organisation's profile (else the one saved with the public SME check)
 * fills a draft that has none.
 */
export function startingPoint(
  key: EditsKey,
  application: ApplicationFieldsFragment | null,
  organisationName: string,
  digits: number,
  profileSme: SmeAssessmentInput | null = null,
): StartingPoint {
  const saved = profileSme ?? savedSmeInput();
  const base = application
    ? fromApplication({ ...application, smeInput: parseSmeInput(application.smeInput) }, organisationName, saved)
    : emptyDraft(organisationName, saved);
  const edits = resumableEdits(key, application?.updatedAt ?? null);
  if (edits) {
    return { draft: edits.draft, step: edits.step, restored: JSON.stringify(edits.draft) !== JSON.stringify(base) };
  }
  const step = application ? (firstInvalidStep(base, digits)?.step ?? 'review') : 'services';
  return { draft: base, step, restored: false };
}
