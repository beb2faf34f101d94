import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/lib/storage';
import { draftReducer, emptyDraft } from './application-draft';
import {
  clearLocalEdits,
  localEditsKey,
  readLocalEdits,
  resumableEdits,
  writeLocalEdits,
} from './local-edits';

const NOW = new Date('2026-11-29T12:00:00Z');
const draft = draftReducer(emptyDraft('Klinik', null, NOW), { type: 'set', field: 'deMinimisReceivedEur', value: '12000' });

describe('unsaved edits in this browser', () => {
  it('are keyed by application, or by programme before the first save', () => {
    expect(localEditsKey({ applicationId: 'a1' })).toBe('cyberhealth.applicationDraft.a1');
    expect(localEditsKey({ programmeId: 'p1' })).toBe('cyberhealth.applicationDraft.new.p1');
  });

  it('round-trip with their step and base version', () => {
    const storage = memoryStorage();
    writeLocalEdits({ applicationId: 'a1' }, { baseUpdatedAt: 'v1', step: 'sme', draft }, storage);
    expect(readLocalEdits({ applicationId: 'a1' }, storage)).toEqual({ baseUpdatedAt: 'v1', step: 'sme', draft });
    clearLocalEdits({ applicationId: 'a1' }, storage);
    expect(readLocalEdits({ applicationId: 'a1' }, storage)).toBeNull();
  });

  it('resume only on top of the same server version; older edits are dropped', () => {
    const storage = memoryStorage();
    writeLocalEdits({ applicationId: 'a1' }, { baseUpdatedAt: 'v1', step: 'services', draft }, storage);
    expect(resumableEdits({ applicationId: 'a1' }, 'v1', storage)?.step).toBe('services');
    expect(resumableEdits({ applicationId: 'a1' }, 'v2', storage)).toBeNull();
    expect(readLocalEdits({ applicationId: 'a1' }, storage)).toBeNull();
  });

  it('ignore anything malformed', () => {
    const key = localEditsKey({ applicationId: 'a1' });
    const cases = [
      '{oops',
      JSON.stringify({ version: 2, baseUpdatedAt: null, step: 'sme', draft }),
      JSON.stringify({ version: 1, baseUpdatedAt: null, step: 'finish', draft }),
      JSON.stringify({ version: 1, baseUpdatedAt: null, step: 'sme', draft: { ...draft, services: [{ key: 1 }] } }),
      JSON.stringify({ version: 1, baseUpdatedAt: null, step: 'sme', draft: { ...draft, smeSource: 'imported', imported: null } }),
      JSON.stringify({ version: 1, baseUpdatedAt: null, step: 'sme', draft: { ...draft, imported: { origin: 'saved', input: { applicant: 'x' } } } }),
    ];
    for (const raw of cases) {
      expect(readLocalEdits({ applicationId: 'a1' }, memoryStorage({ [key]: raw }))).toBeNull();
    }
  });
});
