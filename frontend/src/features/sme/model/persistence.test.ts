import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/lib/storage';
import {
  clearWizardState,
  loadWizardState,
  parseWizardState,
  saveWizardState,
  serialiseWizardState,
  WIZARD_STORAGE_KEY,
} from './persistence';
import { APPLICANT_ID, createInitialState, smeWizardReducer, type SmeWizardState } from './wizard';

function sample(): SmeWizardState {
  return [
    { type: 'updateParty', id: APPLICANT_ID, patch: { name: 'Klinik' } },
    { type: 'addParty', kind: 'EXEMPT_INVESTOR' },
    { type: 'addParty', kind: 'NATURAL_PERSON' },
    { type: 'addHolding' },
    { type: 'goTo', view: 'holdings' },
  ].reduce(
    (s, a) => smeWizardReducer(s, a as Parameters<typeof smeWizardReducer>[1]),
    createInitialState('2024'),
  );
}

describe('wizard persistence', () => {
  it('round-trips the whole state through storage', () => {
    const storage = memoryStorage();
    const state = sample();
    saveWizardState(storage, state);
    expect(storage.getItem(WIZARD_STORAGE_KEY)).toBe(serialiseWizardState(state));
    expect(loadWizardState(storage)).toEqual(state);
    clearWizardState(storage);
    expect(loadWizardState(storage)).toBeNull();
  });

  it('ignores entries that are missing, unreadable, of another version or of the wrong shape', () => {
    expect(parseWizardState(null)).toBeNull();
    expect(parseWizardState('{')).toBeNull();
    const good = JSON.parse(serialiseWizardState(sample())) as { version: number; state: Record<string, unknown> };
    expect(parseWizardState(JSON.stringify({ ...good, version: 2 }))).toBeNull();
    expect(parseWizardState(JSON.stringify({ ...good, state: { ...good.state, view: 'elsewhere' } }))).toBeNull();
    expect(parseWizardState(JSON.stringify({ ...good, state: { ...good.state, parties: [{ id: 'x' }] } }))).toBeNull();
    expect(parseWizardState(JSON.stringify({ ...good, state: { ...good.state, previousCategory: 'HUGE' } }))).toBeNull();
    expect(
      parseWizardState(
        JSON.stringify({
          ...good,
          state: { ...good.state, holdings: [{ id: 'h', holder: 'a', held: 'b', capitalPercent: '1', votingPercent: '1', controlRights: ['ALL'], jointlyWith: [] }] },
        }),
      ),
    ).toBeNull();
  });
});
