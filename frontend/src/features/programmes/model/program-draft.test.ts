import { describe, expect, it } from 'vitest';
import {
  draftFromProgramme,
  emptyDraft,
  fieldForPath,
  firstInvalidStep,
  serverProblemFor,
  stepForPath,
  toInput,
  validateStep,
  type ProgramDraft,
} from './program-draft';

function validDraft(): ProgramDraft {
  return {
    ...emptyDraft('EUR'),
    code: 'DE-HEALTH-2027',
    names: { en: 'Health vouchers', de: 'Gesundheitsgutscheine', fr: '' },
    descriptions: { en: '', de: '', fr: 'Des bons' },
    minVoucher: '1000',
    maxVoucher: '25000.50',
    aidIntensity: '50',
    prefinancingShare: '',
    healthcareTypes: ['CLINIC'],
    nis2Classes: ['IMPORTANT'],
    serviceCategories: ['RISK_ASSESSMENT'],
    opensAt: '2027-01-01',
    closesAt: '2027-12-31',
  };
}

describe('server field → wizard step and field', () => {
  const order = { names: ['en', 'de'] as const, descriptions: ['fr'] as const };
  const o = { names: [...order.names], descriptions: [...order.descriptions] };

  it('maps list entries to the language they came from', () => {
    expect(fieldForPath('names[1].text', o)).toBe('name-de');
    expect(fieldForPath('names[0].language', o)).toBe('name-en');
    expect(fieldForPath('names', o)).toBe('name-en');
    expect(fieldForPath('descriptions[0].text', o)).toBe('description-fr');
  });

  it('maps each field to its step', () => {
    expect(stepForPath('code', o)).toBe('identity');
    expect(stepForPath('currency', o)).toBe('identity');
    expect(stepForPath('maxVoucher', o)).toBe('amounts');
    expect(stepForPath('aidIntensity', o)).toBe('amounts');
    expect(stepForPath('prefinancingShare', o)).toBe('amounts');
    expect(stepForPath('smeCategories[0]', o)).toBe('eligibility');
    expect(stepForPath('serviceCategories', o)).toBe('eligibility');
    expect(stepForPath('closesAt', o)).toBe('window');
    expect(stepForPath('cutoffs[2]', o)).toBe('window');
    expect(stepForPath('validityDays', o)).toBe('window');
    expect(stepForPath('somethingElse', o)).toBe('review');
    expect(stepForPath(undefined, o)).toBe('review');
  });
});

describe('step validation', () => {
  it('accepts a complete draft', () => {
    expect(firstInvalidStep(validDraft())).toBeNull();
  });

  it('finds the first step with a problem', () => {
    const draft = { ...validDraft(), aidIntensity: '100.5', healthcareTypes: [] };
    expect(firstInvalidStep(draft)).toEqual({ step: 'amounts', errors: { aidIntensity: 'tooLarge' } });
  });

  it('checks identity', () => {
    expect(validateStep('identity', { ...validDraft(), code: 'a b' })).toEqual({ code: 'code' });
    expect(validateStep('identity', { ...validDraft(), names: { en: ' ', de: '', fr: '' } })).toEqual({
      'name-en': 'required',
    });
  });

  it('checks amounts as strings, against the currency decimals', () => {
    expect(validateStep('amounts', { ...validDraft(), minVoucher: '30000', maxVoucher: '25000.50' })).toEqual({
      maxVoucher: 'minAboveMax',
    });
    expect(validateStep('amounts', { ...validDraft(), minVoucher: '10.001' })).toEqual({
      minVoucher: 'decimals',
    });
    expect(validateStep('amounts', { ...validDraft(), currency: 'JPY', minVoucher: '10', maxVoucher: '20.5' })).toEqual({
      maxVoucher: 'decimals',
    });
    expect(validateStep('amounts', { ...validDraft(), prefinancingShare: '100' })).toEqual({
      prefinancingShare: 'tooLarge',
    });
  });

  it('checks the window', () => {
    expect(validateStep('window', { ...validDraft(), closesAt: '2026-12-31' })).toEqual({ closesAt: 'dateOrder' });
    expect(validateStep('window', { ...validDraft(), validityDays: '1096' })).toEqual({ validityDays: 'days' });
  });
});

describe('draft → GraphQL input', () => {
  it('keeps decimal strings and only the languages given', () => {
    const input = toInput({ ...validDraft(), maxVoucher: ' 25000,50 ', prefinancingShare: '20' });
    expect(input.maxVoucher).toBe('25000.50');
    expect(input.prefinancingShare).toBe('20');
    expect(input.names).toEqual([
      { language: 'en', text: 'Health vouchers' },
      { language: 'de', text: 'Gesundheitsgutscheine' },
    ]);
    expect(input.descriptions).toEqual([{ language: 'fr', text: 'Des bons' }]);
    expect(input.opensAt).toBe('2027-01-01T00:00:00Z');
    expect(input.closesAt).toBe('2027-12-31T23:59:59Z');
    expect(input.validityDays).toBe(365);
    expect(toInput(validDraft()).prefinancingShare).toBeNull();
  });
});

describe('an existing programme → draft → input', () => {
  const programme = {
    code: 'DE-HEALTH-2027',
    currency: 'EUR',
    names: [
      { language: 'de', text: 'Gesundheitsgutscheine' },
      { language: 'it', text: 'Buoni sanità' },
    ],
    descriptions: [{ language: 'en', text: 'Vouchers' }],
    minVoucher: '1000.00',
    maxVoucher: '25000.50',
    aidIntensity: '50',
    prefinancingShare: null,
    deMinimis: false,
    smeCategories: ['MICRO', 'SMALL'] as const,
    healthcareTypes: ['CLINIC'] as const,
    nis2Classes: ['IMPORTANT'] as const,
    serviceCategories: ['RISK_ASSESSMENT', 'DE-OWN-CODE'],
    opensAt: '2027-01-01T08:30:00Z',
    closesAt: '2027-12-31T23:59:59Z',
    cutoffs: ['2027-06-30T00:00:00Z'],
    validityDays: 180,
  };

  it('fills every field of the form and keeps what the form does not edit', () => {
    const draft = draftFromProgramme(programme);
    expect(draft.names).toEqual({ en: '', de: 'Gesundheitsgutscheine', fr: '' });
    expect(draft.descriptions.en).toBe('Vouchers');
    expect(draft.prefinancingShare).toBe('');
    expect(draft.opensAt).toBe('2027-01-01');
    expect(draft.closesAt).toBe('2027-12-31');
    expect(draft.validityDays).toBe('180');
    expect(draft.serviceCategories).toEqual(['RISK_ASSESSMENT', 'DE-OWN-CODE']);
    expect(firstInvalidStep(draft)).toBeNull();
  });

  it('sends unchanged window instants, cut-offs and other languages back as they were', () => {
    const input = toInput(draftFromProgramme(programme));
    expect(input.opensAt).toBe('2027-01-01T08:30:00Z');
    expect(input.closesAt).toBe('2027-12-31T23:59:59Z');
    expect(input.cutoffs).toEqual(['2027-06-30T00:00:00Z']);
    expect(input.names).toEqual([
      { language: 'de', text: 'Gesundheitsgutscheine' },
      { language: 'it', text: 'Buoni sanità' },
    ]);
    expect(input.minVoucher).toBe('1000.00');
    expect(input.deMinimis).toBe(false);
    const moved = toInput({ ...draftFromProgramme(programme), closesAt: '2028-03-31' });
    expect(moved.closesAt).toBe('2028-03-31T23:59:59Z');
    expect(moved.opensAt).toBe('2027-01-01T08:30:00Z');
  });

  it('a name in another language is enough', () => {
    const draft = { ...draftFromProgramme(programme), names: { en: '', de: '', fr: '' } };
    expect(validateStep('identity', draft)).toEqual({});
  });
});

describe('server VALIDATION on an edit', () => {
  it('reads as a rule the status keeps, except on drafts and for free fields', () => {
    expect(serverProblemFor('aidIntensity', 'OPEN')).toBe('frozen');
    expect(serverProblemFor('maxVoucher', 'CLOSED')).toBe('frozen');
    expect(serverProblemFor('code', 'OPEN')).toBe('frozen');
    expect(serverProblemFor('aidIntensity', 'DRAFT')).toBe('server');
    expect(serverProblemFor('aidIntensity', null)).toBe('server');
    expect(serverProblemFor('name-en', 'OPEN')).toBe('server');
    expect(serverProblemFor('validityDays', 'OPEN')).toBe('server');
  });
});

describe('four eyes on money (issue #17)', () => {
  it('is always sent, so an edit never turns it off by leaving it out', () => {
    expect(toInput(validDraft()).fourEyes).toEqual({ mode: 'NONE' });
    expect(toInput({ ...validDraft(), fourEyesMode: 'ALL', fourEyesThreshold: '500' }).fourEyes).toEqual({
      mode: 'ALL',
    });
    expect(
      toInput({ ...validDraft(), fourEyesMode: 'AT_OR_ABOVE', fourEyesThreshold: '10000,50' }).fourEyes,
    ).toEqual({ mode: 'AT_OR_ABOVE', threshold: '10000.50' });
  });

  it('asks for a threshold in the currency only when approvals from an amount on need it', () => {
    expect(validateStep('amounts', { ...validDraft(), fourEyesMode: 'AT_OR_ABOVE' }).fourEyesThreshold).toBe(
      'required',
    );
    expect(
      validateStep('amounts', { ...validDraft(), fourEyesMode: 'AT_OR_ABOVE', fourEyesThreshold: '10.001' })
        .fourEyesThreshold,
    ).toBe('decimals');
    expect(validateStep('amounts', { ...validDraft(), fourEyesMode: 'ALL' }).fourEyesThreshold).toBeUndefined();
    expect(fieldForPath('fourEyes.threshold', { names: ['en'], descriptions: [] })).toBe('fourEyesThreshold');
    expect(stepForPath('fourEyes.threshold', { names: ['en'], descriptions: [] })).toBe('amounts');
  });
});
