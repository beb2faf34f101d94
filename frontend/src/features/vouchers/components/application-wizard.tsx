import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ErrorSummary, WizardButtons, WizardHeading, WizardProgress, useWizardFocus } from '@/components/ui';
import type { ApplicationFieldsFragment, ProgrammeRulesFragment, SmeAssessmentInput } from '@/gql/graphql';
import type { AppError } from '@/lib/errors';
import { currencyFractionDigits } from '@/lib/format';
import { useServiceProviderDirectory } from '../api/service-providers';
import { useApplicationMutations } from '../api/use-application-mutations';
import {
  APPLICATION_STEPS,
  draftReducer,
  firstInvalidStep,
  stepOfField,
  validateStep,
  type ApplicationStep,
  type FormErrors,
  type FormField,
  type Problem,
} from '../model/application-draft';
import type { FailedRule } from '../model/failed-rules';
import { clearLocalEdits, writeLocalEdits, type EditsKey } from '../model/local-edits';
import { hasFlag } from '../model/navigation-state';
import { startingPoint } from '../model/wizard-start';
import { AmountDerivation } from './amount-derivation';
import { ApplicationNotices } from './application-notices';
import { ApplicationReview } from './application-review';
import { ProviderStep } from './provider-step';
import { ServicesEditor } from './services-editor';
import { SmeSection } from './sme-section';

const fieldId = (field: FormField) => `application-${field.replaceAll('.', '-')}`;

/** The submit button's text: idle and busy, on the review step and before it. */
const SUBMIT_LABELS = { submit: ['submit', 'submitting'], save: ['saveNext', 'saving'] } as const;

interface ApplicationWizardProps {
  programme: ProgrammeRulesFragment;
  /** The saved draft, or null for a new application. */
  application: ApplicationFieldsFragment | null;
  organisationName: string;
  /** The SME data confirmed on the organisation's profile: a new application starts from it. */
  profileSmeInput?: SmeAssessmentInput | null;
}

/**
 * The step-by-step application form. Each "Save and continue" checks the step, then saves the
 * whole draft on the server (created on the first step); edits not saved yet are kept in this
 * browser (`model/local-edits`), so a reload resumes where the clinic was. Submitting saves
 * once more and submits: a `NOT_ELIGIBLE` answer lists the failed rules above the form, each
 * with a way to the field to change; a `VALIDATION` error lands next to its field.
 */
export function ApplicationWizard({ programme, application, organisationName, profileSmeInput = null }: ApplicationWizardProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const digits = currencyFractionDigits(programme.currency);
  const applicationId = application?.id ?? null;
  const editsKey = useMemo<EditsKey>(
    () => (applicationId ? { applicationId } : { programmeId: programme.id }),
    [applicationId, programme.id],
  );
  const [initial] = useState(() => startingPoint(editsKey, application, organisationName, digits, profileSmeInput));
  const [draft, dispatch] = useReducer(draftReducer, initial.draft);
  const [step, setStep] = useState<ApplicationStep>(initial.step);
  const [restored, setRestored] = useState(initial.restored);
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const [failedRules, setFailedRules] = useState<FailedRule[]>([]);
  const location = useLocation();
  const [savedNotice, setSavedNotice] = useState(() => hasFlag(location.state, 'saved'));
  const justCreated = hasFlag(location.state, 'saved');
  useEffect(() => {
    // The notice is for this visit only: a reload must not repeat it.
    if (justCreated) navigate('.', { replace: true, state: null });
  }, [justCreated, navigate]);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const { headingRef, focus: setFocusTarget } = useWizardFocus(step);
  const baseRef = useRef<string | null>(application?.updatedAt ?? null);
  const mutations = useApplicationMutations(programme.id, applicationId);
  // Read once for the picker (second step) and the provider's name (review step).
  const directory = useServiceProviderDirectory();
  const index = APPLICATION_STEPS.indexOf(step);

  // Every edit and step change is kept in this browser until it is saved and submitted.
  useEffect(() => {
    writeLocalEdits(editsKey, { baseUpdatedAt: baseRef.current, step, draft });
  }, [editsKey, draft, step]);

  const errorFor = useCallback(
    (field: FormField): string | undefined => {
      const problem: Problem | undefined = errors[field];
      if (!problem) return undefined;
      if (problem === 'server' && field === 'sme') return t('applicationForm.problems.smeServer');
      if (problem === 'server' && field === 'serviceProviderId') return t('serviceProviders.notVerified');
      return t(`applicationForm.problems.${problem}`);
    },
    [errors, t],
  );

  function goTo(next: ApplicationStep, focus = 'step') {
    setStep(next);
    setFocusTarget(focus);
  }

  function showErrors(found: FormErrors) {
    setErrors(found);
    const first = (Object.keys(found) as FormField[])[0];
    if (first) goTo(stepOfField(first), fieldId(first));
  }

  /** Saves the draft (creating it the first time); returns its id and version, or null. */
  async function save(): Promise<{ id: string; updatedAt: string } | null> {
    const outcome = await mutations.save(draft);
    if (outcome.kind === 'fields') {
      setFormError(null);
      showErrors(outcome.errors);
      return null;
    }
    if (outcome.kind === 'error') {
      setFormError(outcome.error);
      setFocusTarget('application-form-error');
      return null;
    }
    baseRef.current = outcome.updatedAt;
    return outcome;
  }

  /** After the first save the draft has an id: continue at its own address. */
  function moveToSavedDraft(id: string, updatedAt: string, next: ApplicationStep) {
    writeLocalEdits({ applicationId: id }, { baseUpdatedAt: updatedAt, step: next, draft });
    clearLocalEdits(editsKey);
    navigate(`/provider/applications/${id}/edit`, { replace: true, state: { saved: true } });
  }

  async function onContinue() {
    const found = validateStep(step, draft, digits);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setErrors({});
    setBusy('save');
    const saved = await save();
    setBusy(null);
    if (!saved) return;
    const next = APPLICATION_STEPS[index + 1] ?? 'review';
    if (!application) {
      moveToSavedDraft(saved.id, saved.updatedAt, next);
      return;
    }
    setSavedNotice(true);
    setRestored(false);
    goTo(next);
  }

  async function onSubmit() {
    const invalid = firstInvalidStep(draft, digits);
    if (invalid) {
      showErrors(invalid.errors);
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy('submit');
    const saved = await save();
    if (!saved) {
      setBusy(null);
      return;
    }
    const outcome = await mutations.submit(saved.id);
    setBusy(null);
    if (outcome.kind === 'refused') {
      setFailedRules(outcome.rules);
      setFormError(null);
      setFocusTarget('application-failed-rules');
      return;
    }
    if (outcome.kind === 'error') {
      setFormError(outcome.error);
      setFocusTarget('application-form-error');
      return;
    }
    clearLocalEdits(editsKey);
    navigate(`/provider/applications/${saved.id}`, { state: { submitted: true } });
  }

  function onFormSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSavedNotice(false);
    if (step === 'review') void onSubmit();
    else void onContinue();
  }

  const stepErrors = (Object.entries(errors) as [FormField, Problem][]).filter(([field]) => stepOfField(field) === step);
  return (
    <form className="form wizard" onSubmit={onFormSubmit} noValidate data-testid="application-form">
      <p className="muted">
        {t('applicationForm.programmeLine', { name: programme.name })} ({programme.code})
      </p>
      <WizardProgress
        steps={APPLICATION_STEPS}
        current={step}
        label={t('applicationForm.progressLabel')}
        stepLabel={(s) => t(`applicationForm.steps.${s}`)}
      />

      <ApplicationNotices
        programme={programme}
        restored={restored}
        saved={savedNotice}
        failedRules={failedRules}
        formError={formError}
        onChange={(field) => goTo(stepOfField(field), fieldId(field))}
      />

      <WizardHeading
        ref={headingRef}
        count={t('applicationForm.stepOf', { current: index + 1, total: APPLICATION_STEPS.length })}
        title={t(`applicationForm.steps.${step}`)}
        step={step}
        testId="application-step"
      />
      <ErrorSummary
        title={t('errors.VALIDATION')}
        entries={stepErrors.map(([field]) => ({ fieldId: fieldId(field), text: errorFor(field) }))}
        testId="application-error-summary"
      />

      {step === 'services' ? <p className="field__hint">{t('applicationForm.draftNotice')}</p> : null}
      {step === 'services' ? (
        <ServicesEditor
          rows={draft.services}
          categories={programme.serviceCategories}
          currency={programme.currency}
          digits={digits}
          dispatch={dispatch}
          fieldId={fieldId}
          errorFor={errorFor}
        />
      ) : null}

      {step === 'services' ? <AmountDerivation programmeId={programme.id} services={draft.services} /> : null}

      {step === 'provider' ? (
        <ProviderStep draft={draft} dispatch={dispatch} directory={directory} fieldId={fieldId} errorFor={errorFor} />
      ) : null}

      {step === 'sme' ? <SmeSection draft={draft} dispatch={dispatch} fieldId={fieldId} errorFor={errorFor} /> : null}

      {step === 'review' ? (
        <ApplicationReview
          programme={programme}
          draft={draft}
          digits={digits}
          directory={directory}
          onEdit={(s) => goTo(s)}
        />
      ) : null}

      <WizardButtons
        onBack={
          index > 0
            ? () => {
                setErrors({});
                setSavedNotice(false);
                const previous = APPLICATION_STEPS[index - 1];
                if (previous) goTo(previous);
              }
            : null
        }
        backLabel={t('applicationForm.back')}
        backTestId="application-back"
        submitLabel={t(`applicationForm.${SUBMIT_LABELS[step === 'review' ? 'submit' : 'save'][busy ? 1 : 0]}`)}
        submitTestId={step === 'review' ? 'application-submit' : 'application-next'}
        busy={busy !== null}
      />
    </form>
  );
}
