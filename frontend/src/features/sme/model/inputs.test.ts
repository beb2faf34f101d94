/**
 * The wizard's inputs for the rules of Recommendation 2003/361/EC added in issue #16: control
 * without shares (Art. 3(3)(b) to (d)), an exempt investor that is also a public body
 * (Art. 3(2) and 3(4)), a turnover stated with its indirect taxes (Art. 4(1)) and long
 * histories (Art. 4(2)). Joint holdings need no input of their own: they are holdings of
 * linked parties.
 */
import { describe, expect, it } from 'vitest';
import { fieldKey, firstInvalidStep, refForServerPath, serverFieldErrors, stepOfRef, validateStep } from './checks';
import { parseWizardState, serialiseWizardState } from './persistence';
import { subtractDecimals, toSmeInput } from './to-input';
import { APPLICANT_ID, createInitialState, smeWizardReducer, type SmeAction, type SmeWizardState } from './wizard';

const run = (state: SmeWizardState, ...actions: SmeAction[]) => actions.reduce(smeWizardReducer, state);

/** A named applicant with complete 2024 figures, an enterprise and a person. */
function base(): SmeWizardState {
  let s = run(
    createInitialState('2024'),
    { type: 'updateParty', id: APPLICANT_ID, patch: { name: 'Klinik' } },
    { type: 'updatePeriod', partyId: APPLICANT_ID, periodId: 'y1', patch: { staff: '5', annualTurnover: '1000000', balanceSheetTotal: '900000' } },
    { type: 'addParty', kind: 'ENTERPRISE' },
    { type: 'addParty', kind: 'NATURAL_PERSON' },
  );
  const [firm, person] = s.parties;
  s = run(
    s,
    { type: 'updateParty', id: firm?.id ?? '', patch: { name: 'Betreiber AG' } },
    { type: 'updatePeriod', partyId: firm?.id ?? '', periodId: firm?.periods[0]?.id ?? '', patch: { staff: '60', annualTurnover: '9000000', balanceSheetTotal: '8000000' } },
    { type: 'updateParty', id: person?.id ?? '', patch: { name: 'Dr. Weber' } },
  );
  return s;
}

const ids = (s: SmeWizardState) => ({ firm: s.parties[0]?.id ?? '', person: s.parties[1]?.id ?? '' });

describe('control without shares', () => {
  it('adds a control from the latest party over the applicant, by contract, and removes it', () => {
    let s = run(base(), { type: 'addControl' });
    const { firm, person } = ids(s);
    expect(s.controls).toEqual([{ id: expect.any(String), controller: person, controlled: APPLICANT_ID, basis: 'CONTRACT' }]);
    const id = s.controls[0]?.id ?? '';
    s = run(s, { type: 'updateControl', id, patch: { controller: firm, basis: 'SHAREHOLDER_AGREEMENT' } });
    expect(s.controls[0]).toMatchObject({ controller: firm, basis: 'SHAREHOLDER_AGREEMENT' });
    expect(run(s, { type: 'removeControl', id }).controls).toEqual([]);
  });

  it('removing a party removes its controls, as controller or controlled', () => {
    let s = run(base(), { type: 'addControl' }, { type: 'addControl' });
    const { firm, person } = ids(s);
    const [c1, c2] = s.controls;
    s = run(
      s,
      { type: 'updateControl', id: c1?.id ?? '', patch: { controller: person, controlled: firm } },
      { type: 'updateControl', id: c2?.id ?? '', patch: { controller: firm, controlled: APPLICANT_ID } },
    );
    expect(run(s, { type: 'removeParty', id: firm }).controls).toEqual([]);
    expect(run(s, { type: 'removeParty', id: person }).controls.map((c) => c.id)).toEqual([c2?.id]);
  });

  it('is checked on the holdings step: no self-control, no persons controlled, one per pair', () => {
    let s = run(base(), { type: 'addControl' }, { type: 'addControl' }, { type: 'addControl' }, { type: 'addControl' });
    const { firm, person } = ids(s);
    const [c1, c2, c3, c4] = s.controls;
    s = run(
      s,
      { type: 'updateControl', id: c1?.id ?? '', patch: { controller: firm, controlled: firm } },
      { type: 'updateControl', id: c2?.id ?? '', patch: { controller: firm, controlled: person } },
      { type: 'updateControl', id: c3?.id ?? '', patch: { controller: firm, controlled: APPLICANT_ID } },
      { type: 'updateControl', id: c4?.id ?? '', patch: { controller: firm, controlled: APPLICANT_ID, basis: 'BOARD_APPOINTMENT' } },
    );
    const errors = validateStep('holdings', s);
    const problem = (id: string | undefined, field: string) => errors[`sme-control-${id}-${field}`]?.problem;
    expect(problem(c1?.id, 'controlled')).toBe('controlsItself');
    expect(problem(c2?.id, 'controlled')).toBe('notControllable');
    expect(problem(c3?.id, 'controlled')).toBeUndefined();
    expect(problem(c4?.id, 'controlled')).toBe('duplicateControl');
    expect(firstInvalidStep(s)?.step).toBe('holdings');
    const unknown = run(base(), { type: 'addControl' });
    const only = unknown.controls[0];
    const missing = run(unknown, { type: 'updateControl', id: only?.id ?? '', patch: { controller: 'gone', controlled: '' } });
    expect(Object.values(validateStep('holdings', missing)).map((e) => e.problem)).toEqual(['required', 'required']);
  });

  it('is sent in order as controls; none are sent without any', () => {
    expect(toSmeInput(base()).controls).toBeUndefined();
    let s = run(base(), { type: 'addControl' }, { type: 'addControl' });
    const { firm, person } = ids(s);
    const [c1, c2] = s.controls;
    s = run(
      s,
      { type: 'updateControl', id: c1?.id ?? '', patch: { controller: firm, controlled: APPLICANT_ID, basis: 'ARTICLES_OF_ASSOCIATION' } },
      { type: 'updateControl', id: c2?.id ?? '', patch: { controller: person, controlled: firm, basis: 'BOARD_APPOINTMENT' } },
    );
    expect(toSmeInput(s).controls).toEqual([
      { controller: firm, controlled: APPLICANT_ID, basis: 'ARTICLES_OF_ASSOCIATION' },
      { controller: person, controlled: firm, basis: 'BOARD_APPOINTMENT' },
    ]);
  });

  it('brings a server error on controls[c].… back to that control on the holdings step', () => {
    const s = run(base(), { type: 'addControl' });
    const id = s.controls[0]?.id ?? '';
    const ref = refForServerPath('controls[0].controlled', s);
    expect(ref).toEqual({ scope: 'control', controlId: id, field: 'controlled' });
    expect(ref && stepOfRef(ref)).toBe('holdings');
    expect(ref && fieldKey(ref)).toBe(`sme-control-${id}-controlled`);
    expect(refForServerPath('controls[0].controller', s)).toMatchObject({ field: 'controller' });
    expect(refForServerPath('controls[3].controller', s)).toEqual({ scope: 'form', field: 'controls' });
    expect(refForServerPath('controls', s)).toEqual({ scope: 'form', field: 'controls' });
    expect(serverFieldErrors([{ error: { kind: 'VALIDATION' }, path: 'controls' }], s)?.step).toBe('holdings');
  });
});

describe('an exempt investor that is also a public body', () => {
  function investor(publicBody: boolean): SmeWizardState {
    let s = run(base(), { type: 'addParty', kind: 'EXEMPT_INVESTOR' });
    const uni = s.parties[2]?.id ?? '';
    s = run(s, { type: 'updateParty', id: uni, patch: { name: 'Universität', exemptKind: 'UNIVERSITY', publicBody } });
    return s;
  }

  it('is not one by default, and says so only for an exempt investor', () => {
    expect(investor(false).parties[2]?.publicBody).toBe(false);
    expect(toSmeInput(investor(false)).enterprises[3]).not.toHaveProperty('publicBody');
    expect(toSmeInput(investor(true)).enterprises[3]).toMatchObject({
      kind: 'EXEMPT_INVESTOR',
      exemptInvestor: { kind: 'UNIVERSITY' },
      publicBody: true,
    });
    // Turned into an ordinary enterprise, the flag is not sent (the server would refuse it).
    const s = investor(true);
    const changed = run(s, { type: 'updateParty', id: s.parties[2]?.id ?? '', patch: { kind: 'ENTERPRISE' } });
    expect(toSmeInput(changed).enterprises[3]).not.toHaveProperty('publicBody');
  });

  it('brings a server error on publicBody back to the investor\'s kind', () => {
    const s = investor(true);
    expect(refForServerPath('enterprises[3].publicBody', s)).toEqual({
      scope: 'party',
      partyId: s.parties[2]?.id,
      field: 'exemptKind',
    });
  });
});

describe('a turnover stated with its indirect taxes', () => {
  function stated(turnover: string, taxes: string): SmeWizardState {
    return run(base(), {
      type: 'updatePeriod',
      partyId: APPLICANT_ID,
      periodId: 'y1',
      patch: { grossTurnover: true, statedTurnover: turnover, indirectTaxes: taxes, annualTurnover: '' },
    });
  }

  it('is sent as stated, with the net turnover computed exactly', () => {
    expect(toSmeInput(stated('2380000', '380000')).enterprises[0]?.periods?.[0]).toEqual({
      label: '2024',
      staff: '5',
      annualTurnover: '2000000',
      grossTurnover: { statedTurnover: '2380000', indirectTaxes: '380000' },
      balanceSheetTotal: '900000',
      estimate: false,
    });
    expect(toSmeInput(stated('1190000,5', '190000.25')).enterprises[0]?.periods?.[0]).toMatchObject({
      annualTurnover: '1000000.25',
      grossTurnover: { statedTurnover: '1190000.5', indirectTaxes: '190000.25' },
    });
  });

  it('needs both amounts, and taxes not above the turnover; the net field is then not checked', () => {
    const problems = (s: SmeWizardState) =>
      Object.fromEntries(Object.entries(validateStep('applicant', s)).map(([k, e]) => [k.replace('sme-period-applicant-y1-', ''), e.problem]));
    expect(problems(stated('2380000', '380000'))).toEqual({});
    expect(problems(stated('', '1.005'))).toEqual({ statedTurnover: 'required', indirectTaxes: 'decimals' });
    expect(problems(stated('100', '100.01'))).toEqual({ indirectTaxes: 'taxesOverTurnover' });
    expect(problems(stated('100', '100'))).toEqual({});
  });

  it('maps the server\'s grossTurnover fields, and a net figure at odds, to the stated fields', () => {
    const s = stated('2380000', '380000');
    expect(refForServerPath('enterprises[0].periods[0].grossTurnover.indirectTaxes', s)).toMatchObject({ field: 'indirectTaxes' });
    expect(refForServerPath('enterprises[0].periods[0].grossTurnover.statedTurnover', s)).toMatchObject({ field: 'statedTurnover' });
    const mismatch = serverFieldErrors([{ error: { kind: 'VALIDATION' }, path: 'enterprises[0].periods[0].annualTurnover' }], s);
    expect(Object.values(mismatch?.errors ?? {})).toEqual([
      { ref: { scope: 'period', partyId: APPLICANT_ID, periodId: 'y1', field: 'statedTurnover' }, problem: 'turnoverMismatch' },
    ]);
    // A net turnover stays the net field.
    expect(refForServerPath('enterprises[0].periods[0].annualTurnover', base())).toMatchObject({ field: 'annualTurnover' });
  });

  it('subtracts decimal strings exactly', () => {
    expect(subtractDecimals('2380000', '380000')).toBe('2000000');
    expect(subtractDecimals('0.3', '0.1')).toBe('0.2');
    expect(subtractDecimals('100', '0.01')).toBe('99.99');
    expect(subtractDecimals('5', '5')).toBe('0');
    expect(subtractDecimals('1', '2.5')).toBe('-1.5');
    expect(subtractDecimals('12345678901234567890.12', '0.12')).toBe('12345678901234567890.00');
    expect(subtractDecimals('abc', '1')).toBe('abc');
  });
});

describe('long histories and persistence', () => {
  it('sends every period of a long history, oldest first', () => {
    const s = run(base(), { type: 'addPeriod', partyId: APPLICANT_ID }, { type: 'addPeriod', partyId: APPLICANT_ID }, { type: 'addPeriod', partyId: APPLICANT_ID });
    expect(toSmeInput(s).enterprises[0]?.periods?.map((p) => p.label)).toEqual(['2021', '2022', '2023', '2024']);
  });

  it('round-trips the new answers, and reads answers kept before they existed with defaults', () => {
    let s = run(base(), { type: 'addControl' }, { type: 'addParty', kind: 'EXEMPT_INVESTOR' });
    s = run(
      s,
      { type: 'updateParty', id: s.parties[2]?.id ?? '', patch: { publicBody: true } },
      { type: 'updatePeriod', partyId: APPLICANT_ID, periodId: 'y1', patch: { grossTurnover: true, statedTurnover: '1', indirectTaxes: '0' } },
    );
    expect(parseWizardState(serialiseWizardState(s))).toEqual(s);

    const old = JSON.parse(serialiseWizardState(base())) as { version: number; state: Record<string, unknown> };
    delete old.state['controls'];
    const applicant = old.state['applicant'] as Record<string, unknown>;
    delete applicant['publicBody'];
    const periods = applicant['periods'] as Record<string, unknown>[];
    for (const key of ['grossTurnover', 'statedTurnover', 'indirectTaxes']) delete periods[0]?.[key];
    expect(parseWizardState(JSON.stringify(old))).toEqual(base());

    const wrong = JSON.parse(serialiseWizardState(s)) as { version: number; state: Record<string, unknown> };
    expect(parseWizardState(JSON.stringify({ ...wrong, state: { ...wrong.state, controls: [{ id: 'c', controller: 'a', controlled: 'b', basis: 'MAGIC' }] } }))).toBeNull();
    expect(parseWizardState(JSON.stringify({ ...wrong, state: { ...wrong.state, controls: 'none' } }))).toBeNull();
    const badFlag = structuredClone(wrong);
    (badFlag.state['parties'] as Record<string, unknown>[])[2]!['publicBody'] = 'yes';
    expect(parseWizardState(JSON.stringify(badFlag))).toBeNull();
  });
});
