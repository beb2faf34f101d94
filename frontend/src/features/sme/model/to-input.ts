/**
 * The wizard's answers as the GraphQL `SmeAssessmentInput`: the applicant first, then the other
 * parties, holdings and controls in the order they were added, so that the server's
 * `enterprises[i]`, `holdings[h]` and `controls[c]` point back at them.
 */
import type {
  SmeAssessmentInput,
  SmeControlInput,
  SmeEnterpriseInput,
  SmeHoldingInput,
  SmePeriodInput,
} from '@/gql/graphql';
import { decimalPlaces, isPlainDecimal, normaliseDecimalInput } from '@/lib/decimal';
import {
  allParties,
  APPLICANT_ID,
  CONTROL_RIGHTS,
  hasFigures,
  jointCandidates,
  type ControlDraft,
  type HoldingDraft,
  type PartyDraft,
  type PeriodDraft,
  type SmeWizardState,
} from './wizard';

function decimal(raw: string): string {
  return normaliseDecimalInput(raw);
}

/**
 * `a − b` for two plain decimal strings, exactly (as scaled integers): the net turnover from a
 * stated turnover and the indirect taxes in it (Art. 4(1)). Not a plain decimal in, not out.
 */
export function subtractDecimals(a: string, b: string): string {
  if (!isPlainDecimal(a) || !isPlainDecimal(b)) return a;
  const places = Math.max(decimalPlaces(a), decimalPlaces(b));
  const scaled = (v: string) => {
    const [integer = '0', fraction = ''] = v.split('.');
    return BigInt(integer + fraction.padEnd(places, '0'));
  };
  const difference = scaled(a) - scaled(b);
  const sign = difference < 0n ? '-' : '';
  const digits = (difference < 0n ? -difference : difference).toString().padStart(places + 1, '0');
  return places === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/**
 * A period's figures. A turnover stated with its indirect taxes is sent as it is, with the net
 * figure computed from it: the server deducts the taxes again, checks the two agree and says
 * so in its explanation.
 */
function periodInput(period: PeriodDraft): SmePeriodInput {
  const input: SmePeriodInput = {
    label: period.label.trim(),
    staff: decimal(period.staff),
    annualTurnover: decimal(period.annualTurnover),
    balanceSheetTotal: decimal(period.balanceSheetTotal),
    estimate: period.estimate,
  };
  if (period.grossTurnover) {
    const statedTurnover = decimal(period.statedTurnover);
    const indirectTaxes = decimal(period.indirectTaxes);
    input.annualTurnover = subtractDecimals(statedTurnover, indirectTaxes);
    input.grossTurnover = { statedTurnover, indirectTaxes };
  }
  return input;
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
    if (party.publicBody) input.publicBody = true;
  }
  const market = party.market.trim();
  if (market) input.market = market;
  const adjacent = party.adjacentMarkets
    .split(/[,;]/)
    .map((m) => m.trim())
    .filter(Boolean);
  if (adjacent.length > 0) input.adjacentMarkets = adjacent;
  if (hasFigures(party.kind)) input.periods = party.periods.map(periodInput);
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

function controlInput(control: ControlDraft): SmeControlInput {
  return { controller: control.controller, controlled: control.controlled, basis: control.basis };
}

/** The GraphQL input, in the order of the form. */
export function toSmeInput(state: SmeWizardState): SmeAssessmentInput {
  const input: SmeAssessmentInput = {
    applicant: APPLICANT_ID,
    enterprises: allParties(state).map(partyInput),
    holdings: state.holdings.map((h) => holdingInput(state, h)),
  };
  if (state.controls.length > 0) input.controls = state.controls.map(controlInput);
  if (state.previousCategory) input.previousCategory = state.previousCategory;
  return input;
}

