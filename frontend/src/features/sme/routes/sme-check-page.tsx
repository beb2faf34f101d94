import { useEffect, useMemo, useReducer, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { Alert } from '@/components/ui';
import { errorMessage, mapErrorPaths, type AppError } from '@/lib/errors';
import { loadSavedSmeCheck, saveSmeInput, type SavedSmeCheck } from '@/lib/sme-saved-input';
import { local } from '@/lib/storage';
import { useDocumentTitle } from '@/lib/use-document-title';
import { SmeAssessmentQuery } from '../api/sme-assessment';
import { ApplicantStep } from '../components/applicant-step';
import type { Assessment } from '../components/assessment-result';
import { ErrorSummary } from '../components/error-summary';
import { HoldingsStep } from '../components/holdings-step';
import { PartiesStep } from '../components/parties-step';
import { usePartyName } from '../components/party-name';
import { ResultView, type Outcome } from '../components/result-view';
import { ReviewSummary } from '../components/review-summary';
import { StartOver } from '../components/start-over';
import { StepProgress } from '../components/step-progress';
import {
  errorsOfStep,
  fieldKey,
  firstInvalidStep,
  serverFieldErrors,
  validateStep,
  type FieldRef,
  type SmeErrors,
} from '../model/checks';
import { loadWizardState, saveWizardState } from '../model/persistence';
import { toSmeInput } from '../model/to-input';
import {
  APPLICANT_ID,
  createInitialState,
  SME_STEPS,
  smeWizardReducer,
  type SmeStep,
  type SmeWizardState,
} from '../model/wizard';

/** Last calendar year: the usual latest approved accounting period. */
function defaultPeriodLabel(): string {
  return String(new Date().getFullYear() - 1);
}

function initialState(): SmeWizardState {
  return loadWizardState(local) ?? createInitialState(defaultPeriodLabel());
}

/**
 * The public SME self-assessment (/sme-check): a four-step form (the applicant, connected
 * parties, holdings and controls, review) and the result. The answers are kept in this browser;
 * each step is its own component, this page holds the state, the checks and the query.
 */
export default function SmeCheckPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sme.title'));
  const client = useClient();
  const [state, dispatch] = useReducer(smeWizardReducer, undefined, initialState);
  const [errors, setErrors] = useState<SmeErrors>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<SavedSmeCheck | null>(() => loadSavedSmeCheck(local));
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const partyName = usePartyName(state);

  const input = useMemo(() => toSmeInput(state), [state]);
  const inputKey = useMemo(() => JSON.stringify(input), [input]);
  const view = state.view;
  const step: SmeStep = view === 'result' ? 'review' : view;
  const index = SME_STEPS.indexOf(step);

  // The answers survive a reload.
  useEffect(() => saveWizardState(local, state), [state]);

  useEffect(() => {
    if (!focusTarget) return;
    const target = focusTarget === 'step' ? stepHeadingRef.current : document.getElementById(focusTarget);
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget, view]);

  function goTo(next: SmeStep | 'result', focus = 'step') {
    dispatch({ type: 'goTo', view: next });
    setFocusTarget(focus);
  }

  function showErrors(found: SmeErrors, at: SmeStep) {
    setErrors(found);
    const first = Object.keys(found)[0];
    goTo(at, first ?? 'step');
  }

  // The result view runs the check (again after a reload, or whenever the answers changed).
  useEffect(() => {
    if (view !== 'result' || outcome?.key === inputKey) return;
    const invalid = firstInvalidStep(state);
    if (invalid) {
      showErrors(invalid.errors, invalid.step);
      return;
    }
    let live = true;
    void client
      .query(SmeAssessmentQuery, { input }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!live) return;
        const assessment = result.data?.smeAssessment;
        if (assessment) {
          setOutcome({ key: inputKey, assessment });
          setFocusTarget('sme-result-title');
          return;
        }
        const entries = result.error ? mapErrorPaths(result.error) : [{ error: { kind: 'UNKNOWN' as const } }];
        const first: AppError = entries[0]?.error ?? { kind: 'UNKNOWN' };
        const found = serverFieldErrors(entries, state);
        if (found) {
          setFormError(first);
          showErrors(found.errors, found.step);
          return;
        }
        setOutcome({ key: inputKey, error: first });
        setFocusTarget('sme-result-title');
      });
    return () => {
      live = false;
    };
    // `state` is read as of the answers that `inputKey` stands for.
  }, [view, inputKey, attempt]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (step !== 'review') {
      const found = validateStep(step, state);
      if (Object.keys(found).length > 0) {
        showErrors(found, step);
        return;
      }
      setErrors({});
      const next = SME_STEPS[index + 1];
      if (next) goTo(next);
      return;
    }
    const invalid = firstInvalidStep(state);
    if (invalid) {
      showErrors(invalid.errors, invalid.step);
      return;
    }
    setErrors({});
    goTo('result', 'sme-result-title');
  }

  function startOver() {
    dispatch({ type: 'reset', periodLabel: defaultPeriodLabel() });
    setErrors({});
    setFormError(null);
    setOutcome(null);
    setFocusTarget('step');
  }

  function errorText(ref: FieldRef): string | undefined {
    const error = errors[fieldKey(ref)];
    return error ? t(`sme.problems.${error.problem}`) : undefined;
  }

  const stepErrors = errorsOfStep(errors, step);
  const running = view === 'result' && outcome?.key !== inputKey;
  const current = outcome && outcome.key === inputKey ? outcome : null;
  const savedMatches = saved !== null && JSON.stringify(saved.input) === inputKey;

  function onSave(assessment: Assessment) {
    setSaved(
      saveSmeInput(input, { category: assessment.category, isSme: assessment.isSme, ruleVersion: assessment.ruleVersion }),
    );
    setFocusTarget('sme-saved');
  }

  const stepProps = { state, dispatch, errorText };
  return (
    <>
      <h1 id="sme-title" tabIndex={-1}>
        {t('sme.title')}
      </h1>
      <p className="lead">{t('sme.intro')}</p>
      <p className="muted">{t('sme.keptNote')}</p>

      {view === 'result' ? (
        <ResultView
          running={running}
          current={current}
          applicantName={partyName(APPLICANT_ID)}
          saved={savedMatches ? saved : null}
          onRetry={() => {
            setOutcome(null);
            setAttempt((n) => n + 1);
          }}
          onSave={onSave}
          onChange={() => goTo('review')}
        />
      ) : (
        <form className="form wizard" onSubmit={onSubmit} noValidate data-testid="sme-wizard">
          <StepProgress step={step} headingRef={stepHeadingRef} />

          {formError && (stepErrors.length === 0 || formError.kind !== 'VALIDATION') ? (
            <Alert tone="error" testId="sme-error">
              <p>{errorMessage(t, formError)}</p>
            </Alert>
          ) : null}
          {stepErrors.length > 0 ? <ErrorSummary state={state} errors={stepErrors} /> : null}

          {step === 'applicant' ? <ApplicantStep {...stepProps} /> : null}
          {step === 'parties' ? <PartiesStep {...stepProps} onAdded={setFocusTarget} /> : null}
          {step === 'holdings' ? <HoldingsStep {...stepProps} /> : null}
          {step === 'review' ? (
            <>
              <p>{t('sme.reviewIntro')}</p>
              <ReviewSummary state={state} onEdit={(s) => goTo(s)} />
            </>
          ) : null}

          <div className="button-row">
            {index > 0 ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setErrors({});
                  const previous = SME_STEPS[index - 1];
                  if (previous) goTo(previous);
                }}
                data-testid="sme-back"
              >
                {t('sme.back')}
              </button>
            ) : null}
            <button type="submit" className="button" data-testid={step === 'review' ? 'sme-submit' : 'sme-next'}>
              {step === 'review' ? t('sme.check') : t('sme.next')}
            </button>
          </div>
        </form>
      )}

      <StartOver onConfirm={startOver} focus={setFocusTarget} />
    </>
  );
}
