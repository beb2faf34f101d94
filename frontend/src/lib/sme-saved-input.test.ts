import { describe, expect, it } from 'vitest';
import type { SmeAssessmentInput } from '@/gql/graphql';
import {
  clearSavedSmeInput,
  isSmeAssessmentInput,
  loadSavedSmeCheck,
  loadSavedSmeInput,
  SAVED_SME_INPUT_KEY,
  saveSmeInput,
} from './sme-saved-input';
import { memoryStorage } from './storage';

const input: SmeAssessmentInput = {
  applicant: 'applicant',
  enterprises: [
    {
      id: 'applicant',
      name: 'Klinik Süd GmbH',
      kind: 'ENTERPRISE',
      periods: [{ label: '2024', staff: '30', annualTurnover: '4200000', balanceSheetTotal: '3000000.50', estimate: false }],
    },
    { id: 'p2', name: 'MedInvest AG', kind: 'ENTERPRISE' },
  ],
  holdings: [{ holder: 'p2', held: 'applicant', capitalPercent: '30', votingPercent: '30' }],
};

describe('the saved SME input', () => {
  it('is stored under the documented key with its date and result, decimals as strings', () => {
    const storage = memoryStorage();
    const saved = saveSmeInput(input, { category: 'SMALL', isSme: true, ruleVersion: 'v1' }, storage, new Date('2025-03-01T10:00:00Z'));
    expect(SAVED_SME_INPUT_KEY).toBe('cyberhealth.sme.savedInput');
    const raw = JSON.parse(storage.getItem(SAVED_SME_INPUT_KEY) ?? '{}') as Record<string, unknown>;
    expect(raw).toEqual({ version: 1, savedAt: '2025-03-01T10:00:00.000Z', input, result: { category: 'SMALL', isSme: true, ruleVersion: 'v1' } });
    expect(loadSavedSmeCheck(storage)).toEqual(saved);
    expect(loadSavedSmeInput(storage)).toEqual(input);
    clearSavedSmeInput(storage);
    expect(loadSavedSmeInput(storage)).toBeNull();
  });

  it('reads nothing from a broken or foreign entry', () => {
    const storage = memoryStorage({ [SAVED_SME_INPUT_KEY]: 'not json' });
    expect(loadSavedSmeInput(storage)).toBeNull();
    storage.setItem(SAVED_SME_INPUT_KEY, JSON.stringify({ version: 1, savedAt: 'x', input: { applicant: 'a', enterprises: [] } }));
    expect(loadSavedSmeInput(storage)).toBeNull();
    expect(isSmeAssessmentInput({ ...input, holdings: [{ holder: 'p2', held: 'applicant', capitalPercent: 30, votingPercent: '30' }] })).toBe(false);
    expect(isSmeAssessmentInput({ ...input, previousCategory: 'HUGE' })).toBe(false);
    expect(isSmeAssessmentInput({ ...input, enterprises: [{ id: 'applicant', name: 'x', kind: 'ROBOT' }] })).toBe(false);
    expect(isSmeAssessmentInput(input)).toBe(true);
  });

  it('keeps the input even when the result is unreadable', () => {
    const storage = memoryStorage();
    storage.setItem(SAVED_SME_INPUT_KEY, JSON.stringify({ version: 1, savedAt: 'x', input, result: { category: 'HUGE' } }));
    expect(loadSavedSmeCheck(storage)).toEqual({ savedAt: 'x', input, result: null });
  });

  it('also reads a bare input stored under the key, checked the same way', () => {
    const storage = memoryStorage({ [SAVED_SME_INPUT_KEY]: JSON.stringify(input) });
    expect(loadSavedSmeInput(storage)).toEqual(input);
    expect(loadSavedSmeCheck(storage)).toBeNull();
    storage.setItem(SAVED_SME_INPUT_KEY, JSON.stringify({ ...input, applicant: 'nobody' }));
    expect(loadSavedSmeInput(storage)).toBeNull();
  });
});
