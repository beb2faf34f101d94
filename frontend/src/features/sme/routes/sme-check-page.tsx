import { useEffect, useMemo, useReducer, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { Alert, EmptyState, ErrorState, LoadingState, SelectField, TextField } from '@/components/ui';
import { errorMessage, mapErrorPaths, type AppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { loadSavedSmeCheck, saveSmeInput, type SavedSmeCheck } from '@/lib/sme-saved-input';
import { local } from '@/lib/storage';
import { useDocumentTitle } from '@/lib/use-document-title';
import { SmeAssessmentQuery } from '../api/sme-assessment';
import { AssessmentResult, type Assessment } from '../components/assessment-result';
import { HoldingsEditor } from '../components/holdings-editor';
import { MarketFields, PartyCard, PeriodsEditor } from '../components/party-editor';
import { usePartyName } from '../components/party-name';
import { ReviewSummary } from '../components/review-summary';
import { loadWizardState, saveWizardState } from '../model/persistence';
import {
  APPLICANT_ID,
  createInitialState,
  errorsOfStep,
  fieldKey,
  firstInvalidStep,
  PARTY_KINDS,
  serverFieldErrors,
  SME_CATEGORY_VALUES,
  SME_STEPS,
  smeWizardReducer,
  toSmeInput,
  validateStep,
  type FieldRef,
  type SmeErrors,
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

type Outcome = { key: string; assessment: Assessment } | { key: string; error: AppError };

export default function SmeCheckPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  useDocumentTitle(t('sme.title'));
  const client = useClient();
  const [state, dispatch] = useReducer(smeWizardReducer, undefined, initialState);
  const [errors, setErrors] = useState<SmeErrors>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<SavedSmeCheck | null>(() => loadSavedSmeCheck(local));
  const [confirmReset, setConfirmReset] = useState(false);
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
    setConfirmReset(false);
    setFocusTarget('step');
  }

  function errorText(ref: FieldRef): string | undefined {
    const error = errors[fieldKey(ref)];
    return error ? t(`sme.problems.${error.problem}`) : undefined;
  }

  const stepErrors = errorsOfStep(errors, step);

  function summaryText(key: string): string {
    const error = errors[key];
    if (!error) return '';
    const { ref } = error;
    const problem = t(`sme.problems.${error.problem}`);
    if (ref.scope === 'holding') {
      const number = state.holdings.findIndex((h) => h.id === ref.holdingId) + 1;
      return t('sme.summaryField', {
        where: t('sme.holdingLegend', { number }),
        field: t(`sme.${ref.field}`),
        problem,
      });
    }
    if (ref.scope === 'form') return problem;
    const fieldLabels: Record<string, string> = {
      name: t('sme.name'),
      kind: t('sme.partyKind'),
      exemptKind: t('sme.exemptKind'),
      totalInvestmentEur: t('sme.totalInvestmentEur'),
      annualBudgetEur: t('sme.annualBudgetEur'),
      inhabitants: t('sme.inhabitants'),
      market: t('sme.market'),
      periods: t('sme.periodsTitle'),
      label: t('sme.periodLabel'),
      staff: t('sme.staff'),
      annualTurnover: t('sme.annualTurnover'),
      balanceSheetTotal: t('sme.balanceSheetTotal'),
    };
    let context = partyName(ref.partyId);
    if (ref.scope === 'period') {
      const party = ref.partyId === APPLICANT_ID ? state.applicant : state.parties.find((p) => p.id === ref.partyId);
      const period = party?.periods.find((p) => p.id === ref.periodId);
      if (period?.label.trim()) context = `${context}, ${period.label.trim()}`;
    }
    return t('sme.summaryField', { where: context, field: fieldLabels[ref.field] ?? ref.field, problem });
  }

  const running = view === 'result' && outcome?.key !== inputKey;
  const current = outcome && outcome.key === inputKey ? outcome : null;
  const savedMatches = saved !== null && JSON.stringify(saved.input) === inputKey;

  function onSave(assessment: Assessment) {
    setSaved(
      saveSmeInput(input, { category: assessment.category, isSme: assessment.isSme, ruleVersion: assessment.ruleVersion }),
    );
    setFocusTarget('sme-saved');
  }

  return (
    <>
      <h1 id="sme-title" tabIndex={-1}>
        {t('sme.title')}
      </h1>
      <p className="lead">{t('sme.intro')}</p>
      <p className="muted">{t('sme.keptNote')}</p>

      {view === 'result' ? (
        <section aria-labelledby="sme-result-title" aria-busy={running || undefined}>
          <h2 id="sme-result-title" tabIndex={-1}>
            {t('sme.resultTitle')}
          </h2>
          {running ? (
            <LoadingState label={t('sme.checking')} />
          ) : current && 'error' in current ? (
            <ErrorState title={t('sme.checkError')} error={current.error} onRetry={() => {
              setOutcome(null);
              setAttempt((n) => n + 1);
            }} />
          ) : current ? (
            <>
              <AssessmentResult assessment={current.assessment} applicantName={partyName(APPLICANT_ID)} />
              {savedMatches ? (
                <Alert tone="success" id="sme-saved" testId="sme-saved">
                  <p>{t('sme.saved', { date: formatDateTime(saved.savedAt, locale) })}</p>
                </Alert>
              ) : null}
              <div className="button-row">
                {savedMatches ? null : (
                  <button type="button" className="button" onClick={() => onSave(current.assessment)} data-testid="sme-save">
                    {t('sme.save')}
                  </button>
                )}
                <button type="button" className="button button--secondary" onClick={() => goTo('review')} data-testid="sme-change">
                  {t('sme.changeAnswers')}
                </button>
              </div>
            </>
          ) : null}
        </section>
      ) : (
        <form className="form wizard" onSubmit={onSubmit} noValidate data-testid="sme-wizard">
          <ol className="steps" aria-label={t('sme.progressLabel')}>
            {SME_STEPS.map((s, i) => (
              <li
                key={s}
                className={`steps__item${s === step ? ' steps__item--current' : ''}${i < index ? ' steps__item--done' : ''}`}
                aria-current={s === step ? 'step' : undefined}
              >
                {t(`sme.steps.${s}`)}
              </li>
            ))}
          </ol>
          <h2 ref={stepHeadingRef} tabIndex={-1} data-testid="sme-step" data-step={step}>
            <span className="muted steps__count">{t('sme.stepOf', { current: index + 1, total: SME_STEPS.length })}</span>{' '}
            {t(`sme.steps.${step}`)}
          </h2>

          {formError && (stepErrors.length === 0 || formError.kind !== 'VALIDATION') ? (
            <Alert tone="error" testId="sme-error">
              <p>{errorMessage(t, formError)}</p>
            </Alert>
          ) : null}
          {stepErrors.length > 0 ? (
            <Alert tone="error" title={t('errors.VALIDATION')} testId="sme-error-summary">
              <ul className="error-summary">
                {stepErrors.map(([key]) => (
                  <li key={key}>
                    <a
                      href={`#${key}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(key)?.focus();
                      }}
                    >
                      {summaryText(key)}
                    </a>
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}

          {step === 'applicant' ? (
            <>
              <p>{t('sme.applicantIntro')}</p>
              <TextField
                id={fieldKey({ scope: 'party', partyId: APPLICANT_ID, field: 'name' })}
                name="name"
                label={t('sme.applicantName')}
                value={state.applicant.name}
                onChange={(name) => dispatch({ type: 'updateParty', id: APPLICANT_ID, patch: { name } })}
                error={errorText({ scope: 'party', partyId: APPLICANT_ID, field: 'name' })}
                autoComplete="organization"
                maxLength={200}
                required
              />
              <MarketFields party={state.applicant} dispatch={dispatch} errorText={errorText} />
              <PeriodsEditor
                party={state.applicant}
                dispatch={dispatch}
                errorText={errorText}
                title={t('sme.periodsTitle')}
                hint={t('sme.periodsHint')}
                level={3}
              />
              <SelectField
                id={fieldKey({ scope: 'form', field: 'previousCategory' })}
                name="previousCategory"
                label={t('sme.previousCategory')}
                hint={t('sme.previousCategoryHint')}
                placeholder={t('sme.previousCategoryUnknown')}
                value={state.previousCategory}
                onChange={(v) =>
                  dispatch({ type: 'setPreviousCategory', value: SME_CATEGORY_VALUES.find((c) => c === v) ?? '' })
                }
                options={SME_CATEGORY_VALUES.map((c) => ({ value: c, label: t(`smeCategory.${c}`) }))}
              />
            </>
          ) : null}

          {step === 'parties' ? (
            <div id={fieldKey({ scope: 'form', field: 'parties' })} tabIndex={-1}>
              <p>{t('sme.partiesIntro')}</p>
              {errorText({ scope: 'form', field: 'parties' }) ? (
                <p className="field__error">{errorText({ scope: 'form', field: 'parties' })}</p>
              ) : null}
              {state.parties.length === 0 ? <EmptyState>{t('sme.partiesEmpty')}</EmptyState> : null}
              {state.parties.map((party, i) => (
                <PartyCard key={party.id} party={party} number={i + 1} dispatch={dispatch} errorText={errorText} />
              ))}
              <div className="button-row">
                {PARTY_KINDS.map((kind) => (
                  <button
                    key={kind}
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      dispatch({ type: 'addParty', kind });
                      setFocusTarget(`sme-party-p${state.nextId}-name`);
                    }}
                    data-testid={`sme-add-${kind}`}
                  >
                    {t(`sme.addParty.${kind}`)}
                  </button>
                ))}
              </div>
            </div>
          ) : null}

          {step === 'holdings' ? (
            <>
              <p>{t('sme.holdingsIntro')}</p>
              <HoldingsEditor state={state} dispatch={dispatch} errorText={errorText} />
            </>
          ) : null}

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

      <section className="panel" aria-labelledby="sme-start-over-title">
        <h2 id="sme-start-over-title" className="visually-hidden">
          {t('sme.startOver')}
        </h2>
        {confirmReset ? (
          <div role="group" aria-labelledby="sme-start-over-question">
            <p id="sme-start-over-question">{t('sme.startOverConfirm')}</p>
            <div className="button-row">
              <button
                type="button"
                id="sme-start-over-confirm"
                className="button"
                onClick={startOver}
                data-testid="sme-start-over-confirm"
              >
                {t('sme.startOverYes')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setConfirmReset(false);
                  setFocusTarget('sme-start-over');
                }}
              >
                {t('sme.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            id="sme-start-over"
            className="button button--secondary"
            onClick={() => {
              setConfirmReset(true);
              setFocusTarget('sme-start-over-confirm');
            }}
            data-testid="sme-start-over"
          >
            {t('sme.startOver')}
          </button>
        )}
      </section>
    </>
  );
}
