import { useTranslation } from 'react-i18next';
import { Alert, ErrorState, LoadingState } from '@/components/ui';
import type { AppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import type { SavedSmeCheck } from '@/lib/sme-saved-input';
import { AssessmentResult, type Assessment } from './assessment-result';

export type Outcome = { key: string; assessment: Assessment } | { key: string; error: AppError };

interface ResultViewProps {
  /** The check is running for the current answers. */
  running: boolean;
  /** Its outcome, when it is for the current answers. */
  current: Outcome | null;
  applicantName: string;
  /** The saved check, when it is of the current answers. */
  saved: SavedSmeCheck | null;
  onRetry: () => void;
  onSave: (assessment: Assessment) => void;
  onChange: () => void;
}

/** The result of the check, with "Save for my application" and "Change my answers". */
export function ResultView({ running, current, applicantName, saved, onRetry, onSave, onChange }: ResultViewProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  return (
    <section aria-labelledby="sme-result-title" aria-busy={running || undefined}>
      <h2 id="sme-result-title" tabIndex={-1}>
        {t('sme.resultTitle')}
      </h2>
      {running ? (
        <LoadingState label={t('sme.checking')} />
      ) : current && 'error' in current ? (
        <ErrorState title={t('sme.checkError')} error={current.error} onRetry={onRetry} />
      ) : current ? (
        <>
          <AssessmentResult assessment={current.assessment} applicantName={applicantName} />
          {saved ? (
            <Alert tone="success" id="sme-saved" testId="sme-saved">
              <p>{t('sme.saved', { date: formatDateTime(saved.savedAt, locale) })}</p>
            </Alert>
          ) : null}
          <div className="button-row">
            {saved ? null : (
              <button type="button" className="button" onClick={() => onSave(current.assessment)} data-testid="sme-save">
                {t('sme.save')}
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={onChange} data-testid="sme-change">
              {t('sme.changeAnswers')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}
