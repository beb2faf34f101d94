import { describe, expect, it } from 'vitest';
import type { SmeAssessmentInput } from '@/gql/graphql';
import {
  APPLICATION_STEPS,
  draftReducer,
  emptyDraft,
  estimatedTotal,
  fieldForPath,
  firstInvalidStep,
  fromApplication,
  MAX_SERVICES,
  RULE_FIELD,
  stepOfField,
  toInput,
  validateStep,
  type ApplicationDraft,
} from './application-draft';
import { simpleSmeInput } from './sme-input';

const NOW = new Date('2026-11-29T12:00:00Z');
const group: SmeAssessmentInput = {
  applicant: 'clinic',
  enterprises: [
    { id: 'clinic', name: 'Klinik', kind: 'ENTERPRISE', periods: [{ label: '2025', staff: '40', annualTurnover: '1', balanceSheetTotal: '1' }] },
    { id: 'parent', name: 'Parent', kind: 'ENTERPRISE', periods: [{ label: '2025', staff: '400', annualTurnover: '1', balanceSheetTotal: '1' }] },
  ],
  holdings: [{ holder: 'parent', held: 'clinic', capitalPercent: '60', votingPercent: '60' }],
};

function filled(): ApplicationDraft {
  let draft = emptyDraft('Klinik', null, NOW);
  const apply = (...actions: Parameters<typeof draftReducer>[1][]) => {
    for (const action of actions) draft = draftReducer(draft, action);
  };
  apply(
    { type: 'updateService', key: 's1', field: 'category', value: 'PENETRATION_TESTING' },
    { type: 'updateService', key: 's1', field: 'description', value: '  External test  ' },
    { type: 'updateService', key: 's1', field: 'estimatedCost', value: '30000' },
    { type: 'addService' },
    { type: 'updateService', key: 's2', field: 'category', value: 'SECURITY_TRAINING' },
    { type: 'updateService', key: 's2', field: 'description', value: 'Training' },
    { type: 'updateService', key: 's2', field: 'estimatedCost', value: '12000.50' },
    { type: 'setSme', field: 'staff', value: '40' },
    { type: 'setSme', field: 'annualTurnover', value: '8000000' },
    { type: 'setSme', field: 'balanceSheetTotal', value: '6000000' },
  );
  return draft;
}

describe('draft reducer', () => {
  it('starts with one empty service, the organisation’s name and last year', () => {
    const draft = emptyDraft('Klinik', null, NOW);
    expect(draft.services).toEqual([{ key: 's1', category: '', description: '', estimatedCost: '' }]);
    expect(draft.sme).toMatchObject({ name: 'Klinik', periodLabel: '2025' });
    expect(draft.smeSource).toBe('form');
  });

  it('takes over a saved SME input', () => {
    const draft = emptyDraft('Klinik', group, NOW);
    expect(draft.smeSource).toBe('imported');
    expect(draft.imported).toEqual({ input: group, origin: 'saved' });
  });

  it('adds rows with fresh keys, removes by key, and stops at the limit', () => {
    let draft = filled();
    draft = draftReducer(draft, { type: 'removeService', key: 's1' });
    draft = draftReducer(draft, { type: 'addService' });
    expect(draft.services.map((r) => r.key)).toEqual(['s2', 's3']);
    for (let i = 0; i < 30; i += 1) draft = draftReducer(draft, { type: 'addService' });
    expect(draft.services).toHaveLength(MAX_SERVICES);
  });

  it('switches the SME source only to an input it has', () => {
    const draft = filled();
    expect(draftReducer(draft, { type: 'useSmeSource', source: 'imported' })).toBe(draft);
    const withSaved = emptyDraft('Klinik', group, NOW);
    expect(draftReducer(withSaved, { type: 'useSmeSource', source: 'form' }).smeSource).toBe('form');
  });
});

describe('step checks', () => {
  it('asks for the services and their costs first, and for no amount', () => {
    expect(APPLICATION_STEPS).toEqual(['services', 'provider', 'sme', 'review']);
    const draft = emptyDraft('Klinik', null, NOW);
    expect('requestedAmount' in draft).toBe(false);
    // The provider comes from the directory's picker; the server checks it is verified.
    expect(validateStep('provider', draft, 2)).toEqual({});
    expect(validateStep('provider', { ...draft, serviceProviderId: '01a224b1-216b-70fe-818e-1b4b0c14d984' }, 2)).toEqual({});
  });

  it('checks each cost against the currency’s decimals', () => {
    const draft = filled();
    const cost = (estimatedCost: string) => ({ ...draft, services: [{ key: 's1', category: 'RISK_ASSESSMENT', description: 'Audit', estimatedCost }] });
    expect(validateStep('services', cost(''), 2)).toEqual({ 'services.0.estimatedCost': 'required' });
    expect(validateStep('services', cost('100.123'), 2)).toEqual({ 'services.0.estimatedCost': 'decimals' });
    expect(validateStep('services', cost('0'), 2)).toEqual({ 'services.0.estimatedCost': 'notPositive' });
    expect(validateStep('services', cost('-5'), 2)).toEqual({ 'services.0.estimatedCost': 'negative' });
  });

  it('asks for at least one service and checks each row by index', () => {
    const draft = emptyDraft('Klinik', null, NOW);
    expect(validateStep('services', draft, 2)).toEqual({ services: 'chooseOne' });
    const rows = filled();
    rows.services[1] = { key: 's2', category: '', description: '', estimatedCost: '1e3' };
    expect(validateStep('services', rows, 2)).toEqual({
      'services.1.category': 'required',
      'services.1.description': 'required',
      'services.1.estimatedCost': 'format',
    });
  });

  it('checks the SME figures (zero allowed) and the optional de minimis amount', () => {
    const draft = { ...filled(), deMinimisReceivedEur: 'abc' };
    draft.sme = { ...draft.sme, staff: '0', annualTurnover: '' };
    expect(validateStep('sme', draft, 2)).toEqual({ 'sme.annualTurnover': 'required', deMinimisReceivedEur: 'format' });
    expect(validateStep('sme', emptyDraft('Klinik', group, NOW), 2)).toEqual({});
  });

  it('finds the first step with a problem', () => {
    expect(firstInvalidStep(filled(), 2)).toBeNull();
    expect(firstInvalidStep({ ...filled(), services: [] }, 2)?.step).toBe('services');
  });
});

describe('GraphQL input', () => {
  it('sends no amount (the server derives it from the costs), keeps decimals as strings, trims texts and builds the SME input', () => {
    const draft = draftReducer(filled(), { type: 'updateService', key: 's2', field: 'estimatedCost', value: '12000,50' });
    expect(toInput(draft)).toEqual({
      services: [
        { category: 'PENETRATION_TESTING', description: 'External test', estimatedCost: '30000' },
        { category: 'SECURITY_TRAINING', description: 'Training', estimatedCost: '12000.50' },
      ],
      sme: simpleSmeInput({ name: 'Klinik', periodLabel: '2025', staff: '40', annualTurnover: '8000000', balanceSheetTotal: '6000000' }),
      deMinimisReceivedEur: null,
      serviceProviderId: null,
    });
  });

  it('leaves out blank rows and a blank SME form (a draft saved early)', () => {
    const draft = emptyDraft('Klinik', null, NOW);
    expect(toInput(draft)).toMatchObject({ services: [], sme: null });
  });

  it('sends an imported input as it is', () => {
    const draft = { ...emptyDraft('Klinik', group, NOW), deMinimisReceivedEur: ' 1000 ' };
    expect(toInput(draft)).toMatchObject({ sme: group, deMinimisReceivedEur: '1000' });
  });

  it('adds up the costs exactly', () => {
    expect(estimatedTotal(filled().services, 2)).toBe('42000.50');
    expect(estimatedTotal([{ key: 'a', category: '', description: '', estimatedCost: '0.10' }, { key: 'b', category: '', description: '', estimatedCost: '0.20' }], 2)).toBe('0.30');
    expect(estimatedTotal([], 0)).toBe('0');
  });
});

describe('a saved draft back into the form', () => {
  const saved = {
    requestedAmount: '20000.00',
    serviceProviderId: null,
    services: [{ category: 'RISK_ASSESSMENT', description: 'Audit', estimatedCost: '45000.00' }],
    smeInput: simpleSmeInput({ name: 'Klinik', periodLabel: '2025', staff: '12', annualTurnover: '1', balanceSheetTotal: '2' }),
    deMinimisReceivedEur: '0.00',
  };

  it('fills the minimal form from a simple SME input and shows zero de minimis as empty', () => {
    const draft = fromApplication(saved, 'Klinik', null, NOW);
    expect(draft).toMatchObject({ deMinimisReceivedEur: '', smeSource: 'form' });
    expect(toInput(draft)).not.toHaveProperty('requestedAmount');
    expect(draft.sme.staff).toBe('12');
    expect(draft.services[0]).toMatchObject({ key: 's1', category: 'RISK_ASSESSMENT' });
    expect(toInput(draft).sme).toEqual(saved.smeInput);
  });

  it('keeps a richer SME input whole', () => {
    const draft = fromApplication({ ...saved, smeInput: group }, 'Klinik', null, NOW);
    expect(draft.imported).toEqual({ input: group, origin: 'draft' });
  });

  it('offers the saved wizard input when the draft has none', () => {
    const draft = fromApplication({ ...saved, smeInput: null, services: [] }, 'Klinik', group, NOW);
    expect(draft.imported?.origin).toBe('saved');
    expect(draft.services).toHaveLength(1);
  });
});

describe('server field paths → form fields and steps', () => {
  it('maps plain fields', () => {
    const draft = filled();
    // The amount follows from the services: a problem with it is changed there.
    expect(fieldForPath('requestedAmount', draft)).toBe('services');
    expect(fieldForPath('deMinimisReceivedEur', draft)).toBe('deMinimisReceivedEur');
    expect(fieldForPath('somethingElse', draft)).toBeNull();
  });

  it('maps a sent row back to its form row, skipping blank rows', () => {
    const draft = filled();
    draft.services = [{ key: 's0', category: '', description: '', estimatedCost: '' }, ...draft.services];
    expect(fieldForPath('services[0].estimatedCost', draft)).toBe('services.1.estimatedCost');
    expect(fieldForPath('services[1].category', draft)).toBe('services.2.category');
    expect(fieldForPath('services[7].category', draft)).toBe('services');
    expect(fieldForPath('services', draft)).toBe('services');
  });

  it('maps SME paths to the minimal form, or to the section for an imported input', () => {
    const draft = filled();
    expect(fieldForPath('sme.enterprises[0].periods[0].staff', draft)).toBe('sme.staff');
    expect(fieldForPath('sme.enterprises[0].periods[0].label', draft)).toBe('sme.periodLabel');
    expect(fieldForPath('sme.enterprises[0].name', draft)).toBe('sme.name');
    expect(fieldForPath('sme.holdings[0].capitalPercent', emptyDraft('Klinik', group, NOW))).toBe('sme');
  });

  it('puts each field on its step, and each failed rule on a field', () => {
    expect(stepOfField('serviceProviderId')).toBe('provider');
    expect(stepOfField('services.3.description')).toBe('services');
    expect(stepOfField('sme.staff')).toBe('sme');
    expect(stepOfField('deMinimisReceivedEur')).toBe('sme');
    expect(RULE_FIELD.MAXIMUM_AMOUNT).toBe('services');
    expect(RULE_FIELD.MINIMUM_AMOUNT).toBe('services');
    expect(RULE_FIELD.SME_CATEGORY).toBe('sme');
    expect(RULE_FIELD.ORGANISATION_VERIFIED).toBeUndefined();
  });
});
