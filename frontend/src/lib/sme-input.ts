/**
 * The SME self-assessment input (`SmeAssessmentInput`) an application carries, read from places
 * the compiler cannot vouch for: the `smeInput` JSON of a saved draft, and the input the public
 * SME check saved in this browser (`savedSmeInput`). Nothing is cast: `parseSmeInput` checks
 * every field it keeps and returns a fresh object with only the fields of the GraphQL input type
 * (unknown keys would make the server refuse the whole input).
 */
import type {
  ControlBasis,
  ControlRight,
  EnterpriseKind,
  ExemptInvestorInput,
  ExemptInvestorKind,
  SmeAssessmentInput,
  SmeCategory,
  SmeControlInput,
  SmeEnterpriseInput,
  SmeHoldingInput,
  SmePeriodInput,
  SmeStaffLineInput,
  StaffKind,
} from '@/gql/graphql';
import { loadSavedSmeInput } from '@/lib/sme-saved-input';
import { local, type KeyValueStorage } from '@/lib/storage';

type Json = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every value of a string union, as a total record so a new member is a compile error. */
function members<T extends string>(all: Record<T, true>): (value: unknown) => value is T {
  return (value: unknown): value is T => typeof value === 'string' && Object.hasOwn(all, value);
}

const isEnterpriseKind = members<EnterpriseKind>({
  ENTERPRISE: true,
  NATURAL_PERSON: true,
  PUBLIC_BODY: true,
  EXEMPT_INVESTOR: true,
});
const isExemptInvestorKind = members<ExemptInvestorKind>({
  PUBLIC_INVESTMENT_CORPORATION: true,
  VENTURE_CAPITAL: true,
  BUSINESS_ANGEL: true,
  UNIVERSITY: true,
  NON_PROFIT_RESEARCH_CENTRE: true,
  INSTITUTIONAL_INVESTOR: true,
  REGIONAL_DEVELOPMENT_FUND: true,
  AUTONOMOUS_LOCAL_AUTHORITY: true,
});
const isStaffKind = members<StaffKind>({
  EMPLOYEE: true,
  OWNER: true,
  PARTNER_ENGAGED_IN_ACTIVITY: true,
  APPRENTICE: true,
  VOCATIONAL_STUDENT: true,
  ON_MATERNITY_OR_PARENTAL_LEAVE: true,
});
const isControlRight = members<ControlRight>({
  MAJORITY_OF_VOTES: true,
  APPOINT_OR_REMOVE_BOARD_MAJORITY: true,
  DOMINANT_INFLUENCE_BY_CONTRACT_OR_STATUTES: true,
  CONTROL_OF_VOTES_BY_AGREEMENT: true,
});
const isControlBasis = members<ControlBasis>({
  BOARD_APPOINTMENT: true,
  CONTRACT: true,
  ARTICLES_OF_ASSOCIATION: true,
  SHAREHOLDER_AGREEMENT: true,
});
const isSmeCategory = members<SmeCategory>({ MICRO: true, SMALL: true, MEDIUM: true, LARGE: true });

/** Marks a value the parser refuses; thrown and caught inside `parseSmeInput` only. */
class Refused extends Error {}

function refuse(): never {
  throw new Refused();
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : refuse();
}

function optStr(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : str(value);
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A decimal as a string; a finite JSON number is accepted and written as a string. */
function dec(value: unknown): string {
  if (typeof value === 'string' && DECIMAL.test(value.trim())) return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return refuse();
}

function optDec(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : dec(value);
}

function int(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : refuse();
}

function list<T>(value: unknown, item: (v: unknown) => T, optional = true): T[] {
  if ((value === undefined || value === null) && optional) return [];
  if (!Array.isArray(value)) return refuse();
  const items: unknown[] = value;
  return items.map(item);
}

function record(value: unknown): Json {
  return isRecord(value) ? value : refuse();
}

function staffLine(value: unknown): SmeStaffLineInput {
  const v = record(value);
  const kind = v['kind'];
  return {
    kind: isStaffKind(kind) ? kind : refuse(),
    fte: dec(v['fte']),
    monthsWorked: dec(v['monthsWorked']),
    count: int(v['count']),
  };
}

function period(value: unknown): SmePeriodInput {
  const v = record(value);
  const out: SmePeriodInput = {
    label: str(v['label']),
    annualTurnover: dec(v['annualTurnover']),
    balanceSheetTotal: dec(v['balanceSheetTotal']),
  };
  const staff = optDec(v['staff']);
  if (staff !== undefined) out.staff = staff;
  if (v['staffDetail'] !== undefined && v['staffDetail'] !== null) {
    out.staffDetail = list(v['staffDetail'], staffLine, false);
  }
  if (v['estimate'] !== undefined && v['estimate'] !== null) {
    out.estimate = typeof v['estimate'] === 'boolean' ? v['estimate'] : refuse();
  }
  if (v['grossTurnover'] !== undefined && v['grossTurnover'] !== null) {
    const g = record(v['grossTurnover']);
    out.grossTurnover = {
      statedTurnover: dec(g['statedTurnover']),
      indirectTaxes: dec(g['indirectTaxes']),
    };
  }
  return out;
}

function exemptInvestor(value: unknown): ExemptInvestorInput {
  const v = record(value);
  const kind = v['kind'];
  const out: ExemptInvestorInput = { kind: isExemptInvestorKind(kind) ? kind : refuse() };
  const total = optDec(v['totalInvestmentEur']);
  if (total !== undefined) out.totalInvestmentEur = total;
  const budget = optDec(v['annualBudgetEur']);
  if (budget !== undefined) out.annualBudgetEur = budget;
  if (v['inhabitants'] !== undefined && v['inhabitants'] !== null) out.inhabitants = int(v['inhabitants']);
  return out;
}

function enterprise(value: unknown): SmeEnterpriseInput {
  const v = record(value);
  const kind = v['kind'];
  const out: SmeEnterpriseInput = {
    id: str(v['id']),
    name: str(v['name']),
    kind: isEnterpriseKind(kind) ? kind : refuse(),
    periods: list(v['periods'], period),
    adjacentMarkets: list(v['adjacentMarkets'], str),
    consolidatedIncludes: list(v['consolidatedIncludes'], str),
  };
  const market = optStr(v['market']);
  if (market !== undefined) out.market = market;
  if (v['exemptInvestor'] !== undefined && v['exemptInvestor'] !== null) {
    out.exemptInvestor = exemptInvestor(v['exemptInvestor']);
  }
  if (v['publicBody'] !== undefined && v['publicBody'] !== null) {
    out.publicBody = typeof v['publicBody'] === 'boolean' ? v['publicBody'] : refuse();
  }
  return out;
}

function control(value: unknown): SmeControlInput {
  const v = record(value);
  const basis = v['basis'];
  return {
    controller: str(v['controller']),
    controlled: str(v['controlled']),
    basis: isControlBasis(basis) ? basis : refuse(),
  };
}

function holding(value: unknown): SmeHoldingInput {
  const v = record(value);
  return {
    holder: str(v['holder']),
    held: str(v['held']),
    capitalPercent: dec(v['capitalPercent']),
    votingPercent: dec(v['votingPercent']),
    controlRights: list(v['controlRights'], (r) => (isControlRight(r) ? r : refuse())),
    jointlyWith: list(v['jointlyWith'], str),
  };
}

/**
 * An `SmeAssessmentInput` from untrusted JSON, or null when the value does not have its shape
 * (including an applicant that is none of the enterprises).
 */
export function parseSmeInput(value: unknown): SmeAssessmentInput | null {
  try {
    const v = record(value);
    const input: SmeAssessmentInput = {
      applicant: str(v['applicant']),
      enterprises: list(v['enterprises'], enterprise, false),
      holdings: list(v['holdings'], holding),
      controls: list(v['controls'], control),
    };
    const previous = v['previousCategory'];
    if (previous !== undefined && previous !== null) {
      input.previousCategory = isSmeCategory(previous) ? previous : refuse();
    }
    if (!input.enterprises.some((e) => e.id === input.applicant)) return null;
    return input;
  } catch (error) {
    if (error instanceof Refused) return null;
    throw error;
  }
}

/**
 * The SME input the visitor saved with the public SME check (read by `lib/sme-saved-input`, the
 * one reader), cleaned for sending; null when there is none or it is unreadable.
 */
export function savedSmeInput(storage: KeyValueStorage = local): SmeAssessmentInput | null {
  return parseSmeInput(loadSavedSmeInput(storage));
}

/** The figures of the minimal form: one enterprise, one accounting period. */
export interface SimpleSmeFigures {
  name: string;
  periodLabel: string;
  staff: string;
  annualTurnover: string;
  balanceSheetTotal: string;
}

/** The applicant's id in an input built from the minimal form. */
const SIMPLE_APPLICANT_ID = 'applicant';

/** The input of the minimal form: the applicant alone, with one period. */
export function simpleSmeInput(figures: SimpleSmeFigures): SmeAssessmentInput {
  return {
    applicant: SIMPLE_APPLICANT_ID,
    enterprises: [
      {
        id: SIMPLE_APPLICANT_ID,
        name: figures.name.trim(),
        kind: 'ENTERPRISE',
        periods: [
          {
            label: figures.periodLabel.trim(),
            staff: figures.staff.trim(),
            annualTurnover: figures.annualTurnover.trim(),
            balanceSheetTotal: figures.balanceSheetTotal.trim(),
          },
        ],
      },
    ],
    holdings: [],
  };
}

/**
 * The minimal form's figures when an input is just that (one enterprise with one period given as
 * a staff figure, no holdings); null for anything richer, which is then kept as it is.
 */
export function simpleFiguresOf(input: SmeAssessmentInput): SimpleSmeFigures | null {
  const [only, ...others] = input.enterprises;
  const [firstPeriod, ...otherPeriods] = only?.periods ?? [];
  if (
    !only ||
    others.length > 0 ||
    otherPeriods.length > 0 ||
    !firstPeriod ||
    only.kind !== 'ENTERPRISE' ||
    only.id !== input.applicant ||
    (input.holdings?.length ?? 0) > 0 ||
    input.previousCategory ||
    firstPeriod.staffDetail ||
    firstPeriod.estimate ||
    typeof firstPeriod.staff !== 'string' ||
    (only.consolidatedIncludes?.length ?? 0) > 0
  ) {
    return null;
  }
  return {
    name: only.name,
    periodLabel: firstPeriod.label,
    staff: firstPeriod.staff,
    annualTurnover: firstPeriod.annualTurnover,
    balanceSheetTotal: firstPeriod.balanceSheetTotal,
  };
}

/** What a summary of an input shows: the applicant and its latest period. */
interface SmeInputSummary {
  applicantName: string;
  parties: number;
  holdings: number;
  latest: SmePeriodInput | null;
}

export function summariseSmeInput(input: SmeAssessmentInput): SmeInputSummary {
  const applicant = input.enterprises.find((e) => e.id === input.applicant);
  return {
    applicantName: applicant?.name ?? input.applicant,
    parties: input.enterprises.length,
    holdings: input.holdings?.length ?? 0,
    latest: applicant?.periods?.at(-1) ?? null,
  };
}
