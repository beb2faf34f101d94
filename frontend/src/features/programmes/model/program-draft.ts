import type {
  FourEyesMode,
  HealthcareType,
  Nis2Class,
  SmeCategory,
  VoucherProgramInput,
  VoucherProgramStatus,
} from '@/gql/graphql';
import { checkPositiveDecimal, compareDecimals, normaliseDecimalInput } from '@/lib/decimal';
import { currencyFractionDigits } from '@/lib/format';

export const STEPS = ['identity', 'amounts', 'eligibility', 'window', 'review'] as const;
export type WizardStep = (typeof STEPS)[number];

/** The languages the form offers texts in (the UI languages). */
export const TEXT_LANGUAGES = ['en', 'de', 'fr'] as const;
type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export const SME_CATEGORIES: readonly SmeCategory[] = ['MICRO', 'SMALL', 'MEDIUM'];
export const HEALTHCARE_TYPES: readonly HealthcareType[] = [
  'HOSPITAL',
  'CLINIC',
  'PRIMARY_CARE',
  'LABORATORY',
  'OTHER',
];
export const FOUR_EYES_MODES: readonly FourEyesMode[] = ['NONE', 'ALL', 'AT_OR_ABOVE'];

/** Whether `value` is a four-eyes mode (the select's value, typed). */
export function isFourEyesMode(value: string): value is FourEyesMode {
  return (FOUR_EYES_MODES as readonly string[]).includes(value);
}
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
  /** Which approvals of money need a second officer (issue #17, "Four eyes on money"). */
  fourEyesMode: FourEyesMode;
  /** With `AT_OR_ABOVE`: the amount from which a second officer approves. */
  fourEyesThreshold: string;
  smeCategories: SmeCategory[];
  healthcareTypes: HealthcareType[];
  nis2Classes: Nis2Class[];
  serviceCategories: string[];
  /** `YYYY-MM-DD` (UTC day). */
  opensAt: string;
  closesAt: string;
  validityDays: string;
  /** Cut-off instants, kept as they are (the form does not edit them yet). */
  cutoffs: string[];
  /**
   * The window instants of an existing programme: sent back unchanged while the day is
   * unchanged, so an edit never moves an open programme's opening by a few hours.
   */
  original: { opensAt: string; closesAt: string } | null;
  /** Names and descriptions in languages the form does not edit, kept and sent after the others. */
  otherTexts: { names: LocalisedText[]; descriptions: LocalisedText[] };
}

export interface LocalisedText {
  language: string;
  text: string;
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
  | 'fourEyesThreshold'
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
  | 'server'
  | 'frozen';

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
    fourEyesMode: 'NONE',
    fourEyesThreshold: '',
    smeCategories: ['MICRO', 'SMALL', 'MEDIUM'],
    healthcareTypes: [],
    nis2Classes: [],
    serviceCategories: [],
    opensAt: '',
    closesAt: '',
    validityDays: '365',
    cutoffs: [],
    original: null,
    otherTexts: { names: [], descriptions: [] },
  };
}

/** The programme as the API returns it, as far as the form needs it. */
interface ProgrammeContent {
  code: string;
  currency: string;
  names: readonly { language: string; text: string }[];
  descriptions: readonly { language: string; text: string }[];
  minVoucher: string;
  maxVoucher: string;
  aidIntensity: string;
  prefinancingShare?: string | null;
  deMinimis: boolean;
  fourEyes?: { mode: FourEyesMode; threshold?: string | null } | null;
  smeCategories: readonly SmeCategory[];
  healthcareTypes: readonly HealthcareType[];
  nis2Classes: readonly Nis2Class[];
  serviceCategories: readonly string[];
  opensAt: string;
  closesAt: string;
  cutoffs: readonly string[];
  validityDays: number;
}

function isTextLanguage(language: string): language is TextLanguage {
  return (TEXT_LANGUAGES as readonly string[]).includes(language);
}

/** The UTC day of an RFC 3339 instant (the server answers in UTC). */
function utcDayOf(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant.slice(0, 10) : date.toISOString().slice(0, 10);
}

/**
 * An existing programme as a draft for the same wizard. Texts in languages the form does not
 * edit are kept as they are and sent back after the form's own.
 */
export function draftFromProgramme(p: ProgrammeContent): ProgramDraft {
  const texts = (list: ProgrammeContent['names']) => {
    const out: Record<TextLanguage, string> = { en: '', de: '', fr: '' };
    for (const { language, text } of list) if (isTextLanguage(language)) out[language] = text;
    return out;
  };
  return {
    code: p.code,
    currency: p.currency,
    names: texts(p.names),
    descriptions: texts(p.descriptions),
    minVoucher: p.minVoucher,
    maxVoucher: p.maxVoucher,
    aidIntensity: p.aidIntensity,
    prefinancingShare: p.prefinancingShare ?? '',
    deMinimis: p.deMinimis,
    fourEyesMode: p.fourEyes?.mode ?? 'NONE',
    fourEyesThreshold: p.fourEyes?.threshold ?? '',
    smeCategories: [...p.smeCategories],
    healthcareTypes: [...p.healthcareTypes],
    nis2Classes: [...p.nis2Classes],
    serviceCategories: [...p.serviceCategories],
    opensAt: utcDayOf(p.opensAt),
    closesAt: utcDayOf(p.closesAt),
    validityDays: String(p.validityDays),
    cutoffs: [...p.cutoffs],
    original: { opensAt: p.opensAt, closesAt: p.closesAt },
    otherTexts: {
      names: p.names.filter((t) => !isTextLanguage(t.language)).map((t) => ({ ...t })),
      descriptions: p.descriptions.filter((t) => !isTextLanguage(t.language)).map((t) => ({ ...t })),
    },
  };
}

/**
 * The rules an open (or closed) programme keeps, or may only widen: the server refuses other
 * changes with `VALIDATION` on the field. Texts, validity and a wider eligibility stay free.
 */
const KEPT_WHEN_OPEN: readonly DraftField[] = [
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
];

/**
 * What a server `VALIDATION` on a field means. The client has checked formats and ranges, so on
 * a programme that is no longer a draft a refused rule is a change the status does not allow.
 */
export function serverProblemFor(field: DraftField, status: VoucherProgramStatus | null): Problem {
  return status !== null && status !== 'DRAFT' && KEPT_WHEN_OPEN.includes(field) ? 'frozen' : 'server';
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
  fourEyesThreshold: 'amounts',
  smeCategories: 'eligibility',
  healthcareTypes: 'eligibility',
  nis2Classes: 'eligibility',
  serviceCategories: 'eligibility',
  opensAt: 'window',
  closesAt: 'window',
  validityDays: 'window',
};

/** Which languages, in order, the `names` and `descriptions` lists of the input hold. */
interface TextOrder {
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
  if (head === 'fourEyes') return 'fourEyesThreshold';
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
    if (TEXT_LANGUAGES.every((l) => draft.names[l].trim() === '') && draft.otherTexts.names.length === 0) {
      errors['name-en'] = 'required';
    }
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
    if (draft.fourEyesMode === 'AT_OR_ABOVE') {
      const threshold = checkPositiveDecimal(draft.fourEyesThreshold, money);
      if (threshold) errors.fourEyesThreshold = threshold;
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

function keepInstant(original: string | undefined, day: string, time: string): string {
  return original !== undefined && utcDayOf(original) === day ? original : `${day}${time}`;
}

/** The GraphQL input; amounts and percents stay the strings the user typed (normalised). */
export function toInput(draft: ProgramDraft): VoucherProgramInput {
  const order = textOrder(draft);
  const share = normaliseDecimalInput(draft.prefinancingShare);
  return {
    code: draft.code.trim(),
    currency: draft.currency,
    // The form's languages first, so `names[i]` in a server error points at the form's field.
    names: [
      ...order.names.map((language) => ({ language, text: draft.names[language].trim() })),
      ...draft.otherTexts.names,
    ],
    descriptions: [
      ...order.descriptions.map((language) => ({
        language,
        text: draft.descriptions[language].trim(),
      })),
      ...draft.otherTexts.descriptions,
    ],
    minVoucher: normaliseDecimalInput(draft.minVoucher),
    maxVoucher: normaliseDecimalInput(draft.maxVoucher),
    aidIntensity: normaliseDecimalInput(draft.aidIntensity),
    prefinancingShare: share === '' ? null : share,
    deMinimis: draft.deMinimis,
    // Always sent: an edit that left it out would turn four eyes off.
    fourEyes:
      draft.fourEyesMode === 'AT_OR_ABOVE'
        ? { mode: 'AT_OR_ABOVE', threshold: normaliseDecimalInput(draft.fourEyesThreshold) }
        : { mode: draft.fourEyesMode },
    smeCategories: draft.smeCategories,
    healthcareTypes: draft.healthcareTypes,
    nis2Classes: draft.nis2Classes,
    serviceCategories: draft.serviceCategories,
    opensAt: keepInstant(draft.original?.opensAt, draft.opensAt, 'T00:00:00Z'),
    closesAt: keepInstant(draft.original?.closesAt, draft.closesAt, 'T23:59:59Z'),
    cutoffs: [...draft.cutoffs],
    validityDays: Number(draft.validityDays.trim()),
  };
}
