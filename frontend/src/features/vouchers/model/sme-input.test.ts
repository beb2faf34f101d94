import { describe, expect, it } from 'vitest';
import { SAVED_SME_INPUT_KEY } from '@/lib/sme-saved-input';
import { memoryStorage } from '@/lib/storage';
import {
  parseSmeInput,
  savedSmeInput,
  simpleFiguresOf,
  simpleSmeInput,
  summariseSmeInput,
} from './sme-input';

const simple = {
  applicant: 'clinic',
  enterprises: [
    {
      id: 'clinic',
      name: 'Klinik',
      kind: 'ENTERPRISE',
      periods: [{ label: '2025', staff: '40', annualTurnover: '8000000', balanceSheetTotal: '6000000' }],
    },
  ],
};

/** The shape the server returns as `smeInput`: every optional field present, many null. */
const fromServer = {
  applicant: 'a',
  enterprises: [
    {
      adjacentMarkets: [],
      consolidatedIncludes: [],
      exemptInvestor: null,
      id: 'a',
      kind: 'ENTERPRISE',
      market: null,
      name: 'K',
      periods: [
        { annualTurnover: '60000000', balanceSheetTotal: '50000000', estimate: false, label: '2025', staff: '300', staffDetail: null },
      ],
    },
  ],
  holdings: [],
  previousCategory: null,
};

const group = {
  applicant: 'clinic',
  enterprises: [
    ...simple.enterprises,
    { id: 'holding', name: 'Holding', kind: 'ENTERPRISE', periods: [{ label: '2025', annualTurnover: 1000, balanceSheetTotal: '2000', staffDetail: [{ kind: 'EMPLOYEE', fte: '1', monthsWorked: '12', count: 3 }] }] },
    { id: 'angel', name: 'Angel', kind: 'EXEMPT_INVESTOR', exemptInvestor: { kind: 'BUSINESS_ANGEL', totalInvestmentEur: '500000' } },
  ],
  holdings: [
    { holder: 'holding', held: 'clinic', capitalPercent: '30', votingPercent: '30', controlRights: ['MAJORITY_OF_VOTES'] },
  ],
  previousCategory: 'SMALL',
};

describe('parseSmeInput', () => {
  it('accepts a minimal input and fills the list defaults', () => {
    expect(parseSmeInput(simple)).toEqual({
      applicant: 'clinic',
      holdings: [],
      controls: [],
      enterprises: [
        {
          id: 'clinic',
          name: 'Klinik',
          kind: 'ENTERPRISE',
          adjacentMarkets: [],
          consolidatedIncludes: [],
          periods: [{ label: '2025', staff: '40', annualTurnover: '8000000', balanceSheetTotal: '6000000' }],
        },
      ],
    });
  });

  it('reads the server’s smeInput, dropping nulls', () => {
    const parsed = parseSmeInput(fromServer);
    expect(parsed?.enterprises[0]).not.toHaveProperty('market');
    expect(parsed?.enterprises[0]).not.toHaveProperty('exemptInvestor');
    expect(parsed?.enterprises[0]?.periods?.[0]).toEqual({
      label: '2025',
      staff: '300',
      annualTurnover: '60000000',
      balanceSheetTotal: '50000000',
      estimate: false,
    });
    expect(parsed).not.toHaveProperty('previousCategory');
  });

  it('keeps groups, investors, staff lines and holdings; numbers become strings', () => {
    const parsed = parseSmeInput(group);
    expect(parsed?.enterprises).toHaveLength(3);
    expect(parsed?.enterprises[1]?.periods?.[0]?.annualTurnover).toBe('1000');
    expect(parsed?.enterprises[1]?.periods?.[0]?.staffDetail).toEqual([
      { kind: 'EMPLOYEE', fte: '1', monthsWorked: '12', count: 3 },
    ]);
    expect(parsed?.enterprises[2]?.exemptInvestor).toEqual({ kind: 'BUSINESS_ANGEL', totalInvestmentEur: '500000' });
    expect(parsed?.holdings?.[0]?.controlRights).toEqual(['MAJORITY_OF_VOTES']);
    expect(parsed?.previousCategory).toBe('SMALL');
  });

  it('keeps control without shares, public bodies that are exempt investors and gross turnover', () => {
    const parsed = parseSmeInput({
      ...group,
      controls: [{ controller: 'angel', controlled: 'clinic', basis: 'CONTRACT' }],
      enterprises: [
        { ...group.enterprises[0], periods: [{ label: '2025', annualTurnover: '100', grossTurnover: { statedTurnover: '119', indirectTaxes: 19 }, balanceSheetTotal: '50' }] },
        group.enterprises[1],
        { ...group.enterprises[2], publicBody: true },
      ],
    });
    expect(parsed?.controls).toEqual([{ controller: 'angel', controlled: 'clinic', basis: 'CONTRACT' }]);
    expect(parsed?.enterprises[2]?.publicBody).toBe(true);
    expect(parsed?.enterprises[0]?.periods?.[0]?.grossTurnover).toEqual({ statedTurnover: '119', indirectTaxes: '19' });
    expect(parseSmeInput({ ...group, controls: [{ controller: 'a', controlled: 'b', basis: 'FRIENDSHIP' }] })).toBeNull();
  });

  it('drops keys the GraphQL input does not have (the server would refuse them)', () => {
    const parsed = parseSmeInput({ ...simple, uiStep: 3, enterprises: [{ ...simple.enterprises[0], collapsed: true }] });
    expect(parsed).not.toHaveProperty('uiStep');
    expect(parsed?.enterprises[0]).not.toHaveProperty('collapsed');
  });

  it.each([
    ['not an object', 'clinic'],
    ['an array', [simple]],
    ['no enterprises', { applicant: 'clinic' }],
    ['an applicant that is no enterprise', { ...simple, applicant: 'other' }],
    ['an unknown kind', { ...simple, enterprises: [{ ...simple.enterprises[0], kind: 'COMPANY' }] }],
    ['a figure that is no decimal', { ...simple, enterprises: [{ ...simple.enterprises[0], periods: [{ label: '2025', annualTurnover: '8 Mio', balanceSheetTotal: '1' }] }] }],
    ['an unknown control right', { ...group, holdings: [{ ...group.holdings[0], controlRights: ['VETO'] }] }],
    ['an unknown previous category', { ...simple, previousCategory: 'HUGE' }],
    ['a staff count that is no integer', { ...group, enterprises: [group.enterprises[0], { ...group.enterprises[1], periods: [{ label: 'x', annualTurnover: '1', balanceSheetTotal: '1', staffDetail: [{ kind: 'EMPLOYEE', fte: '1', monthsWorked: '12', count: 1.5 }] }] }] }],
  ])('refuses %s', (_label, value) => {
    expect(parseSmeInput(value)).toBeNull();
  });
});

describe('savedSmeInput (the SME check’s saved input)', () => {
  it('reads the bare input', () => {
    const storage = memoryStorage({ [SAVED_SME_INPUT_KEY]: JSON.stringify(simple) });
    expect(savedSmeInput(storage)?.applicant).toBe('clinic');
  });

  it('reads the wizard’s envelope { version, savedAt, input, result }', () => {
    const storage = memoryStorage({
      [SAVED_SME_INPUT_KEY]: JSON.stringify({ version: 1, savedAt: '2026-11-29T00:00:00Z', input: group, result: null }),
    });
    expect(savedSmeInput(storage)?.enterprises).toHaveLength(3);
  });

  it('gives null when nothing or something unreadable is stored', () => {
    expect(savedSmeInput(memoryStorage())).toBeNull();
    expect(savedSmeInput(memoryStorage({ [SAVED_SME_INPUT_KEY]: '{not json' }))).toBeNull();
    expect(savedSmeInput(memoryStorage({ [SAVED_SME_INPUT_KEY]: '{"input": {"applicant": 1}}' }))).toBeNull();
  });
});

describe('the minimal form', () => {
  const figures = { name: ' Klinik ', periodLabel: '2025', staff: '40', annualTurnover: '8000000', balanceSheetTotal: '6000000' };

  it('builds an input of one enterprise and reads it back', () => {
    const input = simpleSmeInput(figures);
    expect(input.enterprises[0]?.name).toBe('Klinik');
    expect(simpleFiguresOf(input)).toEqual({ ...figures, name: 'Klinik' });
    expect(simpleFiguresOf(parseSmeInput(fromServer) ?? simpleSmeInput(figures))?.staff).toBe('300');
  });

  it('does not flatten a richer input', () => {
    const parsed = parseSmeInput(group);
    expect(parsed && simpleFiguresOf(parsed)).toBeNull();
  });

  it('summarises an input by its applicant and latest period', () => {
    const parsed = parseSmeInput(group);
    expect(parsed && summariseSmeInput(parsed)).toMatchObject({
      applicantName: 'Klinik',
      parties: 3,
      holdings: 1,
      latest: { label: '2025' },
    });
  });
});
