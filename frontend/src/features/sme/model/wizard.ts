/**
 * The SME self-assessment wizard as pure data: its state, a reducer, client-side checks per
 * step, the conversion to the GraphQL `SmeAssessmentInput`, and the mapping of a server
 * `VALIDATION` error's `extensions.field` (e.g. `holdings[0].capitalPercent`) back to the step
 * and field it came from. No React, no I/O: the page only dispatches and renders.
 *
 * Every amount, percentage and staff figure stays the string the user typed (a decimal comma
 * becomes a point); nothing goes through a float.
 */
import type {
  ControlRight,
  EnterpriseKind,
  ExemptInvestorKind,
  SmeAssessmentInput,
  SmeCategory,
  SmeEnterpriseInput,
  SmeHoldingInput,
} from '@/gql/graphql';
import { compareDecimals, decimalPlaces, isPlainDecimal, normaliseDecimalInput } from '@/lib/decimal';

export const SME_STEPS = ['applicant', 'parties', 'holdings', 'review'] as const;
export type SmeStep = (typeof SME_STEPS)[number];
/** A step of the form, or the result of the check. */
export type SmeView = SmeStep | 'result';

/** The applicant's id in the input (ids are internal; names are what the user sees). */
export const APPLICANT_ID = 'applicant';

export const PARTY_KINDS = [
  'ENTERPRISE',
  'NATURAL_PERSON',
  'PUBLIC_BODY',
  'EXEMPT_INVESTOR',
] as const satisfies readonly EnterpriseKind[];

export const EXEMPT_INVESTOR_KINDS = [
  'PUBLIC_INVESTMENT_CORPORATION',
  'VENTURE_CAPITAL',
  'BUSINESS_ANGEL',
  'UNIVERSITY',
  'NON_PROFIT_RESEARCH_CENTRE',
  'INSTITUTIONAL_INVESTOR',
  'REGIONAL_DEVELOPMENT_FUND',
  'AUTONOMOUS_LOCAL_AUTHORITY',
] as const satisfies readonly ExemptInvestorKind[];

export const CONTROL_RIGHTS = [
  'MAJORITY_OF_VOTES',
  'APPOINT_OR_REMOVE_BOARD_MAJORITY',
  'DOMINANT_INFLUENCE_BY_CONTRACT_OR_STATUTES',
  'CONTROL_OF_VOTES_BY_AGREEMENT',
] as const satisfies readonly ControlRight[];

export const SME_CATEGORY_VALUES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const satisfies readonly SmeCategory[];

export interface PeriodDraft {
  id: string;
  label: string;
  /** Annual work units (AWU). */
  staff: string;
  /** EUR, net of VAT. */
  annualTurnover: string;
  /** EUR. */
  balanceSheetTotal: string;
  /** A new enterprise's bona-fide estimate (Art. 4(3)). */
  estimate: boolean;
}

export interface PartyDraft {
  id: string;
  name: string;
  kind: EnterpriseKind;
  /** For EXEMPT_INVESTOR. */
  exemptKind: ExemptInvestorKind | '';
  /** For a business angel. */
  totalInvestmentEur: string;
  /** For an autonomous local authority. */
  annualBudgetEur: string;
  inhabitants: string;
  /** A market code such as a NACE code, e.g. 86.10 (optional). */
  market: string;
  /** Comma-separated adjacent market codes (optional). */
  adjacentMarkets: string;
  periods: PeriodDraft[];
}

export interface HoldingDraft {
  id: string;
  holder: string;
  held: string;
  capitalPercent: string;
  votingPercent: string;
  controlRights: ControlRight[];
  jointlyWith: string[];
}

export interface SmeWizardState {
  view: SmeView;
  applicant: PartyDraft;
  /** Every other party, in the order they were added (the input's order after the applicant). */
  parties: PartyDraft[];
  holdings: HoldingDraft[];
  previousCategory: SmeCategory | '';
  /** Source of the internal ids of parties, periods and holdings. */
  nextId: number;
}

export type PartyPatch = Partial<Omit<PartyDraft, 'id' | 'periods'>>;
export type PeriodPatch = Partial<Omit<PeriodDraft, 'id'>>;
export type HoldingPatch = Partial<Omit<HoldingDraft, 'id'>>;

export type SmeAction =
  | { type: 'updateParty'; id: string; patch: PartyPatch }
  | { type: 'setPreviousCategory'; value: SmeCategory | '' }
  | { type: 'addParty'; kind: EnterpriseKind }
  | { type: 'removeParty'; id: string }
  | { type: 'addPeriod'; partyId: string }
  | { type: 'updatePeriod'; partyId: string; periodId: string; patch: PeriodPatch }
  | { type: 'removePeriod'; partyId: string; periodId: string }
  | { type: 'addHolding' }
  | { type: 'updateHolding'; id: string; patch: HoldingPatch }
  | { type: 'removeHolding'; id: string }
  | { type: 'goTo'; view: SmeView }
  | { type: 'reset'; periodLabel: string };

/** Parties with figures of their own: enterprises and investors (persons and public bodies have none). */
export function hasFigures(kind: EnterpriseKind): boolean {
  return kind === 'ENTERPRISE' || kind === 'EXEMPT_INVESTOR';
}

/** Persons and public bodies cannot be held (Art. 3). */
export function canBeHeld(kind: EnterpriseKind): boolean {
  return hasFigures(kind);
}

function emptyPeriod(id: string, label: string): PeriodDraft {
  return { id, label, staff: '', annualTurnover: '', balanceSheetTotal: '', estimate: false };
}

function emptyParty(id: string, kind: EnterpriseKind, periods: PeriodDraft[]): PartyDraft {
  return {
    id,
    name: '',
    kind,
    exemptKind: '',
    totalInvestmentEur: '',
    annualBudgetEur: '',
    inhabitants: '',
    market: '',
    adjacentMarkets: '',
    periods,
  };
}

/** A fresh wizard: an applicant with one accounting period (e.g. last year). */
export function createInitialState(periodLabel: string): SmeWizardState {
  return {
    view: 'applicant',
    applicant: emptyParty(APPLICANT_ID, 'ENTERPRISE', [emptyPeriod('y1', periodLabel)]),
    parties: [],
    holdings: [],
    previousCategory: '',
    nextId: 2,
  };
}

/** The applicant and every other party, in the order of the input's `enterprises`. */
export function allParties(state: SmeWizardState): PartyDraft[] {
  return [state.applicant, ...state.parties];
}

export function findParty(state: SmeWizardState, id: string): PartyDraft | undefined {
  return allParties(state).find((p) => p.id === id);
}

function mapParty(state: SmeWizardState, id: string, fn: (p: PartyDraft) => PartyDraft): SmeWizardState {
  if (id === APPLICANT_ID) return { ...state, applicant: fn(state.applicant) };
  return { ...state, parties: state.parties.map((p) => (p.id === id ? fn(p) : p)) };
}

/** The label before a numeric year label ("2024" → "2023"); empty otherwise. */
export function previousLabel(label: string): string {
  const trimmed = label.trim();
  return /^\d{4}$/.test(trimmed) ? String(Number(trimmed) - 1) : '';
}

function defaultHolding(state: SmeWizardState, id: string): HoldingDraft {
  const others = state.parties;
  const holder = others.at(-1)?.id ?? APPLICANT_ID;
  const held =
    holder === APPLICANT_ID
      ? (others.find((p) => canBeHeld(p.kind))?.id ?? '')
      : APPLICANT_ID;
  return { id, holder, held, capitalPercent: '', votingPercent: '', controlRights: [], jointlyWith: [] };
}

export function smeWizardReducer(state: SmeWizardState, action: SmeAction): SmeWizardState {
  switch (action.type) {
    case 'updateParty': {
      // The applicant is always an enterprise.
      const patch: PartyPatch =
        action.id === APPLICANT_ID ? { ...action.patch, kind: 'ENTERPRISE' } : action.patch;
      return mapParty(state, action.id, (p) => ({ ...p, ...patch }));
    }
    case 'setPreviousCategory':
      return { ...state, previousCategory: action.value };
    case 'addParty': {
      const n = state.nextId;
      // A new enterprise gets the applicant's periods (same labels, no figures): periods are
      // aligned from the latest.
      const periods = hasFigures(action.kind)
        ? state.applicant.periods.map((period, i) => emptyPeriod(`y${n + 1 + i}`, period.label))
        : [];
      const party = emptyParty(`p${n}`, action.kind, periods);
      return { ...state, parties: [...state.parties, party], nextId: n + 1 + periods.length };
    }
    case 'removeParty': {
      if (action.id === APPLICANT_ID) return state;
      return {
        ...state,
        parties: state.parties.filter((p) => p.id !== action.id),
        holdings: state.holdings
          .filter((h) => h.holder !== action.id && h.held !== action.id)
          .map((h) =>
            h.jointlyWith.includes(action.id)
              ? { ...h, jointlyWith: h.jointlyWith.filter((j) => j !== action.id) }
              : h,
          ),
      };
    }
    case 'addPeriod': {
      const id = `y${state.nextId}`;
      const next = mapParty(state, action.partyId, (p) => ({
        ...p,
        // Periods are oldest first: the new one is the year before the earliest.
        periods: [emptyPeriod(id, previousLabel(p.periods[0]?.label ?? '')), ...p.periods],
      }));
      return { ...next, nextId: state.nextId + 1 };
    }
    case 'updatePeriod':
      return mapParty(state, action.partyId, (p) => ({
        ...p,
        periods: p.periods.map((y) => (y.id === action.periodId ? { ...y, ...action.patch } : y)),
      }));
    case 'removePeriod':
      return mapParty(state, action.partyId, (p) => ({
        ...p,
        periods: p.periods.filter((y) => y.id !== action.periodId),
      }));
    case 'addHolding': {
      const holding = defaultHolding(state, `h${state.nextId}`);
      return { ...state, holdings: [...state.holdings, holding], nextId: state.nextId + 1 };
    }
    case 'updateHolding':
      return {
        ...state,
        holdings: state.holdings.map((h) => (h.id === action.id ? { ...h, ...action.patch } : h)),
      };
    case 'removeHolding':
      return { ...state, holdings: state.holdings.filter((h) => h.id !== action.id) };
    case 'goTo':
      return { ...state, view: action.view };
    case 'reset':
      return createInitialState(action.periodLabel);
  }
}

// ---------------------------------------------------------------------------------------------
// Fields, problems and client-side checks

export type PartyField =
  | 'name'
  | 'kind'
  | 'exemptKind'
  | 'totalInvestmentEur'
  | 'annualBudgetEur'
  | 'inhabitants'
  | 'market'
  | 'periods';
export type PeriodField = 'label' | 'staff' | 'annualTurnover' | 'balanceSheetTotal';
export type HoldingField =
  | 'holder'
  | 'held'
  | 'capitalPercent'
  | 'votingPercent'
  | 'controlRights'
  | 'jointlyWith';
export type FormField = 'parties' | 'holdings' | 'previousCategory';

/** A field of the form, by the stable ids of the things it belongs to. */
export type FieldRef =
  | { scope: 'party'; partyId: string; field: PartyField }
  | { scope: 'period'; partyId: string; periodId: string; field: PeriodField }
  | { scope: 'holding'; holdingId: string; field: HoldingField }
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
  | 'server';

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
      return 'holdings';
    case 'form':
      return ref.field === 'previousCategory' ? 'applicant' : ref.field;
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
    out.add(pref('annualTurnover'), money(period.annualTurnover));
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

/** Client-side checks of one step (the review step checks everything); the server repeats them. */
export function validateStep(step: SmeStep, state: SmeWizardState): SmeErrors {
  const out = new ErrorList();
  const names = nameCounts(state);
  if (step === 'applicant' || step === 'review') checkParty(out, state.applicant, names);
  if (step === 'parties' || step === 'review') {
    for (const party of state.parties) checkParty(out, party, names);
  }
  if (step === 'holdings' || step === 'review') checkHoldings(out, state);
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
// The GraphQL input

function decimal(raw: string): string {
  return normaliseDecimalInput(raw);
}

/** The other persons (or public bodies) acting jointly with a holder who is one of them. */
export function jointCandidates(state: SmeWizardState, holderId: string): PartyDraft[] {
  const holder = findParty(state, holderId);
  if (!holder || (holder.kind !== 'NATURAL_PERSON' && holder.kind !== 'PUBLIC_BODY')) return [];
  return state.parties.filter((p) => p.id !== holderId && p.kind === holder.kind);
}

function partyInput(party: PartyDraft): SmeEnterpriseInput {
  const input: SmeEnterpriseInput = { id: party.id, name: party.name.trim(), kind: party.kind };
  if (party.kind === 'EXEMPT_INVESTOR' && party.exemptKind) {
    input.exemptInvestor = { kind: party.exemptKind };
    if (party.exemptKind === 'BUSINESS_ANGEL') {
      input.exemptInvestor.totalInvestmentEur = decimal(party.totalInvestmentEur);
    }
    if (party.exemptKind === 'AUTONOMOUS_LOCAL_AUTHORITY') {
      input.exemptInvestor.annualBudgetEur = decimal(party.annualBudgetEur);
      input.exemptInvestor.inhabitants = Number(party.inhabitants.trim());
    }
  }
  const market = party.market.trim();
  if (market) input.market = market;
  const adjacent = party.adjacentMarkets
    .split(/[,;]/)
    .map((m) => m.trim())
    .filter(Boolean);
  if (adjacent.length > 0) input.adjacentMarkets = adjacent;
  if (hasFigures(party.kind)) {
    input.periods = party.periods.map((period) => ({
      label: period.label.trim(),
      staff: decimal(period.staff),
      annualTurnover: decimal(period.annualTurnover),
      balanceSheetTotal: decimal(period.balanceSheetTotal),
      estimate: period.estimate,
    }));
  }
  return input;
}

function holdingInput(state: SmeWizardState, holding: HoldingDraft): SmeHoldingInput {
  const joint = new Set(jointCandidates(state, holding.holder).map((p) => p.id));
  const input: SmeHoldingInput = {
    holder: holding.holder,
    held: holding.held,
    capitalPercent: decimal(holding.capitalPercent),
    votingPercent: decimal(holding.votingPercent),
  };
  if (holding.controlRights.length > 0) {
    input.controlRights = CONTROL_RIGHTS.filter((r) => holding.controlRights.includes(r));
  }
  const jointly = holding.jointlyWith.filter((id) => joint.has(id));
  if (jointly.length > 0) input.jointlyWith = jointly;
  return input;
}

/**
 * The GraphQL input: the applicant first, then the other parties in order, then the holdings
 * in order, so the server's `enterprises[i]` and `holdings[h]` indices point back at them.
 */
export function toSmeInput(state: SmeWizardState): SmeAssessmentInput {
  const input: SmeAssessmentInput = {
    applicant: APPLICANT_ID,
    enterprises: allParties(state).map(partyInput),
    holdings: state.holdings.map((h) => holdingInput(state, h)),
  };
  if (state.previousCategory) input.previousCategory = state.previousCategory;
  return input;
}

// ---------------------------------------------------------------------------------------------
// Server errors → fields

const PERIOD_FIELDS: readonly string[] = ['label', 'staff', 'annualTurnover', 'balanceSheetTotal'];
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
  const period = /^periods\[(\d+)\](?:\.(\w+))?/.exec(rest);
  if (period) {
    const draft = party.periods[Number(period[1])];
    if (!draft) return ref('periods');
    const sub = period[2] ?? '';
    const field = (PERIOD_FIELDS.includes(sub) ? sub : sub === 'estimate' ? 'label' : 'staff') as PeriodField;
    return { scope: 'period', partyId: party.id, periodId: draft.id, field };
  }
  if (rest.startsWith('periods')) return ref('periods');
  // The API names an exempt investor's details `exemptInvestor.…`, the engine `kind.…`.
  const exempt = /^(?:exemptInvestor|kind)\.(\w+)/.exec(rest);
  if (exempt) return ref(EXEMPT_FIELDS[exempt[1] ?? ''] ?? 'exemptKind');
  if (rest === 'exemptInvestor') return ref('exemptKind');
  if (rest.startsWith('kind')) return ref('kind');
  if (rest.startsWith('market') || rest.startsWith('adjacentMarkets')) return ref('market');
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

// ---------------------------------------------------------------------------------------------
// Display helpers

/** Rounds a plain decimal string half up to `places` digits, exactly, and drops trailing zeros. */
export function roundDecimal(value: string, places: number): string {
  if (!isPlainDecimal(value)) return value;
  const [integer = '0', fraction = ''] = value.split('.');
  if (fraction.length <= places) return trimZeros(value);
  const digits = BigInt(integer + fraction.slice(0, places));
  const roundUp = Number(fraction[places]) >= 5;
  const scaled = (digits + (roundUp ? 1n : 0n)).toString().padStart(places + 1, '0');
  const whole = places === 0 ? scaled : scaled.slice(0, -places);
  const frac = places === 0 ? '' : scaled.slice(-places);
  return trimZeros(frac ? `${whole}.${frac}` : whole);
}

function trimZeros(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}
