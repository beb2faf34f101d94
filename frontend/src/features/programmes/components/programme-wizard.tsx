import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Alert, CheckboxGroup, SelectField, TextField } from '@/components/ui';
import type { VoucherProgramInput, VoucherProgramStatus } from '@/gql/graphql';
import { errorMessage, mapErrorPaths, type AppError } from '@/lib/errors';
import { currencyFractionDigits, formatDate, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { formatPercentNumber } from '../model/display';
import {
  fieldForPath,
  firstInvalidStep,
  HEALTHCARE_TYPES,
  NIS2_CLASSES,
  SERVICE_CATEGORIES,
  serverProblemFor,
  SME_CATEGORIES,
  STEP_OF_FIELD,
  STEPS,
  TEXT_LANGUAGES,
  textOrder,
  toInput,
  validateStep,
  type DraftErrors,
  type DraftField,
  type Problem,
  type ProgramDraft,
  type WizardStep,
} from '../model/program-draft';

const fieldId = (field: DraftField) => `wizard-${field}`;

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

const SERVICE_SET: ReadonlySet<string> = new Set(SERVICE_CATEGORIES);

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
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const index = STEPS.indexOf(step);
  const digits = currencyFractionDigits(draft.currency);
  const moneyExample = digits > 0 ? `5000.${'0'.repeat(digits)}` : '5000';

  useEffect(() => {
    if (!focusTarget) return;
    const target = focusTarget === 'step' ? stepHeadingRef.current : document.getElementById(focusTarget);
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget, step]);

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
  const languageName = (l: (typeof TEXT_LANGUAGES)[number]) => t(`languages.${l}`);

  return (
    <form className="form wizard" onSubmit={onNext} noValidate data-testid="programme-wizard">
      <ol className="steps" aria-label={t('wizard.progressLabel')}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            className={`steps__item${s === step ? ' steps__item--current' : ''}${i < index ? ' steps__item--done' : ''}`}
            aria-current={s === step ? 'step' : undefined}
          >
            {t(`wizard.steps.${s}`)}
          </li>
        ))}
      </ol>
      <h2 ref={stepHeadingRef} tabIndex={-1} data-testid="wizard-step" data-step={step}>
        <span className="muted steps__count">{t('wizard.stepOf', { current: index + 1, total: STEPS.length })}</span>{' '}
        {t(`wizard.steps.${step}`)}
      </h2>

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
      {errorEntries.length > 0 ? (
        <Alert tone="error" title={t('errors.VALIDATION')} testId="wizard-error-summary">
          <ul className="error-summary">
            {errorEntries.map(([field, problem]) => (
              <li key={field}>
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(fieldId(field))?.focus();
                  }}
                >
                  {problemText(problem, field)}
                </a>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      {step === 'identity' ? (
        <>
          <TextField
            id={fieldId('code')}
            name="code"
            label={t('wizard.code')}
            hint={t('wizard.codeHint')}
            value={draft.code}
            onChange={(v) => update('code', v)}
            error={problemText(errors.code, 'code')}
            required
            maxLength={32}
          />
          <SelectField
            id={fieldId('currency')}
            name="currency"
            label={t('wizard.currency')}
            value={draft.currency}
            onChange={(v) => update('currency', v)}
            options={currencies.map((c) => ({ value: c, label: c }))}
            placeholder="—"
            error={problemText(errors.currency, 'currency')}
            required
          />
          <p className="field__hint">{t('wizard.namesHint')}</p>
          {TEXT_LANGUAGES.map((l) => (
            <TextField
              key={`name-${l}`}
              id={fieldId(`name-${l}`)}
              name={`name-${l}`}
              label={t('wizard.nameIn', { language: languageName(l) })}
              value={draft.names[l]}
              onChange={(v) => update('names', { ...draft.names, [l]: v })}
              error={problemText(errors[`name-${l}`], `name-${l}`)}
              maxLength={200}
            />
          ))}
          {TEXT_LANGUAGES.map((l) => (
            <TextField
              key={`description-${l}`}
              id={fieldId(`description-${l}`)}
              name={`description-${l}`}
              label={t('wizard.descriptionIn', { language: languageName(l) })}
              value={draft.descriptions[l]}
              onChange={(v) => update('descriptions', { ...draft.descriptions, [l]: v })}
              error={problemText(errors[`description-${l}`], `description-${l}`)}
            />
          ))}
        </>
      ) : null}

      {step === 'amounts' ? (
        <>
          {(['minVoucher', 'maxVoucher'] as const).map((field) => (
            <TextField
              key={field}
              id={fieldId(field)}
              name={field}
              label={t(`wizard.${field}`, { currency: draft.currency })}
              hint={t('wizard.amountHint', { digits, example: moneyExample })}
              value={draft[field]}
              onChange={(v) => update(field, v)}
              error={problemText(errors[field], field)}
              inputMode="decimal"
              required
            />
          ))}
          <TextField
            id={fieldId('aidIntensity')}
            name="aidIntensity"
            label={t('wizard.aidIntensity')}
            hint={t('wizard.aidIntensityHint')}
            value={draft.aidIntensity}
            onChange={(v) => update('aidIntensity', v)}
            error={problemText(errors.aidIntensity, 'aidIntensity')}
            inputMode="decimal"
            required
          />
          <TextField
            id={fieldId('prefinancingShare')}
            name="prefinancingShare"
            label={t('wizard.prefinancingShare')}
            hint={t('wizard.prefinancingHint')}
            value={draft.prefinancingShare}
            onChange={(v) => update('prefinancingShare', v)}
            error={problemText(errors.prefinancingShare, 'prefinancingShare')}
            inputMode="decimal"
          />
          <div className={`checkbox${errors.deMinimis ? ' field--invalid' : ''}`}>
            <input
              id={fieldId('deMinimis')}
              type="checkbox"
              checked={draft.deMinimis}
              onChange={(e) => update('deMinimis', e.target.checked)}
            />
            <label htmlFor={fieldId('deMinimis')}>{t('wizard.deMinimis')}</label>
          </div>
        </>
      ) : null}

      {step === 'eligibility' ? (
        <>
          <CheckboxGroup
            id={fieldId('smeCategories')}
            legend={t('wizard.smeCategories')}
            options={SME_CATEGORIES.map((v) => ({ value: v, label: t(`smeCategory.${v}`) }))}
            value={draft.smeCategories}
            onChange={(v) => update('smeCategories', v)}
            error={problemText(errors.smeCategories, 'smeCategories')}
          />
          <CheckboxGroup
            id={fieldId('healthcareTypes')}
            legend={t('wizard.healthcareTypes')}
            options={HEALTHCARE_TYPES.map((v) => ({ value: v, label: t(`healthcareType.${v}`) }))}
            value={draft.healthcareTypes}
            onChange={(v) => update('healthcareTypes', v)}
            error={problemText(errors.healthcareTypes, 'healthcareTypes')}
          />
          <CheckboxGroup
            id={fieldId('nis2Classes')}
            legend={t('wizard.nis2Classes')}
            options={NIS2_CLASSES.map((v) => ({ value: v, label: t(`nis2Class.${v}`) }))}
            value={draft.nis2Classes}
            onChange={(v) => update('nis2Classes', v)}
            error={problemText(errors.nis2Classes, 'nis2Classes')}
          />
          <CheckboxGroup
            id={fieldId('serviceCategories')}
            legend={t('wizard.serviceCategories')}
            options={[
              ...SERVICE_CATEGORIES.map((v) => ({ value: v, label: t(`serviceCategory.${v}`) })),
              // An agency's own service codes, shown as they are.
              ...draft.serviceCategories.filter((v) => !SERVICE_SET.has(v)).map((v) => ({ value: v, label: v })),
            ]}
            value={draft.serviceCategories}
            onChange={(v) => update('serviceCategories', v)}
            error={problemText(errors.serviceCategories, 'serviceCategories')}
          />
        </>
      ) : null}

      {step === 'window' ? (
        <>
          {(['opensAt', 'closesAt'] as const).map((field) => (
            <TextField
              key={field}
              id={fieldId(field)}
              name={field}
              type="date"
              label={t(`wizard.${field}`)}
              value={draft[field]}
              onChange={(v) => update(field, v)}
              error={problemText(errors[field], field)}
              required
            />
          ))}
          <TextField
            id={fieldId('validityDays')}
            name="validityDays"
            label={t('wizard.validityDays')}
            hint={t('wizard.validityHint')}
            value={draft.validityDays}
            onChange={(v) => update('validityDays', v)}
            error={problemText(errors.validityDays, 'validityDays')}
            inputMode="numeric"
            required
          />
        </>
      ) : null}

      {step === 'review' ? (
        <ReviewSummary draft={draft} locale={locale} onEdit={(s) => goTo(s)} />
      ) : null}

      <div className="button-row">
        {index > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setErrors({});
              const previous = STEPS[index - 1];
              if (previous) goTo(previous);
            }}
            data-testid="wizard-back"
          >
            {t('wizard.back')}
          </button>
        ) : null}
        {step === 'review' ? (
          <button type="submit" className="button" disabled={fetching} data-testid="wizard-submit">
            {fetching ? submittingLabel : submitLabel}
          </button>
        ) : (
          <button type="submit" className="button" data-testid="wizard-next">
            {t('wizard.next')}
          </button>
        )}
      </div>
    </form>
  );
}

function ReviewSummary({
  draft,
  locale,
  onEdit,
}: {
  draft: ProgramDraft;
  locale: string;
  onEdit: (step: WizardStep) => void;
}) {
  const { t } = useTranslation();
  const money = (amount: string) => formatMoney(amount.replace(',', '.'), draft.currency, locale);
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : t('wizard.none'));
  const rows: { step: WizardStep; items: [string, string][] }[] = [
    {
      step: 'identity',
      items: [
        [t('wizard.code'), draft.code],
        [t('wizard.currency'), draft.currency],
        ...TEXT_LANGUAGES.filter((l) => draft.names[l].trim()).map(
          (l): [string, string] => [t('wizard.nameIn', { language: t(`languages.${l}`) }), draft.names[l]],
        ),
      ],
    },
    {
      step: 'amounts',
      items: [
        [t('programmes.voucherRange'), t('programmes.voucherRangeValue', { min: money(draft.minVoucher), max: money(draft.maxVoucher) })],
        [t('wizard.aidIntensity'), formatPercentNumber(draft.aidIntensity.replace(',', '.'), locale)],
        [
          t('programmes.prefinancing'),
          draft.prefinancingShare.trim()
            ? t('programmes.prefinancingValue', { percent: formatPercentNumber(draft.prefinancingShare.replace(',', '.'), locale) })
            : t('programmes.reimbursementOnly'),
        ],
        [t('wizard.deMinimis'), draft.deMinimis ? t('wizard.yes') : t('wizard.no')],
      ],
    },
    {
      step: 'eligibility',
      items: [
        [t('wizard.smeCategories'), list(draft.smeCategories.map((v) => t(`smeCategory.${v}`)))],
        [t('wizard.healthcareTypes'), list(draft.healthcareTypes.map((v) => t(`healthcareType.${v}`)))],
        [t('wizard.nis2Classes'), list(draft.nis2Classes.map((v) => t(`nis2Class.${v}`)))],
        [
          t('wizard.serviceCategories'),
          list(
            draft.serviceCategories.map((v) =>
              (SERVICE_CATEGORIES as readonly string[]).includes(v)
                ? t(`serviceCategory.${v as (typeof SERVICE_CATEGORIES)[number]}`)
                : v,
            ),
          ),
        ],
      ],
    },
    {
      step: 'window',
      items: [
        [t('wizard.opensAt'), draft.opensAt ? formatDate(`${draft.opensAt}T00:00:00Z`, locale, { timeZone: 'UTC' }) : ''],
        [t('wizard.closesAt'), draft.closesAt ? formatDate(`${draft.closesAt}T00:00:00Z`, locale, { timeZone: 'UTC' }) : ''],
        [t('wizard.validityDays'), draft.validityDays],
      ],
    },
  ];
  return (
    <div data-testid="wizard-review">
      {rows.map((section) => (
        <section key={section.step} className="panel" aria-labelledby={`review-${section.step}`}>
          <h3 id={`review-${section.step}`}>{t(`wizard.steps.${section.step}`)}</h3>
          <dl className="summary">
            {section.items.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onEdit(section.step)}
            aria-label={`${t('wizard.edit')}: ${t(`wizard.steps.${section.step}`)}`}
          >
            {t('wizard.edit')}
          </button>
        </section>
      ))}
    </div>
  );
}
