/**
 * The application form's state, as pure functions: the draft and its reducer, the checks of each
 * step, the GraphQL input, the way back from a saved application, and the mapping of a server
 * `VALIDATION` field path or a failed rule to a form field and step.
 */
import type { EligibilityRule, SmeAssessmentInput, VoucherApplicationInput } from '@/gql/graphql';
import {
  compareDecimals,
  decimalPlaces,
  isPlainDecimal,
  normaliseDecimalInput,
  type DecimalProblem,
} from '@/lib/decimal';
import { simpleFiguresOf, simpleSmeInput, type SimpleSmeFigures } from './sme-input';

/**
 * Services and their costs come first: the voucher amount follows from them (eligible costs ×
 * aid intensity, capped at the programme's maximum), so the clinic never types an amount.
 */
export const APPLICATION_STEPS = ['services', 'provider', 'sme', 'review'] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];

/** At most this many planned services (the server's limit). */
export const MAX_SERVICES = 20;
export const MAX_DESCRIPTION = 1000;

const SERVICE_FIELDS = ['category', 'description', 'estimatedCost'] as const;
type ServiceField = (typeof SERVICE_FIELDS)[number];

export interface ServiceRow {
  /** Stable React key; not sent. */
  key: string;
  category: string;
  description: string;
  estimatedCost: string;
}

const SME_FIELDS = ['name', 'periodLabel', 'staff', 'annualTurnover', 'balanceSheetTotal'] as const;
export type SmeField = (typeof SME_FIELDS)[number];

/**
 * Where the SME data comes from: the minimal form (one enterprise), or an input taken over as a
 * whole, from the public SME wizard (`saved`) or from the draft itself (`draft`) when it is
 * richer than the minimal form can show.
 */
type SmeSource = 'form' | 'imported';

export interface ImportedSme {
  input: SmeAssessmentInput;
  origin: 'saved' | 'draft';
}

export interface ApplicationDraft {
  serviceProviderId: string;
  services: ServiceRow[];
  smeSource: SmeSource;
  sme: SimpleSmeFigures;
  imported: ImportedSme | null;
  deMinimisReceivedEur: string;
}

export type FormField =
  | 'serviceProviderId'
  | 'services'
  | `services.${number}.${ServiceField}`
  | 'sme'
  | `sme.${SmeField}`
  | 'deMinimisReceivedEur';

export type Problem = DecimalProblem | 'negative' | 'chooseOne' | 'tooLong' | 'server';

export type FormErrors = Partial<Record<FormField, Problem>>;

export type DraftAction =
  | { type: 'set'; field: 'serviceProviderId' | 'deMinimisReceivedEur'; value: string }
  | { type: 'addService' }
  | { type: 'removeService'; key: string }
  | { type: 'updateService'; key: string; field: ServiceField; value: string }
  | { type: 'setSme'; field: SmeField; value: string }
  | { type: 'useSmeSource'; source: SmeSource }
  | { type: 'replace'; draft: ApplicationDraft };

function emptyService(key: string): ServiceRow {
  return { key, category: '', description: '', estimatedCost: '' };
}

function nextKey(rows: readonly ServiceRow[]): string {
  const used = rows.map((r) => Number(r.key.replace(/^s/, ''))).filter(Number.isFinite);
  return `s${Math.max(0, ...used) + 1}`;
}

/** The year before `now`: the last closed accounting period, as a default label. */
export function defaultPeriodLabel(now: Date = new Date()): string {
  return String(now.getUTCFullYear() - 1);
}

/** A new application: one empty service row; the saved SME input (if any) taken over. */
export function emptyDraft(
  organisationName: string,
  saved: SmeAssessmentInput | null,
  now: Date = new Date(),
): ApplicationDraft {
  return {
    serviceProviderId: '',
    services: [emptyService('s1')],
    smeSource: saved ? 'imported' : 'form',
    sme: { name: organisationName, periodLabel: defaultPeriodLabel(now), staff: '', annualTurnover: '', balanceSheetTotal: '' },
    imported: saved ? { input: saved, origin: 'saved' } : null,
    deMinimisReceivedEur: '',
  };
}

export function draftReducer(draft: ApplicationDraft, action: DraftAction): ApplicationDraft {
  switch (action.type) {
    case 'set':
      return { ...draft, [action.field]: action.value };
    case 'addService':
      if (draft.services.length >= MAX_SERVICES) return draft;
      return { ...draft, services: [...draft.services, emptyService(nextKey(draft.services))] };
    case 'removeService':
      return { ...draft, services: draft.services.filter((row) => row.key !== action.key) };
    case 'updateService':
      return {
        ...draft,
        services: draft.services.map((row) => (row.key === action.key ? { ...row, [action.field]: action.value } : row)),
      };
    case 'setSme':
      return { ...draft, sme: { ...draft.sme, [action.field]: action.value } };
    case 'useSmeSource':
      if (action.source === 'imported' && !draft.imported) return draft;
      return { ...draft, smeSource: action.source };
    case 'replace':
      return action.draft;
  }
}

/** A required decimal: positive (`positive`) or at least zero, with at most `maxDecimals`. */
export function checkAmount(raw: string, maxDecimals: number, positive: boolean): Problem | null {
  const value = normaliseDecimalInput(raw);
  if (value === '') return 'required';
  if (value.startsWith('-')) return 'negative';
  if (!isPlainDecimal(value)) return 'format';
  if (decimalPlaces(value) > maxDecimals) return 'decimals';
  if (positive && compareDecimals(value, '0') <= 0) return 'notPositive';
  return null;
}

function isBlankRow(row: ServiceRow): boolean {
  return row.category === '' && row.description.trim() === '' && row.estimatedCost.trim() === '';
}

/** Client-side checks of one step (the server repeats them all). */
export function validateStep(step: ApplicationStep, draft: ApplicationDraft, currencyDigits: number): FormErrors {
  const errors: FormErrors = {};
  // The service provider ('provider') is picked from the directory; the server checks it.
  if (step === 'services') {
    const rows = draft.services.filter((row) => !isBlankRow(row));
    if (rows.length === 0) errors.services = 'chooseOne';
    draft.services.forEach((row, index) => {
      if (isBlankRow(row)) return;
      if (row.category === '') errors[`services.${index}.category`] = 'required';
      const description = row.description.trim();
      if (description === '') errors[`services.${index}.description`] = 'required';
      else if (description.length > MAX_DESCRIPTION) errors[`services.${index}.description`] = 'tooLong';
      const cost = checkAmount(row.estimatedCost, currencyDigits, true);
      if (cost) errors[`services.${index}.estimatedCost`] = cost;
    });
  } else if (step === 'sme') {
    if (draft.smeSource === 'imported') {
      if (!draft.imported) errors.sme = 'required';
    } else {
      if (draft.sme.name.trim() === '') errors['sme.name'] = 'required';
      if (draft.sme.periodLabel.trim() === '') errors['sme.periodLabel'] = 'required';
      const staff = checkAmount(draft.sme.staff, 2, false);
      if (staff) errors['sme.staff'] = staff;
      const turnover = checkAmount(draft.sme.annualTurnover, 2, false);
      if (turnover) errors['sme.annualTurnover'] = turnover;
      const balance = checkAmount(draft.sme.balanceSheetTotal, 2, false);
      if (balance) errors['sme.balanceSheetTotal'] = balance;
    }
    if (draft.deMinimisReceivedEur.trim() !== '') {
      const aid = checkAmount(draft.deMinimisReceivedEur, 2, false);
      if (aid) errors.deMinimisReceivedEur = aid;
    }
  }
  return errors;
}

/** The first step with a client-side problem, or null. */
export function firstInvalidStep(
  draft: ApplicationDraft,
  currencyDigits: number,
): { step: ApplicationStep; errors: FormErrors } | null {
  for (const step of APPLICATION_STEPS) {
    const errors = validateStep(step, draft, currencyDigits);
    if (Object.keys(errors).length > 0) return { step, errors };
  }
  return null;
}

function smeFormIsBlank(sme: SimpleSmeFigures): boolean {
  return sme.staff.trim() === '' && sme.annualTurnover.trim() === '' && sme.balanceSheetTotal.trim() === '';
}

/** The SME input the draft sends: the imported one, the minimal form's, or none yet. */
export function smeInputOf(draft: ApplicationDraft): SmeAssessmentInput | null {
  if (draft.smeSource === 'imported') return draft.imported?.input ?? null;
  if (smeFormIsBlank(draft.sme)) return null;
  return simpleSmeInput({
    ...draft.sme,
    staff: normaliseDecimalInput(draft.sme.staff),
    annualTurnover: normaliseDecimalInput(draft.sme.annualTurnover),
    balanceSheetTotal: normaliseDecimalInput(draft.sme.balanceSheetTotal),
  });
}

/**
 * The GraphQL input. Decimals stay the strings typed (a decimal comma becomes a point). Rows
 * left completely empty are not sent; a draft saved before the SME step sends no SME input.
 * No amount is sent: the server derives it from the services (`amountDerivation`).
 */
export function toInput(draft: ApplicationDraft): VoucherApplicationInput {
  const deMinimis = normaliseDecimalInput(draft.deMinimisReceivedEur);
  const provider = draft.serviceProviderId.trim();
  return {
    services: draft.services
      .filter((row) => !isBlankRow(row))
      .map((row) => ({
        category: row.category,
        description: row.description.trim(),
        estimatedCost: normaliseDecimalInput(row.estimatedCost),
      })),
    sme: smeInputOf(draft),
    deMinimisReceivedEur: deMinimis === '' ? null : deMinimis,
    serviceProviderId: provider === '' ? null : provider,
  };
}

/** The parts of a saved application the form reads back. */
interface SavedApplication {
  serviceProviderId: string | null;
  services: readonly { category: string; description: string; estimatedCost: string }[];
  smeInput: SmeAssessmentInput | null;
  deMinimisReceivedEur: string;
}

function isZero(value: string): boolean {
  return isPlainDecimal(value) && compareDecimals(value, '0') === 0;
}

/**
 * A saved draft back into the form. Its SME input fills the minimal form when it is that simple,
 * and is otherwise kept whole; a draft without one takes the saved wizard input, if any.
 */
export function fromApplication(
  app: SavedApplication,
  organisationName: string,
  saved: SmeAssessmentInput | null,
  now: Date = new Date(),
): ApplicationDraft {
  const base = emptyDraft(organisationName, saved, now);
  const services = app.services.map((s, i) => ({ key: `s${i + 1}`, ...s }));
  const draft: ApplicationDraft = {
    ...base,
    serviceProviderId: app.serviceProviderId ?? '',
    services: services.length > 0 ? services : base.services,
    deMinimisReceivedEur: isZero(app.deMinimisReceivedEur) ? '' : app.deMinimisReceivedEur,
  };
  if (app.smeInput) {
    const figures = simpleFiguresOf(app.smeInput);
    if (figures) return { ...draft, smeSource: 'form', sme: figures };
    return { ...draft, smeSource: 'imported', imported: { input: app.smeInput, origin: 'draft' } };
  }
  return draft;
}

/** The step a field is on. */
export function stepOfField(field: FormField): ApplicationStep {
  if (field === 'serviceProviderId') return 'provider';
  if (field === 'services' || field.startsWith('services.')) return 'services';
  return 'sme';
}

const SME_PERIOD_FIELDS: Readonly<Record<string, SmeField>> = {
  label: 'periodLabel',
  staff: 'staff',
  annualTurnover: 'annualTurnover',
  balanceSheetTotal: 'balanceSheetTotal',
};

function isServiceField(value: string | undefined): value is ServiceField {
  return (SERVICE_FIELDS as readonly (string | undefined)[]).includes(value);
}

/**
 * The form field a server `extensions.field` path (without "input.") names:
 * `services[0].estimatedCost` → that row's cost; `sme.enterprises[0].periods[0].staff` → the
 * minimal form's staff (or the SME section as a whole when the input was imported).
 */
export function fieldForPath(path: string, draft: ApplicationDraft): FormField | null {
  if (path === 'serviceProviderId' || path === 'deMinimisReceivedEur') return path;
  // The amount follows from the services: change their costs.
  if (path === 'requestedAmount') return 'services';
  const service = /^services\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (service) {
    // The input leaves out blank rows: find the form row the n-th sent row came from.
    const sentIndex = Number(service[1]);
    const formIndex = draft.services
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => !isBlankRow(row))[sentIndex]?.index;
    const field = service[2];
    if (formIndex === undefined) return 'services';
    return isServiceField(field) ? `services.${formIndex}.${field}` : `services.${formIndex}.description`;
  }
  if (path === 'services' || path.startsWith('services')) return 'services';
  if (path === 'sme' || path.startsWith('sme.')) {
    if (draft.smeSource !== 'form') return 'sme';
    if (/^sme\.enterprises\[0\]\.name$/.test(path)) return 'sme.name';
    const periodField = /^sme\.enterprises\[0\]\.periods\[0\]\.(\w+)/.exec(path)?.[1];
    const field = periodField ? SME_PERIOD_FIELDS[periodField] : undefined;
    return field ? `sme.${field}` : 'sme.staff';
  }
  return null;
}

/**
 * Where to change what a failed rule is about; null for rules the clinic cannot change here. The
 * amount rules lead to the services, whose costs the amount follows from.
 */
export const RULE_FIELD: Readonly<Partial<Record<EligibilityRule, FormField>>> = {
  MINIMUM_AMOUNT: 'services',
  MAXIMUM_AMOUNT: 'services',
  AID_INTENSITY: 'services',
  SERVICE_CATEGORIES: 'services',
  SME_CATEGORY: 'sme',
  DE_MINIMIS: 'deMinimisReceivedEur',
};

/** Sum of the rows' costs that are valid decimals, exactly (as a decimal string). */
export function estimatedTotal(rows: readonly ServiceRow[], digits: number): string {
  let total = 0n;
  for (const row of rows) {
    const value = normaliseDecimalInput(row.estimatedCost);
    if (!isPlainDecimal(value) || decimalPlaces(value) > digits) continue;
    const [integer = '0', fraction = ''] = value.split('.');
    total += BigInt(integer + fraction.padEnd(digits, '0'));
  }
  const text = total.toString().padStart(digits + 1, '0');
  return digits > 0 ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
}
