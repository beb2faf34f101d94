import type {
  HealthcareType,
  Nis2Class,
  SmeCategory,
  VoucherProgramInput,
} from '@/gql/graphql';
import { checkPositiveDecimal, compareDecimals, normaliseDecimalInput } from '@/lib/decimal';
import { currencyFractionDigits } from '@/lib/format';

export const STEPS = ['identity', 'amounts', 'eligibility', 'window', 'review'] as const;
export type WizardStep = (typeof STEPS)[number];

/** The languages the form offers texts in (the UI languages). */
export const TEXT_LANGUAGES = ['en', 'de', 'fr'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export const SME_CATEGORIES: readonly SmeCategory[] = ['MICRO', 'SMALL', 'MEDIUM'];
export const HEALTHCARE_TYPES: readonly HealthcareType[] = [
  'HOSPITAL',
  'CLINIC',
  'PRIMARY_CARE',
  'LABORATORY',
  'OTHER',
];
export const NIS2_CLASSES: readonly Nis2Class[] = ['ESSENTIAL', 'IMPORTANT', 'NOT_IN_SCOPE'];
export const SERVICE_CATEGORIES = [
  'RISK_ASSESSMENT',
  'PENETRATION_TESTING',
  'SECURITY_TRAINING',
  'BACKUP_AND_RECOVERY',
  'MONITORING_AND_DETECTION',
  'INCIDENT_RESPONSE_RETAINER',
] as const;

export interface ProgramDraft {
  code: string;
  currency: string;
  names: Record<TextLanguage, string>;
  descriptions: Record<TextLanguage, string>;
  minVoucher: string;
  maxVoucher: string;
  aidIntensity: string;
  prefinancingShare: string;
  deMinimis: boolean;
  smeCategories: SmeCategory[];
  healthcareTypes: HealthcareType[];
  nis2Classes: Nis2Class[];
  serviceCategories: string[];
  /** `YYYY-MM-DD` (UTC day). */
  opensAt: string;
  closesAt: string;
  validityDays: string;
}

export type DraftField =
  | 'code'
  | 'currency'
  | `name-${TextLanguage}`
  | `description-${TextLanguage}`
  | 'minVoucher'
  | 'maxVoucher'
  | 'aidIntensity'
  | 'prefinancingShare'
  | 'deMinimis'
  | 'smeCategories'
  | 'healthcareTypes'
  | 'nis2Classes'
  | 'serviceCategories'
  | 'opensAt'
  | 'closesAt'
  | 'validityDays';

export type Problem =
  | 'required'
  | 'format'
  | 'decimals'
  | 'notPositive'
  | 'tooLarge'
  | 'minAboveMax'
  | 'chooseOne'
  | 'code'
  | 'dateOrder'
  | 'days'
  | 'server';

export type DraftErrors = Partial<Record<DraftField, Problem>>;

export function emptyDraft(currency: string): ProgramDraft {
  const texts = { en: '', de: '', fr: '' };
  return {
    code: '',
    currency,
    names: { ...texts },
    descriptions: { ...texts },
    minVoucher: '',
    maxVoucher: '',
    aidIntensity: '',
    prefinancingShare: '',
    deMinimis: true,
    smeCategories: ['MICRO', 'SMALL', 'MEDIUM'],
    healthcareTypes: [],
    nis2Classes: [],
    serviceCategories: [],
    opensAt: '',
    closesAt: '',
    validityDays: '365',
  };
}

export const STEP_OF_FIELD: Readonly<Record<DraftField, WizardStep>> = {
  code: 'identity',
  currency: 'identity',
  'name-en': 'identity',
  'name-de': 'identity',
  'name-fr': 'identity',
  'description-en': 'identity',
  'description-de': 'identity',
  'description-fr': 'identity',
  minVoucher: 'amounts',
  maxVoucher: 'amounts',
  aidIntensity: 'amounts',
  prefinancingShare: 'amounts',
  deMinimis: 'amounts',
  smeCategories: 'eligibility',
  healthcareTypes: 'eligibility',
  nis2Classes: 'eligibility',
  serviceCategories: 'eligibility',
  opensAt: 'window',
  closesAt: 'window',
  validityDays: 'window',
};

/** Which languages, in order, the `names` and `descriptions` lists of the input hold. */
export interface TextOrder {
  names: TextLanguage[];
  descriptions: TextLanguage[];
}

export function textOrder(draft: ProgramDraft): TextOrder {
  return {
    names: TEXT_LANGUAGES.filter((l) => draft.names[l].trim() !== ''),
    descriptions: TEXT_LANGUAGES.filter((l) => draft.descriptions[l].trim() !== ''),
  };
}

const SIMPLE_FIELDS: readonly DraftField[] = [
  'code',
  'currency',
  'minVoucher',
  'maxVoucher',
  'aidIntensity',
  'prefinancingShare',
  'deMinimis',
  'smeCategories',
  'healthcareTypes',
  'nis2Classes',
  'serviceCategories',
  'opensAt',
  'closesAt',
  'validityDays',
];

/**
 * The form field that a server `extensions.field` path (without "input.") points at:
 * "names[1].text" → the second non-empty name's language; "cutoffs[0]" → the window.
 */
export function fieldForPath(path: string, order: TextOrder): DraftField | null {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
  if (!match) return null;
  const head = match[1] ?? '';
  const index = match[2] === undefined ? 0 : Number(match[2]);
  if (head === 'names') return `name-${order.names[index] ?? 'en'}`;
  if (head === 'descriptions') return `description-${order.descriptions[index] ?? 'en'}`;
  if (head === 'cutoffs') return 'closesAt';
  return (SIMPLE_FIELDS as readonly string[]).includes(head) ? (head as DraftField) : null;
}

/** The step holding a server error's field (the review step when the field is unknown). */
export function stepForPath(path: string | undefined, order: TextOrder): WizardStep {
  const field = path ? fieldForPath(path, order) : null;
  return field ? STEP_OF_FIELD[field] : 'review';
}

const CODE_PATTERN = /^[A-Za-z0-9-]{3,32}$/;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Client-side checks of one step; the server repeats them all. */
export function validateStep(step: WizardStep, draft: ProgramDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (step === 'identity') {
    if (!CODE_PATTERN.test(draft.code.trim())) errors.code = draft.code.trim() ? 'code' : 'required';
    if (!draft.currency) errors.currency = 'required';
    if (TEXT_LANGUAGES.every((l) => draft.names[l].trim() === '')) errors['name-en'] = 'required';
  } else if (step === 'amounts') {
    const money = { maxDecimals: draft.currency ? currencyFractionDigits(draft.currency) : 2 };
    const min = checkPositiveDecimal(draft.minVoucher, money);
    const max = checkPositiveDecimal(draft.maxVoucher, money);
    if (min) errors.minVoucher = min;
    if (max) errors.maxVoucher = max;
    if (
      !min &&
      !max &&
      compareDecimals(normaliseDecimalInput(draft.minVoucher), normaliseDecimalInput(draft.maxVoucher)) > 0
    ) {
      errors.maxVoucher = 'minAboveMax';
    }
    const aid = checkPositiveDecimal(draft.aidIntensity, { maxDecimals: 2, max: '100' });
    if (aid) errors.aidIntensity = aid;
    if (draft.prefinancingShare.trim() !== '') {
      const share = checkPositiveDecimal(draft.prefinancingShare, { maxDecimals: 2, below: '100' });
      if (share) errors.prefinancingShare = share;
    }
  } else if (step === 'eligibility') {
    if (draft.smeCategories.length === 0) errors.smeCategories = 'chooseOne';
    if (draft.healthcareTypes.length === 0) errors.healthcareTypes = 'chooseOne';
    if (draft.nis2Classes.length === 0) errors.nis2Classes = 'chooseOne';
    if (draft.serviceCategories.length === 0) errors.serviceCategories = 'chooseOne';
  } else if (step === 'window') {
    if (!DAY_PATTERN.test(draft.opensAt)) errors.opensAt = 'required';
    if (!DAY_PATTERN.test(draft.closesAt)) errors.closesAt = 'required';
    else if (!errors.opensAt && draft.closesAt < draft.opensAt) errors.closesAt = 'dateOrder';
    const days = draft.validityDays.trim();
    if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 1095) errors.validityDays = 'days';
  }
  return errors;
}

/** The first step with a client-side problem, or null when all are fine. */
export function firstInvalidStep(draft: ProgramDraft): { step: WizardStep; errors: DraftErrors } | null {
  for (const step of STEPS) {
    const errors = validateStep(step, draft);
    if (Object.keys(errors).length > 0) return { step, errors };
  }
  return null;
}

/** The GraphQL input; amounts and percents stay the strings the user typed (normalised). */
export function toInput(draft: ProgramDraft): VoucherProgramInput {
  const order = textOrder(draft);
  const share = normaliseDecimalInput(draft.prefinancingShare);
  return {
    code: draft.code.trim(),
    currency: draft.currency,
    names: order.names.map((language) => ({ language, text: draft.names[language].trim() })),
    descriptions: order.descriptions.map((language) => ({
      language,
      text: draft.descriptions[language].trim(),
    })),
    minVoucher: normaliseDecimalInput(draft.minVoucher),
    maxVoucher: normaliseDecimalInput(draft.maxVoucher),
    aidIntensity: normaliseDecimalInput(draft.aidIntensity),
    prefinancingShare: share === '' ? null : share,
    deMinimis: draft.deMinimis,
    smeCategories: draft.smeCategories,
    healthcareTypes: draft.healthcareTypes,
    nis2Classes: draft.nis2Classes,
    serviceCategories: draft.serviceCategories,
    opensAt: `${draft.opensAt}T00:00:00Z`,
    closesAt: `${draft.closesAt}T23:59:59Z`,
    cutoffs: [],
    validityDays: Number(draft.validityDays.trim()),
  };
}
