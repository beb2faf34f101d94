import { beforeEach, describe, expect, it } from 'vitest';
import type { SmeAssessmentInput } from '@/gql/graphql';
import { startingPoint } from './wizard-start';

const PROFILE_SME: SmeAssessmentInput = { applicant: 'profile', enterprises: [], holdings: [], controls: [] };

describe('startingPoint', () => {
  beforeEach(() => localStorage.clear());

  it('starts a new application from the SME data confirmed on the profile', () => {
    const start = startingPoint({ programmeId: 'p-profile' }, null, 'Klinik', 2, PROFILE_SME);
    expect(start.draft.smeSource).toBe('imported');
    expect(start.draft.imported?.input.applicant).toBe('profile');
    expect(start.step).toBe('services');
  });

  it('starts with the SME form when neither the profile nor this browser has SME data', () => {
    const start = startingPoint({ programmeId: 'p-empty' }, null, 'Klinik', 2, null);
    expect(start.draft.smeSource).toBe('form');
    expect(start.draft.imported).toBeNull();
  });
});
