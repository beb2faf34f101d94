/**
 * The wizard's fields and their problems: client-side checks per step, and the mapping of a
 * server `VALIDATION` error's `extensions.field` (e.g. `holdings[0].capitalPercent`) back to the
 * step and field it came from.
 */
import { compareDecimals, decimalPlaces, isPlainDecimal, normaliseDecimalInput } from '@/lib/decimal';
import {
  allParties,
  APPLICANT_ID,
  canBeHeld,
  findParty,
  hasFigures,
  SME_STEPS,
  type PartyDraft,
  type SmeStep,
  type SmeWizardState,
} from './wizard';

export type PartyField =
  | 'name'
  | 'kind'
  | 'exemptKind'
  | 'totalInvestmentEur'
  | 'annualBudgetEur'
  | 'inhabitants'
  | 'market'
  | 'periods';
export type PeriodField =
  | 'label'
  | 'staff'
  | 'annualTurnover'
  | 'statedTurnover'
  | 'indirectTaxes'
  | 'balanceSheetTotal';
export type HoldingField =
  | 'holder'
  | 'held'
  | 'capitalPercent'
  | 'votingPercent'
  | 'controlRights'
  | 'jointlyWith';
export type ControlField = 'controller' | 'controlled' | 'basis';
export type FormField = 'parties' | 'holdings' | 'controls' | 'previousCategory';

/** A field of the form, by the stable ids of the things it belongs to. */
export type FieldRef =
  | { scope: 'party'; partyId: string; field: PartyField }
  | { scope: 'period'; partyId: string; periodId: string; field: PeriodField }
  | { scope: 'holding'; holdingId: string; field: HoldingField }
  | { scope: 'control'; controlId: string; field: ControlField }
  | { scope: 'form'; field: FormField };

export type SmeProblem =
  | 'required'
  | 'format'
  | 'decimals'
  | 'tooLarge'
  | 'percentRange'
  | 'wholeNumber'
  | 'duplicateName'
  | 'duplicateLabel'
  | 'periodsRequired'
  | 'sameParty'
  | 'notHoldable'
  | 'duplicateHolding'
  | 'needsPeriods'
  | 'needsMarket'
  | 'sharesOver100'
  | 'heldRefused'
  | 'taxesOverTurnover'
  | 'turnoverMismatch'
  | 'controlsItself'
  | 'notControllable'
  | 'duplicateControl'
  | 'server';

/** The message for a field with a problem, if it has one. */
export type ErrorText = (ref: FieldRef) => string | undefined;

export interface FieldError {
  ref: FieldRef;
  problem: SmeProblem;
}

/** Errors keyed by `fieldKey`, in form order (the order of the error summary). */
export type SmeErrors = Readonly<Record<string, FieldError>>;

/** The DOM id of a field; also its key in `SmeErrors`. */
export function fieldKey(ref: FieldRef): string {
  switch (ref.scope) {
    case 'party':
      return `sme-party-${ref.partyId}-${ref.field}`;
    case 'period':
      return `sme-period-${ref.partyId}-${ref.periodId}-${ref.field}`;
    case 'holding':
      return `sme-holding-${ref.holdingId}-${ref.field}`;
    case 'control':
      return `sme-control-${ref.controlId}-${ref.field}`;
    case 'form':
      return `sme-${ref.field}`;
  }
}

/** The step that shows a field. */
export function stepOfRef(ref: FieldRef): SmeStep {
  switch (ref.scope) {
    case 'party':
    case 'period':
      return ref.partyId === APPLICANT_ID ? 'applicant' : 'parties';
    case 'holding':
    case 'control':
      return 'holdings';
    case 'form':
      return ref.field === 'previousCategory' ? 'applicant' : ref.field === 'controls' ? 'holdings' : ref.field;
  }
}

/** EUR amounts up to 10^15, like the engine. */
const MAX_AMOUNT = '1000000000000000';

interface DecimalCheck {
  maxDecimals: number;
  max?: string;
}

/** A required, non-negative decimal string; returns the problem or null. */
export function checkDecimal(raw: string, { maxDecimals, max }: DecimalCheck): SmeProblem | null {
  const value = normaliseDecimalInput(raw);
  if (value === '') return 'required';
  if (!isPlainDecimal(value)) return 'format';
  if (decimalPlaces(value) > maxDecimals) return 'decimals';
  if (max !== undefined && compareDecimals(value, max) > 0) return 'tooLarge';
  return null;
}

function checkPercent(raw: string): SmeProblem | null {
  const problem = checkDecimal(raw, { maxDecimals: 4, max: '100' });
  return problem === 'tooLarge' ? 'percentRange' : problem;
}

const money = (raw: string) => checkDecimal(raw, { maxDecimals: 2, max: MAX_AMOUNT });
const decimal = normaliseDecimalInput;

class ErrorList {
  readonly errors: Record<string, FieldError> = {};
  add(ref: FieldRef, problem: SmeProblem | null) {
    if (!problem) return;
    const key = fieldKey(ref);
    this.errors[key] ??= { ref, problem };
  }
}

function checkParty(out: ErrorList, party: PartyDraft, takenNames: Map<string, number>) {
  const ref = (field: PartyField): FieldRef => ({ scope: 'party', partyId: party.id, field });
  const name = party.name.trim();
  if (!name) out.add(ref('name'), 'required');
  else if ((takenNames.get(name.toLowerCase()) ?? 0) > 1) out.add(ref('name'), 'duplicateName');

  if (party.kind === 'EXEMPT_INVESTOR') {
    if (!party.exemptKind) out.add(ref('exemptKind'), 'required');
    if (party.exemptKind === 'BUSINESS_ANGEL') out.add(ref('totalInvestmentEur'), money(party.totalInvestmentEur));
    if (party.exemptKind === 'AUTONOMOUS_LOCAL_AUTHORITY') {
      out.add(ref('annualBudgetEur'), money(party.annualBudgetEur));
      const inhabitants = party.inhabitants.trim();
      if (!inhabitants) out.add(ref('inhabitants'), 'required');
      else if (!/^\d{1,9}$/.test(inhabitants)) out.add(ref('inhabitants'), 'wholeNumber');
    }
  }

  if (!hasFigures(party.kind)) return;
  if (party.id === APPLICANT_ID && party.periods.length === 0) out.add(ref('periods'), 'periodsRequired');
  const labels = new Map<string, number>();
  for (const period of party.periods) {
    const label = period.label.trim().toLowerCase();
    labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  for (const period of party.periods) {
    const pref = (field: PeriodField): FieldRef => ({
      scope: 'period',
      partyId: party.id,
      periodId: period.id,
      field,
    });
    const label = period.label.trim();
    if (!label) out.add(pref('label'), 'required');
    else if ((labels.get(label.toLowerCase()) ?? 0) > 1) out.add(pref('label'), 'duplicateLabel');
    out.add(pref('staff'), checkDecimal(period.staff, { maxDecimals: 4, max: MAX_AMOUNT }));
    if (period.grossTurnover) {
      const stated = money(period.statedTurnover);
      const taxes = money(period.indirectTaxes);
      out.add(pref('statedTurnover'), stated);
      out.add(pref('indirectTaxes'), taxes);
      if (!stated && !taxes && compareDecimals(decimal(period.indirectTaxes), decimal(period.statedTurnover)) > 0) {
        out.add(pref('indirectTaxes'), 'taxesOverTurnover');
      }
    } else {
      out.add(pref('annualTurnover'), money(period.annualTurnover));
    }
    out.add(pref('balanceSheetTotal'), money(period.balanceSheetTotal));
  }
}

function nameCounts(state: SmeWizardState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const party of allParties(state)) {
    const name = party.name.trim().toLowerCase();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

function checkHoldings(out: ErrorList, state: SmeWizardState) {
  const seen = new Set<string>();
  for (const holding of state.holdings) {
    const ref = (field: HoldingField): FieldRef => ({ scope: 'holding', holdingId: holding.id, field });
    const holder = findParty(state, holding.holder);
    const held = findParty(state, holding.held);
    if (!holder) out.add(ref('holder'), 'required');
    if (!held) out.add(ref('held'), 'required');
    else if (holding.held === holding.holder) out.add(ref('held'), 'sameParty');
    else if (!canBeHeld(held.kind)) out.add(ref('held'), 'notHoldable');
    else if (holder) {
      const pair = `${holding.holder}→${holding.held}`;
      if (seen.has(pair)) out.add(ref('held'), 'duplicateHolding');
      seen.add(pair);
    }
    out.add(ref('capitalPercent'), checkPercent(holding.capitalPercent));
    out.add(ref('votingPercent'), checkPercent(holding.votingPercent));
  }
}

function checkControls(out: ErrorList, state: SmeWizardState) {
  const seen = new Set<string>();
  for (const control of state.controls) {
    const ref = (field: ControlField): FieldRef => ({ scope: 'control', controlId: control.id, field });
    const controller = findParty(state, control.controller);
    const controlled = findParty(state, control.controlled);
    if (!controller) out.add(ref('controller'), 'required');
    if (!controlled) out.add(ref('controlled'), 'required');
    else if (control.controlled === control.controller) out.add(ref('controlled'), 'controlsItself');
    else if (!canBeHeld(controlled.kind)) out.add(ref('controlled'), 'notControllable');
    else if (controller) {
      const pair = `${control.controller}→${control.controlled}`;
      if (seen.has(pair)) out.add(ref('controlled'), 'duplicateControl');
      seen.add(pair);
    }
  }
}

/** Client-side checks of one step (the review step checks everything); the server repeats them. */
export function validateStep(step: SmeStep, state: SmeWizardState): SmeErrors {
  const out = new ErrorList();
  const names = nameCounts(state);
  if (step === 'applicant' || step === 'review') checkParty(out, state.applicant, names);
  if (step === 'parties' || step === 'review') {
    for (const party of state.parties) checkParty(out, party, names);
  }
  if (step === 'holdings' || step === 'review') {
    checkHoldings(out, state);
    checkControls(out, state);
  }
  return out.errors;
}

/** The first step with a client-side problem and its errors, or null when all are fine. */
export function firstInvalidStep(state: SmeWizardState): { step: SmeStep; errors: SmeErrors } | null {
  for (const step of SME_STEPS) {
    if (step === 'review') break;
    const errors = validateStep(step, state);
    if (Object.keys(errors).length > 0) return { step, errors };
  }
  return null;
}

/** The errors that belong to one step, in form order. */
export function errorsOfStep(errors: SmeErrors, step: SmeStep): [string, FieldError][] {
  return Object.entries(errors).filter(([, e]) => stepOfRef(e.ref) === step);
}

// ---------------------------------------------------------------------------------------------
// Server errors → fields

const PERIOD_FIELDS: readonly string[] = ['label', 'staff', 'annualTurnover', 'balanceSheetTotal'];
const CONTROL_FIELDS: readonly string[] = ['controller', 'controlled', 'basis'];
const HOLDING_FIELDS: readonly string[] = [
  'holder',
  'held',
  'capitalPercent',
  'votingPercent',
  'controlRights',
  'jointlyWith',
];
const EXEMPT_FIELDS: Readonly<Record<string, PartyField>> = {
  kind: 'exemptKind',
  totalInvestmentEur: 'totalInvestmentEur',
  annualBudgetEur: 'annualBudgetEur',
  inhabitants: 'inhabitants',
};

function partyFieldRef(party: PartyDraft, rest: string): FieldRef {
  const ref = (field: PartyField): FieldRef => ({ scope: 'party', partyId: party.id, field });
  const period = /^periods\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?/.exec(rest);
  if (period) {
    const draft = party.periods[Number(period[1])];
    if (!draft) return ref('periods');
    const sub = period[2] ?? '';
    // `grossTurnover.statedTurnover` and `grossTurnover.indirectTaxes`: the fields of the form.
    const gross = sub === 'grossTurnover' ? (period[3] === 'indirectTaxes' ? 'indirectTaxes' : 'statedTurnover') : null;
    // A net turnover the server finds at odds with the stated one: the form computed it from them.
    const net = sub === 'annualTurnover' && draft.grossTurnover ? 'statedTurnover' : null;
    const field = (gross ??
      net ??
      (PERIOD_FIELDS.includes(sub) ? sub : sub === 'estimate' ? 'label' : 'staff')) as PeriodField;
    return { scope: 'period', partyId: party.id, periodId: draft.id, field };
  }
  if (rest.startsWith('periods')) return ref('periods');
  // The API names an exempt investor's details `exemptInvestor.…`, the engine `kind.…`.
  const exempt = /^(?:exemptInvestor|kind)\.(\w+)/.exec(rest);
  if (exempt) return ref(EXEMPT_FIELDS[exempt[1] ?? ''] ?? 'exemptKind');
  if (rest === 'exemptInvestor') return ref('exemptKind');
  if (rest.startsWith('kind')) return ref('kind');
  if (rest.startsWith('market') || rest.startsWith('adjacentMarkets')) return ref('market');
  // `publicBody` is shown with the investor's kind.
  if (rest.startsWith('publicBody')) return ref('exemptKind');
  return ref('name');
}

/**
 * The form field a server `extensions.field` path points at, e.g. `holdings[0].capitalPercent`
 * or `enterprises[2].periods[1].staff`; null when it names nothing the form shows.
 */
export function refForServerPath(path: string, state: SmeWizardState): FieldRef | null {
  const parties = allParties(state);
  const enterprise = /^enterprises\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (enterprise) {
    const party = parties[Number(enterprise[1])];
    return party ? partyFieldRef(party, enterprise[2] ?? '') : { scope: 'form', field: 'parties' };
  }
  const holding = /^holdings\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (holding) {
    const draft = state.holdings[Number(holding[1])];
    if (!draft) return { scope: 'form', field: 'holdings' };
    const sub = holding[2] ?? '';
    const field = (HOLDING_FIELDS.includes(sub) ? sub : 'held') as HoldingField;
    return { scope: 'holding', holdingId: draft.id, field };
  }
  const control = /^controls\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (control) {
    const draft = state.controls[Number(control[1])];
    if (!draft) return { scope: 'form', field: 'controls' };
    const sub = control[2] ?? '';
    const field = (CONTROL_FIELDS.includes(sub) ? sub : 'controlled') as ControlField;
    return { scope: 'control', controlId: draft.id, field };
  }
  if (path === 'controls') return { scope: 'form', field: 'controls' };
  if (path === 'applicant') return { scope: 'party', partyId: APPLICANT_ID, field: 'name' };
  if (path === 'enterprises') return { scope: 'form', field: 'parties' };
  if (path === 'holdings') return { scope: 'form', field: 'holdings' };
  if (path === 'previousCategory') return { scope: 'form', field: 'previousCategory' };
  return null;
}

/**
 * What to say about a field the server refused. The client checks formats and ranges first,
 * so what the server still refuses is a rule across fields: a counted enterprise without
 * figures, a missing market, shares adding up to more than 100%, a circle of holdings.
 */
export function serverProblem(ref: FieldRef): SmeProblem {
  if (ref.scope === 'party' && ref.field === 'periods') return 'needsPeriods';
  if (ref.scope === 'party' && ref.field === 'market') return 'needsMarket';
  if (ref.scope === 'holding' && (ref.field === 'capitalPercent' || ref.field === 'votingPercent')) {
    return 'sharesOver100';
  }
  if (ref.scope === 'holding' && ref.field === 'held') return 'heldRefused';
  if (ref.scope === 'period' && ref.field === 'statedTurnover') return 'turnoverMismatch';
  return 'server';
}

/**
 * The field errors of a failed check (`VALIDATION` errors with a field path), and the step to
 * show first; null when no error names a field (the page then shows the error itself).
 */
export function serverFieldErrors(
  entries: readonly { error: { kind: string }; path?: string }[],
  state: SmeWizardState,
): { step: SmeStep; errors: SmeErrors } | null {
  const out = new ErrorList();
  let step: SmeStep | null = null;
  for (const entry of entries) {
    if (entry.error.kind !== 'VALIDATION' || !entry.path) continue;
    const ref = refForServerPath(entry.path, state);
    if (!ref) continue;
    out.add(ref, serverProblem(ref));
    step ??= stepOfRef(ref);
  }
  return step ? { step, errors: out.errors } : null;
}
