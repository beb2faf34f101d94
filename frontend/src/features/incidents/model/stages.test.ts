import { describe, expect, it } from 'vitest';
import { stageReport, submittableStages } from './stages';

describe('incident stages', () => {
  it('offers the stages whose clocks run or are overdue, in order', () => {
    const clocks = [
      { stage: 'EARLY_WARNING' as const, state: 'MET' },
      { stage: 'NOTIFICATION' as const, state: 'OVERDUE' },
      { stage: 'INTERMEDIATE' as const, state: 'DUE' },
      { stage: 'FINAL' as const, state: 'NOT_DUE_YET' },
    ];
    expect(submittableStages(clocks)).toEqual(['NOTIFICATION', 'INTERMEDIATE']);
  });

  it('sends only the fields of the stage, an empty optional text left out', () => {
    expect(stageReport('NOTIFICATION', { impact: ' Down ', summary: 'ignored', indicatorsOfCompromise: ' ' }, 'HIGH', true, false)).toEqual({
      impact: 'Down',
      severity: 'HIGH',
      suspectedMalicious: true,
      crossBorderImpact: false,
    });
    expect(stageReport('FINAL', { description: 'd', rootCause: 'r', mitigation: 'm' }, 'LOW', true, true)).toEqual({
      description: 'd',
      rootCause: 'r',
      mitigation: 'm',
      severity: 'LOW',
    });
  });
});
