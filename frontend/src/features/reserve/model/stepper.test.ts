import { describe, expect, it } from 'vitest';
import { reachedStep, stepsFor } from './stepper';

describe('the request stepper', () => {
  it('marks the steps before the status done, the status current and the rest upcoming', () => {
    const steps = stepsFor('ASSIGNED');
    expect(steps.filter((s) => s.state === 'done').map((s) => s.status)).toEqual(['DRAFT', 'SUBMITTED', 'ENDORSED', 'TRIAGED']);
    expect(steps.find((s) => s.state === 'current')?.status).toBe('ASSIGNED');
    expect(steps.filter((s) => s.state === 'upcoming')).toHaveLength(4);
  });

  it('shows a closed request as all done', () => {
    expect(stepsFor('CLOSED').every((s) => s.state === 'done')).toBe(true);
  });

  it('ends a declined request after submission', () => {
    expect(stepsFor('DECLINED').map((s) => [s.status, s.state])).toEqual([
      ['DRAFT', 'done'],
      ['SUBMITTED', 'done'],
      ['DECLINED', 'stopped'],
    ]);
  });

  it('ends a withdrawn request after the last step it reached', () => {
    const reached = reachedStep({ submittedAt: 'x', endorsedAt: 'y', triagedAt: null });
    expect(stepsFor('WITHDRAWN', reached).map((s) => s.status)).toEqual(['DRAFT', 'SUBMITTED', 'ENDORSED', 'WITHDRAWN']);
    expect(stepsFor('WITHDRAWN', 'DRAFT').map((s) => s.status)).toEqual(['DRAFT', 'WITHDRAWN']);
  });
});
