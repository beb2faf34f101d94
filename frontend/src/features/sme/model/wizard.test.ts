import { describe, expect, it } from 'vitest';
import {
  errorsOfStep,
  fieldKey,
  firstInvalidStep,
  refForServerPath,
  serverFieldErrors,
  stepOfRef,
  validateStep,
} from './checks';
import { toSmeInput } from './to-input';
import {
  APPLICANT_ID,
  createInitialState,
  jointCandidates,
  previousLabel,
  roundDecimal,
  smeWizardReducer,
  type SmeAction,
  type SmeWizardState,
} from './wizard';

function run(state: SmeWizardState, ...actions: SmeAction[]): SmeWizardState {
  return actions.reduce(smeWizardReducer, state);
}

const party = (state: SmeWizardState, index: number) => {
  const found = state.parties[index];
  if (!found) throw new Error(`no party ${index}`);
  return found;
};

/** Applicant + a 30% partner + a 60% linked enterprise, all with 2024 figures. */
function partnerAndLinked(): SmeWizardState {
  let s = createInitialState('2024');
  s = run(
    s,
    { type: 'updateParty', id: APPLICANT_ID, patch: { name: 'Klinik Süd GmbH' } },
    {
      type: 'updatePeriod',
      partyId: APPLICANT_ID,
      periodId: 'y1',
      patch: { staff: '30', annualTurnover: '4200000', balanceSheetTotal: '3000000' },
    },
    { type: 'addParty', kind: 'ENTERPRISE' },
    { type: 'addParty', kind: 'ENTERPRISE' },
  );
  const partner = party(s, 0);
  const linked = party(s, 1);
  s = run(
    s,
    { type: 'updateParty', id: partner.id, patch: { name: 'MedInvest AG' } },
    {
      type: 'updatePeriod',
      partyId: partner.id,
      periodId: partner.periods[0]?.id ?? '',
      patch: { staff: '40', annualTurnover: '9000000', balanceSheetTotal: '12000000' },
    },
    { type: 'updateParty', id: linked.id, patch: { name: 'Labor Plus GmbH' } },
    {
      type: 'updatePeriod',
      partyId: linked.id,
      periodId: linked.periods[0]?.id ?? '',
      patch: { staff: '25,5', annualTurnover: '3000000', balanceSheetTotal: '2000000.50' },
    },
    { type: 'addHolding' },
    { type: 'addHolding' },
  );
  const [h1, h2] = s.holdings;
  return run(
    s,
    {
      type: 'updateHolding',
      id: h1?.id ?? '',
      patch: { holder: partner.id, held: APPLICANT_ID, capitalPercent: '30', votingPercent: '30' },
    },
    {
      type: 'updateHolding',
      id: h2?.id ?? '',
      patch: { holder: APPLICANT_ID, held: linked.id, capitalPercent: '60', votingPercent: '60' },
    },
  );
}

describe('the wizard reducer', () => {
  it('starts with an applicant enterprise and one period', () => {
    const s = createInitialState('2024');
    expect(s.view).toBe('applicant');
    expect(s.applicant).toMatchObject({ id: APPLICANT_ID, kind: 'ENTERPRISE' });
    expect(s.applicant.periods.map((p) => p.label)).toEqual(['2024']);
    expect(s.parties).toEqual([]);
    expect(s.holdings).toEqual([]);
  });

  it('adds parties with unique ids; enterprises get the applicant\'s period labels', () => {
    const s = run(
      createInitialState('2024'),
      { type: 'addPeriod', partyId: APPLICANT_ID },
      { type: 'addParty', kind: 'ENTERPRISE' },
      { type: 'addParty', kind: 'NATURAL_PERSON' },
      { type: 'addParty', kind: 'EXEMPT_INVESTOR' },
    );
    expect(s.applicant.periods.map((p) => p.label)).toEqual(['2023', '2024']);
    expect(s.parties.map((p) => p.kind)).toEqual(['ENTERPRISE', 'NATURAL_PERSON', 'EXEMPT_INVESTOR']);
    expect(party(s, 0).periods.map((p) => p.label)).toEqual(['2023', '2024']);
    expect(party(s, 1).periods).toEqual([]);
    const ids = [
      ...s.parties.map((p) => p.id),
      ...s.parties.flatMap((p) => p.periods.map((y) => y.id)),
      ...s.applicant.periods.map((y) => y.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('adds a period before the earliest one, and removes periods', () => {
    let s = run(createInitialState('2024'), { type: 'addPeriod', partyId: APPLICANT_ID });
    expect(s.applicant.periods.map((p) => p.label)).toEqual(['2023', '2024']);
    s = run(s, { type: 'removePeriod', partyId: APPLICANT_ID, periodId: s.applicant.periods[0]?.id ?? '' });
    expect(s.applicant.periods.map((p) => p.label)).toEqual(['2024']);
    expect(previousLabel('FY 2024')).toBe('');
  });

  it('keeps the applicant an enterprise and never removes it', () => {
    const s = run(
      createInitialState('2024'),
      { type: 'updateParty', id: APPLICANT_ID, patch: { kind: 'NATURAL_PERSON', name: 'X' } },
      { type: 'removeParty', id: APPLICANT_ID },
    );
    expect(s.applicant.kind).toBe('ENTERPRISE');
    expect(s.applicant.name).toBe('X');
  });

  it('defaults a new holding to the latest party holding the applicant', () => {
    const s = run(createInitialState('2024'), { type: 'addParty', kind: 'ENTERPRISE' }, { type: 'addHolding' });
    expect(s.holdings[0]).toMatchObject({ holder: party(s, 0).id, held: APPLICANT_ID });
  });

  it('removing an enterprise removes its holdings, both ways, and its joint mentions', () => {
    let s = partnerAndLinked();
    s = run(s, { type: 'addParty', kind: 'NATURAL_PERSON' }, { type: 'addParty', kind: 'NATURAL_PERSON' });
    const [a, b] = [party(s, 2).id, party(s, 3).id];
    s = run(s, { type: 'addHolding' });
    const joint = s.holdings.at(-1)?.id ?? '';
    s = run(s, { type: 'updateHolding', id: joint, patch: { holder: a, held: APPLICANT_ID, jointlyWith: [b] } });
    expect(s.holdings).toHaveLength(3);

    const removedLinked = run(s, { type: 'removeParty', id: party(s, 1).id });
    expect(removedLinked.parties.map((p) => p.name)).not.toContain('Labor Plus GmbH');
    expect(removedLinked.holdings.map((h) => h.held)).toEqual([APPLICANT_ID, APPLICANT_ID]);

    const removedPerson = run(s, { type: 'removeParty', id: b });
    expect(removedPerson.holdings.find((h) => h.id === joint)?.jointlyWith).toEqual([]);
  });

  it('adds, updates and removes holdings', () => {
    let s = run(partnerAndLinked(), { type: 'addHolding' });
    expect(s.holdings).toHaveLength(3);
    const id = s.holdings[2]?.id ?? '';
    s = run(s, { type: 'updateHolding', id, patch: { controlRights: ['MAJORITY_OF_VOTES'] } });
    expect(s.holdings[2]?.controlRights).toEqual(['MAJORITY_OF_VOTES']);
    s = run(s, { type: 'removeHolding', id });
    expect(s.holdings).toHaveLength(2);
  });

  it('moves between views and starts over', () => {
    let s = run(partnerAndLinked(), { type: 'goTo', view: 'review' });
    expect(s.view).toBe('review');
    s = run(s, { type: 'reset', periodLabel: '2025' });
    expect(s).toEqual(createInitialState('2025'));
  });
});

describe('client-side checks', () => {
  it('accepts a complete structure', () => {
    expect(firstInvalidStep(partnerAndLinked())).toBeNull();
    expect(validateStep('review', partnerAndLinked())).toEqual({});
  });

  it('checks the applicant: name, figures as exact decimals, unique labels', () => {
    let s = createInitialState('2024');
    s = run(s, { type: 'addPeriod', partyId: APPLICANT_ID });
    const [older, latest] = s.applicant.periods;
    s = run(
      s,
      { type: 'updatePeriod', partyId: APPLICANT_ID, periodId: older?.id ?? '', patch: { label: '2024', staff: '1e3', annualTurnover: '10.005', balanceSheetTotal: '-1' } },
      { type: 'updatePeriod', partyId: APPLICANT_ID, periodId: latest?.id ?? '', patch: { staff: '12', annualTurnover: '1', balanceSheetTotal: '1' } },
    );
    const errors = validateStep('applicant', s);
    const problems = Object.fromEntries(Object.entries(errors).map(([key, e]) => [key, e.problem]));
    expect(problems).toEqual({
      'sme-party-applicant-name': 'required',
      [`sme-period-applicant-${older?.id}-label`]: 'duplicateLabel',
      [`sme-period-applicant-${older?.id}-staff`]: 'format',
      [`sme-period-applicant-${older?.id}-annualTurnover`]: 'decimals',
      [`sme-period-applicant-${older?.id}-balanceSheetTotal`]: 'format',
      [`sme-period-applicant-${latest?.id}-label`]: 'duplicateLabel',
    });
    const none = run(s, { type: 'removePeriod', partyId: APPLICANT_ID, periodId: older?.id ?? '' }, {
      type: 'removePeriod',
      partyId: APPLICANT_ID,
      periodId: latest?.id ?? '',
    });
    expect(validateStep('applicant', none)['sme-party-applicant-periods']?.problem).toBe('periodsRequired');
  });

  it('checks investors\' details and duplicate names', () => {
    let s = run(partnerAndLinked(), { type: 'addParty', kind: 'EXEMPT_INVESTOR' }, { type: 'addParty', kind: 'EXEMPT_INVESTOR' });
    const angel = party(s, 2);
    const authority = party(s, 3);
    s = run(
      s,
      { type: 'updateParty', id: angel.id, patch: { name: 'medinvest ag', exemptKind: 'BUSINESS_ANGEL' } },
      { type: 'updateParty', id: authority.id, patch: { name: 'Gemeinde', exemptKind: 'AUTONOMOUS_LOCAL_AUTHORITY', annualBudgetEur: '900000', inhabitants: '4.5' } },
    );
    const errors = validateStep('parties', s);
    expect(errors[`sme-party-${angel.id}-name`]?.problem).toBe('duplicateName');
    expect(errors[`sme-party-${angel.id}-totalInvestmentEur`]?.problem).toBe('required');
    expect(errors[`sme-party-${authority.id}-inhabitants`]?.problem).toBe('wholeNumber');
    expect(errors[`sme-party-${authority.id}-annualBudgetEur`]).toBeUndefined();
    // Periods of investors are optional but checked when given.
    expect(errors[`sme-period-${angel.id}-${angel.periods[0]?.id}-staff`]?.problem).toBe('required');
  });

  it('checks holdings: percentages 0 to 100, no self-holding, persons cannot be held, no duplicate pair', () => {
    let s = run(partnerAndLinked(), { type: 'addParty', kind: 'NATURAL_PERSON' }, { type: 'addHolding' }, { type: 'addHolding' }, { type: 'addHolding' });
    const person = party(s, 2);
    const [, , h3, h4, h5] = s.holdings;
    s = run(
      s,
      { type: 'updateParty', id: person.id, patch: { name: 'Dr. Anna Weber' } },
      { type: 'updateHolding', id: h3?.id ?? '', patch: { holder: APPLICANT_ID, held: APPLICANT_ID, capitalPercent: '100.5', votingPercent: '' } },
      { type: 'updateHolding', id: h4?.id ?? '', patch: { holder: APPLICANT_ID, held: person.id, capitalPercent: '10', votingPercent: '10' } },
      { type: 'updateHolding', id: h5?.id ?? '', patch: { holder: party(s, 0).id, held: APPLICANT_ID, capitalPercent: '0', votingPercent: '12.34567' } },
    );
    const errors = validateStep('holdings', s);
    const problem = (id: string | undefined, field: string) => errors[`sme-holding-${id}-${field}`]?.problem;
    expect(problem(h3?.id, 'held')).toBe('sameParty');
    expect(problem(h3?.id, 'capitalPercent')).toBe('percentRange');
    expect(problem(h3?.id, 'votingPercent')).toBe('required');
    expect(problem(h4?.id, 'held')).toBe('notHoldable');
    expect(problem(h5?.id, 'held')).toBe('duplicateHolding');
    expect(problem(h5?.id, 'capitalPercent')).toBeUndefined();
    expect(problem(h5?.id, 'votingPercent')).toBe('decimals');
    expect(firstInvalidStep(s)?.step).toBe('holdings');
    expect(errorsOfStep(errors, 'holdings')).toHaveLength(Object.keys(errors).length);
    expect(errorsOfStep(errors, 'parties')).toEqual([]);
  });
});

describe('conversion to the GraphQL input', () => {
  it('sends the applicant first, the parties in order and decimal strings unchanged', () => {
    const s = partnerAndLinked();
    const input = toSmeInput(s);
    expect(input.applicant).toBe(APPLICANT_ID);
    expect(input.enterprises.map((e) => e.name)).toEqual(['Klinik Süd GmbH', 'MedInvest AG', 'Labor Plus GmbH']);
    expect(input.enterprises[0]).toEqual({
      id: APPLICANT_ID,
      name: 'Klinik Süd GmbH',
      kind: 'ENTERPRISE',
      periods: [{ label: '2024', staff: '30', annualTurnover: '4200000', balanceSheetTotal: '3000000', estimate: false }],
    });
    expect(input.enterprises[2]?.periods?.[0]).toMatchObject({ staff: '25.5', balanceSheetTotal: '2000000.50' });
    expect(input.holdings).toEqual([
      { holder: party(s, 0).id, held: APPLICANT_ID, capitalPercent: '30', votingPercent: '30' },
      { holder: APPLICANT_ID, held: party(s, 1).id, capitalPercent: '60', votingPercent: '60' },
    ]);
    expect(input.previousCategory).toBeUndefined();
    expect(toSmeInput({ ...s, previousCategory: 'SMALL' }).previousCategory).toBe('SMALL');
  });

  it('sends exempt investors\' details for their kind only, markets, and no figures for persons', () => {
    let s = run(
      createInitialState('2024'),
      { type: 'addParty', kind: 'EXEMPT_INVESTOR' },
      { type: 'addParty', kind: 'EXEMPT_INVESTOR' },
      { type: 'addParty', kind: 'NATURAL_PERSON' },
      { type: 'addParty', kind: 'PUBLIC_BODY' },
    );
    const [angel, authority, person, body] = s.parties;
    s = run(
      s,
      { type: 'updateParty', id: angel?.id ?? '', patch: { exemptKind: 'BUSINESS_ANGEL', totalInvestmentEur: '1000000', annualBudgetEur: '5' } },
      { type: 'updateParty', id: authority?.id ?? '', patch: { exemptKind: 'AUTONOMOUS_LOCAL_AUTHORITY', annualBudgetEur: '9000000', inhabitants: '4200' } },
      { type: 'updateParty', id: person?.id ?? '', patch: { name: ' Dr. Weber ', market: '86.10' } },
      { type: 'updateParty', id: APPLICANT_ID, patch: { market: ' 86.10 ', adjacentMarkets: '86.21, 86.22;' } },
    );
    const input = toSmeInput(s);
    expect(input.enterprises[0]).toMatchObject({ market: '86.10', adjacentMarkets: ['86.21', '86.22'] });
    expect(input.enterprises[1]?.exemptInvestor).toEqual({ kind: 'BUSINESS_ANGEL', totalInvestmentEur: '1000000' });
    expect(input.enterprises[2]?.exemptInvestor).toEqual({
      kind: 'AUTONOMOUS_LOCAL_AUTHORITY',
      annualBudgetEur: '9000000',
      inhabitants: 4200,
    });
    expect(input.enterprises[3]).toEqual({ id: person?.id, name: 'Dr. Weber', kind: 'NATURAL_PERSON', market: '86.10' });
    expect(input.enterprises[4]).toEqual({ id: body?.id, name: '', kind: 'PUBLIC_BODY' });
  });

  it('sends control rights in a fixed order and only valid joint holders', () => {
    let s = run(
      createInitialState('2024'),
      { type: 'addParty', kind: 'NATURAL_PERSON' },
      { type: 'addParty', kind: 'NATURAL_PERSON' },
      { type: 'addParty', kind: 'PUBLIC_BODY' },
      { type: 'addHolding' },
    );
    const [a, b, body] = s.parties;
    s = run(s, {
      type: 'updateHolding',
      id: s.holdings[0]?.id ?? '',
      patch: {
        holder: a?.id ?? '',
        controlRights: ['CONTROL_OF_VOTES_BY_AGREEMENT', 'MAJORITY_OF_VOTES'],
        jointlyWith: [body?.id ?? '', b?.id ?? '', 'gone'],
        capitalPercent: '20',
        votingPercent: '20',
      },
    });
    expect(jointCandidates(s, a?.id ?? '').map((p) => p.id)).toEqual([b?.id]);
    expect(jointCandidates(s, APPLICANT_ID)).toEqual([]);
    expect(toSmeInput(s).holdings?.[0]).toEqual({
      holder: a?.id,
      held: APPLICANT_ID,
      capitalPercent: '20',
      votingPercent: '20',
      controlRights: ['MAJORITY_OF_VOTES', 'CONTROL_OF_VOTES_BY_AGREEMENT'],
      jointlyWith: [b?.id],
    });
  });
});

describe('server VALIDATION field → step and field', () => {
  const s = run(partnerAndLinked(), { type: 'addParty', kind: 'EXEMPT_INVESTOR' });
  const investor = party(s, 2);

  it('maps holdings[h].… to that holding on the holdings step', () => {
    const ref = refForServerPath('holdings[0].capitalPercent', s);
    expect(ref).toEqual({ scope: 'holding', holdingId: s.holdings[0]?.id, field: 'capitalPercent' });
    expect(ref && stepOfRef(ref)).toBe('holdings');
    expect(ref && fieldKey(ref)).toBe(`sme-holding-${s.holdings[0]?.id}-capitalPercent`);
    expect(refForServerPath('holdings[1].jointlyWith[0]', s)).toMatchObject({ field: 'jointlyWith' });
    expect(refForServerPath('holdings[1]', s)).toMatchObject({ field: 'held' });
    expect(refForServerPath('holdings[9].held', s)).toEqual({ scope: 'form', field: 'holdings' });
  });

  it('maps enterprises[i].… to the applicant or the party, and periods by index', () => {
    const applicantStaff = refForServerPath('enterprises[0].periods[0].staff', s);
    expect(applicantStaff).toEqual({ scope: 'period', partyId: APPLICANT_ID, periodId: 'y1', field: 'staff' });
    expect(applicantStaff && stepOfRef(applicantStaff)).toBe('applicant');
    const linked = party(s, 1);
    const turnover = refForServerPath('enterprises[2].periods[0].annualTurnover', s);
    expect(turnover).toEqual({ scope: 'period', partyId: linked.id, periodId: linked.periods[0]?.id, field: 'annualTurnover' });
    expect(turnover && stepOfRef(turnover)).toBe('parties');
    expect(refForServerPath('enterprises[2].periods[0].staffDetail[1].fte', s)).toMatchObject({ field: 'staff' });
    expect(refForServerPath('enterprises[2].periods', s)).toEqual({ scope: 'party', partyId: linked.id, field: 'periods' });
    expect(refForServerPath('enterprises[1].market', s)).toMatchObject({ partyId: party(s, 0).id, field: 'market' });
    expect(refForServerPath('enterprises[3].exemptInvestor.totalInvestmentEur', s)).toEqual({
      scope: 'party',
      partyId: investor.id,
      field: 'totalInvestmentEur',
    });
    expect(refForServerPath('enterprises[3].kind.annualBudgetEur', s)).toMatchObject({ field: 'annualBudgetEur' });
    expect(refForServerPath('enterprises[3].exemptInvestor', s)).toMatchObject({ field: 'exemptKind' });
    expect(refForServerPath('enterprises[3].id', s)).toMatchObject({ field: 'name' });
    expect(refForServerPath('enterprises[3].kind', s)).toMatchObject({ field: 'kind' });
    expect(refForServerPath('enterprises', s)).toEqual({ scope: 'form', field: 'parties' });
    expect(refForServerPath('applicant', s)).toEqual({ scope: 'party', partyId: APPLICANT_ID, field: 'name' });
    expect(refForServerPath('nonsense', s)).toBeNull();
  });

  it('turns the server\'s errors into field errors and the first step to show', () => {
    const found = serverFieldErrors(
      [
        { error: { kind: 'VALIDATION' }, path: 'enterprises[2].periods' },
        { error: { kind: 'VALIDATION' }, path: 'holdings[0].capitalPercent' },
        { error: { kind: 'VALIDATION' } },
      ],
      s,
    );
    expect(found?.step).toBe('parties');
    expect(Object.values(found?.errors ?? {}).map((e) => e.problem)).toEqual(['needsPeriods', 'sharesOver100']);
    expect(serverFieldErrors([{ error: { kind: 'INTERNAL' }, path: 'holdings[0].held' }], s)).toBeNull();
    expect(serverFieldErrors([{ error: { kind: 'VALIDATION' } }], s)).toBeNull();
  });
});

describe('roundDecimal', () => {
  it('rounds decimal strings exactly, half up', () => {
    expect(roundDecimal('8.833333333333333333333333333', 2)).toBe('8.83');
    expect(roundDecimal('52.75', 2)).toBe('52.75');
    expect(roundDecimal('52.755', 2)).toBe('52.76');
    expect(roundDecimal('9.995', 2)).toBe('10');
    expect(roundDecimal('0.004', 2)).toBe('0');
    expect(roundDecimal('14.00', 2)).toBe('14');
    expect(roundDecimal('12345678901234567890.129', 2)).toBe('12345678901234567890.13');
    expect(roundDecimal('2.5', 0)).toBe('3');
    expect(roundDecimal('abc', 2)).toBe('abc');
  });
});
