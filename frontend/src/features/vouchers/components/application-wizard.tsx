import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Alert, TextField } from '@/components/ui';
import type { ApplicationFieldsFragment, ProgrammeRulesFragment } from '@/gql/graphql';
import { errorMessage, mapErrorPaths, type AppError } from '@/lib/errors';
import { currencyFractionDigits, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import {
  CreateApplicationMutation,
  SubmitApplicationMutation,
  UpdateApplicationMutation,
} from '../api/applications';
import { useServiceProviderDirectory } from '../api/service-providers';
import {
  APPLICATION_STEPS,
  draftReducer,
  emptyDraft,
  fieldForPath,
  firstInvalidStep,
  fromApplication,
  stepOfField,
  toInput,
  validateStep,
  type ApplicationDraft,
  type ApplicationStep,
  type FormErrors,
  type FormField,
  type Problem,
} from '../model/application-draft';
import { formatPercent } from '../model/display';
import { failedRulesOf, type FailedRule } from '../model/failed-rules';
import {
  clearLocalEdits,
  resumableEdits,
  writeLocalEdits,
  type EditsKey,
} from '../model/local-edits';
import { hasFlag } from '../model/navigation-state';
import { parseSmeInput, savedSmeInput } from '../model/sme-input';
import { FailedRulesAlert } from './failed-rules-alert';
import { ApplicationReview } from './application-review';
import { ServiceProviderPicker } from './service-provider-picker';
import { ServicesEditor } from './services-editor';
import { SmeSection } from './sme-section';

export const fieldId = (field: FormField) => `application-${field.replaceAll('.', '-')}`;

interface ApplicationWizardProps {
  programme: ProgrammeRulesFragment;
  /** The saved draft, or null for a new application. */
  application: ApplicationFieldsFragment | null;
  organisationName: string;
}

interface Initial {
  draft: ApplicationDraft;
  step: ApplicationStep;
  restored: boolean;
}

function initialState(
  key: EditsKey,
  application: ApplicationFieldsFragment | null,
  organisationName: string,
  digits: number,
): Initial {
  const saved = savedSmeInput();
  const base = application
    ? fromApplication({ ...application, smeInput: parseSmeInput(application.smeInput) }, organisationName, saved)
    : emptyDraft(organisationName, saved);
  const edits = resumableEdits(key, application?.updatedAt ?? null);
  if (edits) {
    return { draft: edits.draft, step: edits.step, restored: JSON.stringify(edits.draft) !== JSON.stringify(base) };
  }
  const step = application ? (firstInvalidStep(base, digits)?.step ?? 'review') : 'request';
  return { draft: base, step, restored: false };
}

/**
 * The step-by-step application form. Each "Save and continue" checks the step, then saves the
 * whole draft on the server (created on the first step); edits not saved yet are kept in this
 * browser (`model/local-edits`), so a reload resumes where the clinic was. Submitting saves
 * once more and submits: a `NOT_ELIGIBLE` answer lists the failed rules above the form, each
 * with a way to the field to change; a `VALIDATION` error lands next to its field.
 */
export function ApplicationWizard({ programme, application, organisationName }: ApplicationWizardProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const navigate = useNavigate();
  const digits = currencyFractionDigits(programme.currency);
  const applicationId = application?.id ?? null;
  const editsKey = useMemo<EditsKey>(
    () => (applicationId ? { applicationId } : { programmeId: programme.id }),
    [applicationId, programme.id],
  );
  const [initial] = useState(() => initialState(editsKey, application, organisationName, digits));
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
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const baseRef = useRef<string | null>(application?.updatedAt ?? null);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const [, create] = useMutation(CreateApplicationMutation);
  const [, update] = useMutation(UpdateApplicationMutation);
  const [, submit] = useMutation(SubmitApplicationMutation);
  // Read once for the picker (first step) and the provider's name (review step).
  const directory = useServiceProviderDirectory();
  const index = APPLICATION_STEPS.indexOf(step);

  // Every edit and step change is kept in this browser until it is saved and submitted.
  useEffect(() => {
    writeLocalEdits(editsKey, { baseUpdatedAt: baseRef.current, step, draft });
  }, [editsKey, draft, step]);

  useEffect(() => {
    if (!focusTarget) return;
    const target = focusTarget === 'step' ? stepHeadingRef.current : document.getElementById(focusTarget);
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget, step]);

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
    const input = toInput(draft);
    const result = application
      ? await update({ id: application.id, input })
      : await create({ programId: programme.id, input });
    const saved =
      result.data && 'updateVoucherApplication' in result.data
        ? result.data.updateVoucherApplication
        : result.data && 'createVoucherApplication' in result.data
          ? result.data.createVoucherApplication
          : null;
    if (result.error || !saved) {
      const entries = result.error ? mapErrorPaths(result.error) : [{ error: { kind: 'UNKNOWN' as const } }];
      const found: FormErrors = {};
      for (const entry of entries) {
        if (entry.error.kind !== 'VALIDATION' || !('path' in entry) || !entry.path) continue;
        const field = fieldForPath(entry.path, draft);
        if (field) found[field] ??= 'server';
      }
      if (Object.keys(found).length > 0) {
        setFormError(null);
        showErrors(found);
      } else {
        setFormError(entries[0]?.error ?? { kind: 'UNKNOWN' });
        setFocusTarget('application-form-error');
      }
      return null;
    }
    baseRef.current = saved.updatedAt;
    return { id: saved.id, updatedAt: saved.updatedAt };
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
    const result = await submit({ id: saved.id });
    setBusy(null);
    if (result.error || !result.data) {
      const rules = result.error ? failedRulesOf(result.error) : [];
      if (rules.length > 0) {
        setFailedRules(rules);
        setFormError(null);
        setFocusTarget('application-failed-rules');
        return;
      }
      const entries = result.error ? mapErrorPaths(result.error) : [];
      setFormError(entries[0]?.error ?? { kind: 'UNKNOWN' });
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
  const formErrorText =
    formError?.kind === 'INVALID_STATE_TRANSITION'
      ? t('applicationForm.notDraft')
      : formError?.kind === 'NOT_FOUND'
        ? t('applicationForm.notFound')
        : formError
          ? errorMessage(t, formError)
          : '';

  return (
    <form className="form wizard" onSubmit={onFormSubmit} noValidate data-testid="application-form">
      <p className="muted">
        {t('applicationForm.programmeLine', { name: programme.name })} ({programme.code})
      </p>
      <ol className="steps" aria-label={t('applicationForm.progressLabel')}>
        {APPLICATION_STEPS.map((s, i) => (
          <li
            key={s}
            className={`steps__item${s === step ? ' steps__item--current' : ''}${i < index ? ' steps__item--done' : ''}`}
            aria-current={s === step ? 'step' : undefined}
          >
            {t(`applicationForm.steps.${s}`)}
          </li>
        ))}
      </ol>

      {restored ? (
        <Alert tone="info" testId="application-restored">
          <p>{t('applicationForm.restored')}</p>
        </Alert>
      ) : null}
      {savedNotice ? (
        <Alert tone="success" testId="application-saved">
          <p>{t('applicationForm.saved')}</p>
        </Alert>
      ) : null}
      {failedRules.length > 0 ? (
        <FailedRulesAlert
          programme={programme}
          rules={failedRules}
          onChange={(field) => goTo(stepOfField(field), fieldId(field))}
        />
      ) : null}
      {formError ? (
        <Alert tone="error" id="application-form-error" testId="application-error">
          <p>{formErrorText}</p>
        </Alert>
      ) : null}

      <h2 ref={stepHeadingRef} tabIndex={-1} data-testid="application-step" data-step={step}>
        <span className="muted steps__count">
          {t('applicationForm.stepOf', { current: index + 1, total: APPLICATION_STEPS.length })}
        </span>{' '}
        {t(`applicationForm.steps.${step}`)}
      </h2>

      {stepErrors.length > 0 ? (
        <Alert tone="error" title={t('errors.VALIDATION')} testId="application-error-summary">
          <ul className="error-summary">
            {stepErrors.map(([field]) => (
              <li key={field}>
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(fieldId(field))?.focus();
                  }}
                >
                  {errorFor(field)}
                </a>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      {step === 'request' ? (
        <>
          <p className="field__hint">{t('applicationForm.draftNotice')}</p>
          <TextField
            id={fieldId('requestedAmount')}
            name="requestedAmount"
            label={t('applicationForm.requestedAmount', { currency: programme.currency })}
            hint={t('applicationForm.requestedAmountHint', {
              min: formatMoney(programme.minVoucher, programme.currency, locale),
              max: formatMoney(programme.maxVoucher, programme.currency, locale),
              percent: formatPercent(programme.aidIntensity, locale),
              digits,
            })}
            value={draft.requestedAmount}
            onChange={(value) => dispatch({ type: 'set', field: 'requestedAmount', value })}
            error={errorFor('requestedAmount')}
            inputMode="decimal"
            autoComplete="off"
            required
          />
          <ServiceProviderPicker
            id={fieldId('serviceProviderId')}
            name="serviceProviderId"
            value={draft.serviceProviderId.trim()}
            onChange={(value) => dispatch({ type: 'set', field: 'serviceProviderId', value })}
            directory={directory}
            error={errorFor('serviceProviderId')}
          />
        </>
      ) : null}

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

      <div className="button-row">
        {index > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setErrors({});
              setSavedNotice(false);
              const previous = APPLICATION_STEPS[index - 1];
              if (previous) goTo(previous);
            }}
            data-testid="application-back"
          >
            {t('applicationForm.back')}
          </button>
        ) : null}
        {step === 'review' ? (
          <button type="submit" className="button" disabled={busy !== null} data-testid="application-submit">
            {busy === 'submit' ? t('applicationForm.submitting') : t('applicationForm.submit')}
          </button>
        ) : (
          <button type="submit" className="button" disabled={busy !== null} data-testid="application-next">
            {busy === 'save' ? t('applicationForm.saving') : t('applicationForm.saveNext')}
          </button>
        )}
      </div>
    </form>
  );
}
