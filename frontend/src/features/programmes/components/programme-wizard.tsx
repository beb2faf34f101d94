import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Alert, ErrorSummary, WizardButtons, WizardHeading, WizardProgress, useWizardFocus } from '@/components/ui';
import type { VoucherProgramInput, VoucherProgramStatus } from '@/gql/graphql';
import { errorMessage, mapErrorPaths, type AppError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import {
  fieldForPath,
  firstInvalidStep,
  serverProblemFor,
  STEP_OF_FIELD,
  STEPS,
  textOrder,
  toInput,
  validateStep,
  type DraftErrors,
  type DraftField,
  type Problem,
  type ProgramDraft,
  type WizardStep,
} from '../model/program-draft';
import { ReviewSummary } from './programme-review';
import { AmountsStep, EligibilityStep, IdentityStep, WindowStep, wizardFieldId as fieldId } from './programme-steps';


/** What the page does with the input: create or update; resolves to the programme's id or an error. */
type SubmitProgramme = (
  input: VoucherProgramInput,
) => Promise<{ id: string | null; error?: CombinedError | undefined }>;

interface ProgrammeWizardProps {
  initialDraft: ProgramDraft;
  currencies: string[];
  /** The programme's status when editing; null when creating. */
  status: VoucherProgramStatus | null;
  submitLabel: string;
  submittingLabel: string;
  onSubmit: SubmitProgramme;
  onDone: (id: string) => void;
}

/**
 * The step-by-step programme form, for a new programme and for editing one. Each step is
 * checked on the client before moving on; a server error's field path is brought back to its
 * step and field.
 */
export function ProgrammeWizard({
  initialDraft,
  currencies,
  status,
  submitLabel,
  submittingLabel,
  onSubmit,
  onDone,
}: ProgrammeWizardProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [draft, setDraft] = useState<ProgramDraft>(initialDraft);
  const [fetching, setFetching] = useState(false);
  const [step, setStep] = useState<WizardStep>('identity');
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const { headingRef, focus: setFocusTarget } = useWizardFocus(step);
  const index = STEPS.indexOf(step);

  function update<K extends keyof ProgramDraft>(key: K, value: ProgramDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
  }

  function problemText(problem: Problem | undefined, field: DraftField): string | undefined {
    if (!problem) return undefined;
    if (problem === 'server' && field === 'code' && formError?.kind === 'CONFLICT') return t('wizard.conflict');
    if (problem === 'frozen') return frozenText(field);
    return t(`wizard.problems.${problem}`);
  }

  function frozenText(field: DraftField): string {
    switch (field) {
      case 'minVoucher':
        return t('wizard.kept.minVoucher');
      case 'maxVoucher':
        return t('wizard.kept.maxVoucher');
      case 'closesAt':
        return t('wizard.kept.closesAt');
      case 'code':
        return t('wizard.kept.code');
      case 'smeCategories':
      case 'healthcareTypes':
      case 'nis2Classes':
      case 'serviceCategories':
        return t('wizard.kept.widenOnly');
      default:
        return t('wizard.kept.unchanged');
    }
  }

  function goTo(next: WizardStep, focus: string = 'step') {
    setStep(next);
    setFocusTarget(focus);
  }

  function showErrors(found: DraftErrors, at: WizardStep) {
    setErrors(found);
    const first = (Object.keys(found) as DraftField[])[0];
    goTo(at, first ? fieldId(first) : 'step');
  }

  function onNext(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (step !== 'review') {
      const found = validateStep(step, draft);
      if (Object.keys(found).length > 0) {
        showErrors(found, step);
        return;
      }
      setErrors({});
      const next = STEPS[index + 1];
      if (next) goTo(next);
      return;
    }
    void submit();
  }

  async function submit() {
    const invalid = firstInvalidStep(draft);
    if (invalid) {
      showErrors(invalid.errors, invalid.step);
      return;
    }
    setFetching(true);
    const result = await onSubmit(toInput(draft));
    setFetching(false);
    if (result.error || !result.id) {
      const entries = result.error ? mapErrorPaths(result.error) : [{ error: { kind: 'UNKNOWN' as const } }];
      const first = entries[0]?.error ?? { kind: 'UNKNOWN' };
      setFormError(first);
      const order = textOrder(draft);
      const found: DraftErrors = {};
      for (const entry of entries) {
        if (entry.error.kind === 'CONFLICT') found.code ??= 'server';
        if (entry.error.kind !== 'VALIDATION' || !entry.path) continue;
        const field = fieldForPath(entry.path, order);
        if (field) found[field] ??= serverProblemFor(field, status);
      }
      const firstField = (Object.keys(found) as DraftField[])[0];
      if (firstField) showErrors(found, STEP_OF_FIELD[firstField]);
      else setFocusTarget('wizard-form-error');
      return;
    }
    onDone(result.id);
  }

  const errorEntries = (Object.entries(errors) as [DraftField, Problem][]).filter(
    ([field]) => STEP_OF_FIELD[field] === step,
  );
  const stepProps = { draft, update, errorOf: (field: DraftField) => problemText(errors[field], field) };

  return (
    <form className="form wizard" onSubmit={onNext} noValidate data-testid="programme-wizard">
      <WizardProgress
        steps={STEPS}
        current={step}
        label={t('wizard.progressLabel')}
        stepLabel={(s) => t(`wizard.steps.${s}`)}
      />
      <WizardHeading
        ref={headingRef}
        count={t('wizard.stepOf', { current: index + 1, total: STEPS.length })}
        title={t(`wizard.steps.${step}`)}
        step={step}
        testId="wizard-step"
      />

      {formError && (errorEntries.length === 0 || formError.kind !== 'VALIDATION') ? (
        <Alert tone="error" id="wizard-form-error" testId="wizard-error">
          <p>
            {formError.kind === 'CONFLICT'
              ? t('wizard.conflict')
              : formError.kind === 'VALIDATION' && status !== null && status !== 'DRAFT' && status !== 'OPEN'
                ? t('wizard.kept.closed')
                : errorMessage(t, formError)}
          </p>
        </Alert>
      ) : null}
      <ErrorSummary
        title={t('errors.VALIDATION')}
        entries={errorEntries.map(([field, problem]) => ({ fieldId: fieldId(field), text: problemText(problem, field) }))}
        testId="wizard-error-summary"
      />

      {step === 'identity' ? <IdentityStep {...stepProps} currencies={currencies} /> : null}
      {step === 'amounts' ? <AmountsStep {...stepProps} /> : null}
      {step === 'eligibility' ? <EligibilityStep {...stepProps} /> : null}
      {step === 'window' ? <WindowStep {...stepProps} /> : null}
      {step === 'review' ? <ReviewSummary draft={draft} locale={locale} onEdit={(s) => goTo(s)} /> : null}

      <WizardButtons
        onBack={
          index > 0
            ? () => {
                setErrors({});
                const previous = STEPS[index - 1];
                if (previous) goTo(previous);
              }
            : null
        }
        backLabel={t('wizard.back')}
        backTestId="wizard-back"
        submitLabel={step === 'review' ? (fetching ? submittingLabel : submitLabel) : t('wizard.next')}
        submitTestId={step === 'review' ? 'wizard-submit' : 'wizard-next'}
        busy={step === 'review' && fetching}
      />
    </form>
  );
}
