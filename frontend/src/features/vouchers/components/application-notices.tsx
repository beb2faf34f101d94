import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import type { ProgrammeRulesFragment } from '@/gql/graphql';
import { errorMessage, type AppError } from '@/lib/errors';
import type { FormField } from '../model/application-draft';
import type { FailedRule } from '../model/failed-rules';
import { FailedRulesAlert } from './failed-rules-alert';

interface ApplicationNoticesProps {
  programme: ProgrammeRulesFragment;
  /** Edits kept in this browser were brought back. */
  restored: boolean;
  /** The draft has just been saved. */
  saved: boolean;
  /** The rules a submission failed (NOT_ELIGIBLE). */
  failedRules: readonly FailedRule[];
  formError: AppError | null;
  /** Opens the step of a field a failed rule names. */
  onChange: (field: FormField) => void;
}

/** The messages above the application form's step. */
export function ApplicationNotices({ programme, restored, saved, failedRules, formError, onChange }: ApplicationNoticesProps) {
  const { t } = useTranslation();
  const formErrorText =
    formError?.kind === 'INVALID_STATE_TRANSITION'
      ? t('applicationForm.notDraft')
      : formError?.kind === 'NOT_FOUND'
        ? t('applicationForm.notFound')
        : formError
          ? errorMessage(t, formError)
          : '';
  return (
    <>
      {restored ? (
        <Alert tone="info" testId="application-restored">
          <p>{t('applicationForm.restored')}</p>
        </Alert>
      ) : null}
      {saved ? (
        <Alert tone="success" testId="application-saved">
          <p>{t('applicationForm.saved')}</p>
        </Alert>
      ) : null}
      {failedRules.length > 0 ? <FailedRulesAlert programme={programme} rules={failedRules} onChange={onChange} /> : null}
      {formError ? (
        <Alert tone="error" id="application-form-error" testId="application-error">
          <p>{formErrorText}</p>
        </Alert>
      ) : null}
    </>
  );
}
