/**
 * The SME self-assessment wizard as pure data: its state and a reducer. Client-side checks and
 * the mapping of server errors back to fields are in `checks.ts`; the conversion to the GraphQL
 * `SmeAssessmentInput` in `to-input.ts`. No React, no I/O: the page only dispatches and renders.
 *
 * Every amount, percentage and staff figure stays the string the user typed (a decimal comma
 * becomes a point); nothing goes through a float.
 */
import type { ControlBasis, ControlRight, EnterpriseKind, ExemptInvestorKind, SmeCategory } from '@/gql/graphql';
import { isPlainDecimal } from '@/lib/decimal';

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

/** Where a dominant influence without shares comes from (Art. 3(3)(b) to (d)). */
export const CONTROL_BASES = [
  'BOARD_APPOINTMENT',
  'CONTRACT',
  'ARTICLES_OF_ASSOCIATION',
  'SHAREHOLDER_AGREEMENT',
] as const satisfies readonly ControlBasis[];

export const SME_CATEGORY_VALUES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const satisfies readonly SmeCategory[];

export interface PeriodDraft {
  id: string;
  label: string;
  /** Annual work units (AWU). */
  staff: string;
  /** EUR, net of VAT; used when `grossTurnover` is false. */
  annualTurnover: string;
  /** The turnover is given as stated in the accounts, with the indirect taxes in it (Art. 4(1)). */
  grossTurnover: boolean;
  /** EUR, including VAT and other indirect taxes; used when `grossTurnover` is true. */
  statedTurnover: string;
  /** EUR, the VAT and other indirect taxes included in `statedTurnover`. */
  indirectTaxes: string;
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
  /** For EXEMPT_INVESTOR: it is also a public body (Art. 3(4)), e.g. a public university. */
  publicBody: boolean;
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

/** `controller` has a dominant influence over `controlled` without shares (Art. 3(3)(b) to (d)). */
export interface ControlDraft {
  id: string;
  controller: string;
  controlled: string;
  basis: ControlBasis;
}

export interface SmeWizardState {
  view: SmeView;
  applicant: PartyDraft;
  /** Every other party, in the order they were added (the input's order after the applicant). */
  parties: PartyDraft[];
  holdings: HoldingDraft[];
  controls: ControlDraft[];
  previousCategory: SmeCategory | '';
  /** Source of the internal ids of parties, periods and holdings. */
  nextId: number;
}

export type PartyPatch = Partial<Omit<PartyDraft, 'id' | 'periods'>>;
export type PeriodPatch = Partial<Omit<PeriodDraft, 'id'>>;
export type HoldingPatch = Partial<Omit<HoldingDraft, 'id'>>;
export type ControlPatch = Partial<Omit<ControlDraft, 'id'>>;

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
  | { type: 'addControl' }
  | { type: 'updateControl'; id: string; patch: ControlPatch }
  | { type: 'removeControl'; id: string }
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
  return {
    id,
    label,
    staff: '',
    annualTurnover: '',
    grossTurnover: false,
    statedTurnover: '',
    indirectTaxes: '',
    balanceSheetTotal: '',
    estimate: false,
  };
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
    publicBody: false,
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
    controls: [],
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

function defaultControl(state: SmeWizardState, id: string): ControlDraft {
  const { holder, held } = defaultHolding(state, id);
  return { id, controller: holder, controlled: held, basis: 'CONTRACT' };
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
        controls: state.controls.filter((c) => c.controller !== action.id && c.controlled !== action.id),
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
    case 'addControl': {
      const control = defaultControl(state, `c${state.nextId}`);
      return { ...state, controls: [...state.controls, control], nextId: state.nextId + 1 };
    }
    case 'updateControl':
      return {
        ...state,
        controls: state.controls.map((c) => (c.id === action.id ? { ...c, ...action.patch } : c)),
      };
    case 'removeControl':
      return { ...state, controls: state.controls.filter((c) => c.id !== action.id) };
    case 'goTo':
      return { ...state, view: action.view };
    case 'reset':
      return createInitialState(action.periodLabel);
  }
}

/** The other persons (or public bodies) acting jointly with a holder who is one of them. */
export function jointCandidates(state: SmeWizardState, holderId: string): PartyDraft[] {
  const holder = findParty(state, holderId);
  if (!holder || (holder.kind !== 'NATURAL_PERSON' && holder.kind !== 'PUBLIC_BODY')) return [];
  return state.parties.filter((p) => p.id !== holderId && p.kind === holder.kind);
}

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
