/**
 * The wizard's answers survive a reload: they are kept in localStorage under
 * `WIZARD_STORAGE_KEY` and read back with a strict check of their shape, so a stale or
 * tampered entry is ignored instead of breaking the page. Fields added since version 1 was
 * first written (a stated turnover, `publicBody`, controls without shares) may be missing and
 * then take their defaults, so answers kept before still load.
 */
import type { ControlBasis, ControlRight, EnterpriseKind, ExemptInvestorKind, SmeCategory } from '@/gql/graphql';
import type { KeyValueStorage } from '@/lib/storage';
import {
  CONTROL_BASES,
  CONTROL_RIGHTS,
  EXEMPT_INVESTOR_KINDS,
  PARTY_KINDS,
  SME_CATEGORY_VALUES,
  SME_STEPS,
  APPLICANT_ID,
  type ControlDraft,
  type HoldingDraft,
  type PartyDraft,
  type PeriodDraft,
  type SmeView,
  type SmeWizardState,
} from './wizard';

export const WIZARD_STORAGE_KEY = 'cyberhealth.sme.wizard';
const VERSION = 1;

type Json = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function text(record: Json, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' ? value : null;
}

/** A field added later: its default when missing, null when present with the wrong type. */
function later<T>(record: Json, key: string, fallback: T, valid: (value: unknown) => value is T): T | null {
  const value = record[key];
  if (value === undefined) return fallback;
  return valid(value) ? value : null;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

function list<T>(value: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items: unknown[] = value;
  const out: T[] = [];
  for (const item of items) {
    const parsed = parse(item);
    if (parsed === null) return null;
    out.push(parsed);
  }
  return out;
}

function parsePeriod(value: unknown): PeriodDraft | null {
  if (!isRecord(value)) return null;
  const id = text(value, 'id');
  const label = text(value, 'label');
  const staff = text(value, 'staff');
  const annualTurnover = text(value, 'annualTurnover');
  const balanceSheetTotal = text(value, 'balanceSheetTotal');
  const grossTurnover = later(value, 'grossTurnover', false, isBoolean);
  const statedTurnover = later(value, 'statedTurnover', '', isString);
  const indirectTaxes = later(value, 'indirectTaxes', '', isString);
  if (
    id === null ||
    label === null ||
    staff === null ||
    annualTurnover === null ||
    balanceSheetTotal === null ||
    grossTurnover === null ||
    statedTurnover === null ||
    indirectTaxes === null
  ) {
    return null;
  }
  return {
    id,
    label,
    staff,
    annualTurnover,
    grossTurnover,
    statedTurnover,
    indirectTaxes,
    balanceSheetTotal,
    estimate: value['estimate'] === true,
  };
}

function parseParty(value: unknown): PartyDraft | null {
  if (!isRecord(value)) return null;
  const id = text(value, 'id');
  const kind: unknown = value['kind'];
  const exemptKind: unknown = value['exemptKind'];
  const periods = list(value['periods'], parsePeriod);
  const strings = ['name', 'totalInvestmentEur', 'annualBudgetEur', 'inhabitants', 'market', 'adjacentMarkets'].map(
    (key) => text(value, key),
  );
  const [name, totalInvestmentEur, annualBudgetEur, inhabitants, market, adjacentMarkets] = strings;
  const publicBody = later(value, 'publicBody', false, isBoolean);
  if (
    id === null ||
    publicBody === null ||
    !oneOf<EnterpriseKind>(PARTY_KINDS, kind) ||
    !(exemptKind === '' || oneOf<ExemptInvestorKind>(EXEMPT_INVESTOR_KINDS, exemptKind)) ||
    periods === null ||
    name == null ||
    totalInvestmentEur == null ||
    annualBudgetEur == null ||
    inhabitants == null ||
    market == null ||
    adjacentMarkets == null
  ) {
    return null;
  }
  return {
    id,
    name,
    kind,
    exemptKind,
    totalInvestmentEur,
    annualBudgetEur,
    inhabitants,
    publicBody,
    market,
    adjacentMarkets,
    periods,
  };
}

function parseStrings(value: unknown): string[] | null {
  return list(value, (item) => (typeof item === 'string' ? item : null));
}

function parseHolding(value: unknown): HoldingDraft | null {
  if (!isRecord(value)) return null;
  const id = text(value, 'id');
  const holder = text(value, 'holder');
  const held = text(value, 'held');
  const capitalPercent = text(value, 'capitalPercent');
  const votingPercent = text(value, 'votingPercent');
  const controlRights = list(value['controlRights'], (item) =>
    oneOf<ControlRight>(CONTROL_RIGHTS, item) ? item : null,
  );
  const jointlyWith = parseStrings(value['jointlyWith']);
  if (
    id === null ||
    holder === null ||
    held === null ||
    capitalPercent === null ||
    votingPercent === null ||
    controlRights === null ||
    jointlyWith === null
  ) {
    return null;
  }
  return { id, holder, held, capitalPercent, votingPercent, controlRights, jointlyWith };
}

function parseControl(value: unknown): ControlDraft | null {
  if (!isRecord(value)) return null;
  const id = text(value, 'id');
  const controller = text(value, 'controller');
  const controlled = text(value, 'controlled');
  const basis: unknown = value['basis'];
  if (id === null || controller === null || controlled === null || !oneOf<ControlBasis>(CONTROL_BASES, basis)) {
    return null;
  }
  return { id, controller, controlled, basis };
}

const VIEWS: readonly SmeView[] = [...SME_STEPS, 'result'];

/** The stored state, or null when there is none or it does not have the expected shape. */
export function parseWizardState(raw: string | null): SmeWizardState | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(data) || data['version'] !== VERSION || !isRecord(data['state'])) return null;
  const state = data['state'];
  const view: unknown = state['view'];
  const previousCategory: unknown = state['previousCategory'];
  const nextId: unknown = state['nextId'];
  const applicant = parseParty(state['applicant']);
  const parties = list(state['parties'], parseParty);
  const holdings = list(state['holdings'], parseHolding);
  const controls = state['controls'] === undefined ? [] : list(state['controls'], parseControl);
  if (
    !oneOf(VIEWS, view) ||
    !(previousCategory === '' || oneOf<SmeCategory>(SME_CATEGORY_VALUES, previousCategory)) ||
    typeof nextId !== 'number' ||
    !Number.isSafeInteger(nextId) ||
    applicant === null ||
    applicant.id !== APPLICANT_ID ||
    parties === null ||
    holdings === null ||
    controls === null
  ) {
    return null;
  }
  return {
    view,
    applicant: { ...applicant, kind: 'ENTERPRISE' },
    parties,
    holdings,
    controls,
    previousCategory,
    nextId,
  };
}

export function serialiseWizardState(state: SmeWizardState): string {
  return JSON.stringify({ version: VERSION, state });
}

export function loadWizardState(storage: KeyValueStorage): SmeWizardState | null {
  return parseWizardState(storage.getItem(WIZARD_STORAGE_KEY));
}

export function saveWizardState(storage: KeyValueStorage, state: SmeWizardState): void {
  storage.setItem(WIZARD_STORAGE_KEY, serialiseWizardState(state));
}

export function clearWizardState(storage: KeyValueStorage): void {
  storage.removeItem(WIZARD_STORAGE_KEY);
}
