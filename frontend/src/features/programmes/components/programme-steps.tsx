/** The fields of the programme wizard's first four steps; the wizard owns the draft and errors. */
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui';
import { currencyFractionDigits } from '@/lib/format';
import {
  FOUR_EYES_MODES,
  HEALTHCARE_TYPES,
  isFourEyesMode,
  NIS2_CLASSES,
  SERVICE_CATEGORIES,
  SME_CATEGORIES,
  TEXT_LANGUAGES,
  type DraftField,
  type ProgramDraft,
} from '../model/program-draft';

export const wizardFieldId = (field: DraftField) => `wizard-${field}`;

export interface ProgrammeStepProps {
  draft: ProgramDraft;
  update: <K extends keyof ProgramDraft>(key: K, value: ProgramDraft[K]) => void;
  /** The sentence for a field's problem, if it has one. */
  errorOf: (field: DraftField) => string | undefined;
}

const SERVICE_SET: ReadonlySet<string> = new Set(SERVICE_CATEGORIES);

export function IdentityStep({ draft, update, errorOf, currencies }: ProgrammeStepProps & { currencies: string[] }) {
  const { t } = useTranslation();
  const languageName = (l: (typeof TEXT_LANGUAGES)[number]) => t(`languages.${l}`);
  return (
    <>
      <TextField
        id={wizardFieldId('code')}
        name="code"
        label={t('wizard.code')}
        hint={t('wizard.codeHint')}
        value={draft.code}
        onChange={(v) => update('code', v)}
        error={errorOf('code')}
        required
        maxLength={32}
      />
      <SelectField
        id={wizardFieldId('currency')}
        name="currency"
        label={t('wizard.currency')}
        value={draft.currency}
        onChange={(v) => update('currency', v)}
        options={currencies.map((c) => ({ value: c, label: c }))}
        placeholder="—"
        error={errorOf('currency')}
        required
      />
      <p className="field__hint">{t('wizard.namesHint')}</p>
      {TEXT_LANGUAGES.map((l) => (
        <TextField
          key={`name-${l}`}
          id={wizardFieldId(`name-${l}`)}
          name={`name-${l}`}
          label={t('wizard.nameIn', { language: languageName(l) })}
          value={draft.names[l]}
          onChange={(v) => update('names', { ...draft.names, [l]: v })}
          error={errorOf(`name-${l}`)}
          maxLength={200}
        />
      ))}
      {TEXT_LANGUAGES.map((l) => (
        <TextField
          key={`description-${l}`}
          id={wizardFieldId(`description-${l}`)}
          name={`description-${l}`}
          label={t('wizard.descriptionIn', { language: languageName(l) })}
          value={draft.descriptions[l]}
          onChange={(v) => update('descriptions', { ...draft.descriptions, [l]: v })}
          error={errorOf(`description-${l}`)}
        />
      ))}
    </>
  );
}

export function AmountsStep({ draft, update, errorOf }: ProgrammeStepProps) {
  const { t } = useTranslation();
  const digits = currencyFractionDigits(draft.currency);
  const moneyExample = digits > 0 ? `5000.${'0'.repeat(digits)}` : '5000';
  return (
    <>
      {(['minVoucher', 'maxVoucher'] as const).map((field) => (
        <TextField
          key={field}
          id={wizardFieldId(field)}
          name={field}
          label={t(`wizard.${field}`, { currency: draft.currency })}
          hint={t('wizard.amountHint', { digits, example: moneyExample })}
          value={draft[field]}
          onChange={(v) => update(field, v)}
          error={errorOf(field)}
          inputMode="decimal"
          required
        />
      ))}
      <TextField
        id={wizardFieldId('aidIntensity')}
        name="aidIntensity"
        label={t('wizard.aidIntensity')}
        hint={t('wizard.aidIntensityHint')}
        value={draft.aidIntensity}
        onChange={(v) => update('aidIntensity', v)}
        error={errorOf('aidIntensity')}
        inputMode="decimal"
        required
      />
      <TextField
        id={wizardFieldId('prefinancingShare')}
        name="prefinancingShare"
        label={t('wizard.prefinancingShare')}
        hint={t('wizard.prefinancingHint')}
        value={draft.prefinancingShare}
        onChange={(v) => update('prefinancingShare', v)}
        error={errorOf('prefinancingShare')}
        inputMode="decimal"
      />
      <div className={`checkbox${errorOf('deMinimis') ? ' field--invalid' : ''}`}>
        <input
          id={wizardFieldId('deMinimis')}
          type="checkbox"
          checked={draft.deMinimis}
          onChange={(e) => update('deMinimis', e.target.checked)}
        />
        <label htmlFor={wizardFieldId('deMinimis')}>{t('wizard.deMinimis')}</label>
      </div>
      <SelectField
        id="wizard-fourEyesMode"
        name="fourEyesMode"
        label={t('wizard.fourEyes')}
        hint={t('wizard.fourEyesHint')}
        value={draft.fourEyesMode}
        onChange={(v) => {
          if (isFourEyesMode(v)) update('fourEyesMode', v);
        }}
        options={FOUR_EYES_MODES.map((mode) => ({ value: mode, label: t(`wizard.fourEyesModes.${mode}`) }))}
      />
      {draft.fourEyesMode === 'AT_OR_ABOVE' ? (
        <TextField
          id={wizardFieldId('fourEyesThreshold')}
          name="fourEyesThreshold"
          label={t('wizard.fourEyesThreshold', { currency: draft.currency })}
          hint={t('wizard.amountHint', { digits, example: moneyExample })}
          value={draft.fourEyesThreshold}
          onChange={(v) => update('fourEyesThreshold', v)}
          error={errorOf('fourEyesThreshold')}
          inputMode="decimal"
          required
        />
      ) : null}
    </>
  );
}

export function EligibilityStep({ draft, update, errorOf }: ProgrammeStepProps) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxGroup
        id={wizardFieldId('smeCategories')}
        legend={t('wizard.smeCategories')}
        options={SME_CATEGORIES.map((v) => ({ value: v, label: t(`smeCategory.${v}`) }))}
        value={draft.smeCategories}
        onChange={(v) => update('smeCategories', v)}
        error={errorOf('smeCategories')}
      />
      <CheckboxGroup
        id={wizardFieldId('healthcareTypes')}
        legend={t('wizard.healthcareTypes')}
        options={HEALTHCARE_TYPES.map((v) => ({ value: v, label: t(`healthcareType.${v}`) }))}
        value={draft.healthcareTypes}
        onChange={(v) => update('healthcareTypes', v)}
        error={errorOf('healthcareTypes')}
      />
      <CheckboxGroup
        id={wizardFieldId('nis2Classes')}
        legend={t('wizard.nis2Classes')}
        options={NIS2_CLASSES.map((v) => ({ value: v, label: t(`nis2Class.${v}`) }))}
        value={draft.nis2Classes}
        onChange={(v) => update('nis2Classes', v)}
        error={errorOf('nis2Classes')}
      />
      <CheckboxGroup
        id={wizardFieldId('serviceCategories')}
        legend={t('wizard.serviceCategories')}
        options={[
          ...SERVICE_CATEGORIES.map((v) => ({ value: v, label: t(`serviceCategory.${v}`) })),
          // An agency's own service codes, shown as they are.
          ...draft.serviceCategories.filter((v) => !SERVICE_SET.has(v)).map((v) => ({ value: v, label: v })),
        ]}
        value={draft.serviceCategories}
        onChange={(v) => update('serviceCategories', v)}
        error={errorOf('serviceCategories')}
      />
    </>
  );
}

export function WindowStep({ draft, update, errorOf }: ProgrammeStepProps) {
  const { t } = useTranslation();
  return (
    <>
      {(['opensAt', 'closesAt'] as const).map((field) => (
        <TextField
          key={field}
          id={wizardFieldId(field)}
          name={field}
          type="date"
          label={t(`wizard.${field}`)}
          value={draft[field]}
          onChange={(v) => update(field, v)}
          error={errorOf(field)}
          required
        />
      ))}
      <TextField
        id={wizardFieldId('validityDays')}
        name="validityDays"
        label={t('wizard.validityDays')}
        hint={t('wizard.validityHint')}
        value={draft.validityDays}
        onChange={(v) => update('validityDays', v)}
        error={errorOf('validityDays')}
        inputMode="numeric"
        required
      />
    </>
  );
}
