import { describe, expect, it } from 'vitest';
import { fundsSteps, MAX_DAYS, type Movement } from './chart-series';

const move = (createdAt: string, allocated: string, committed = '0.00', disbursed = '0.00'): Movement => ({
  createdAt,
  fundsAfter: {
    allocated,
    committed,
    disbursed,
    available: (Number(allocated) - Number(committed) - Number(disbursed)).toFixed(2),
  },
});

describe('the funds chart’s steps', () => {
  it('has nothing to draw before the first movement', () => {
    expect(fundsSteps([], new Date('2026-11-30T12:00:00Z')).points).toEqual([]);
  });

  it('draws one step per movement when they fall on few days, starting from zero', () => {
    const steps = fundsSteps(
      [move('2026-11-30T10:05:00Z', '200000.00'), move('2026-11-30T09:00:00Z', '150000.00')],
      new Date('2026-11-30T12:00:00Z'),
    );
    expect(steps.unit).toBe('movement');
    expect(steps.months).toBe(1);
    expect(steps.points.map((p) => [p.at, p.allocated, p.changed])).toEqual([
      ['2026-11-30T09:00:00Z', '0', false],
      ['2026-11-30T09:00:00Z', '150000.00', true],
      ['2026-11-30T10:05:00Z', '200000.00', true],
    ]);
  });

  it('draws one point per day up to today once movements spread over several days', () => {
    const steps = fundsSteps(
      [
        move('2026-10-01T08:00:00Z', '1000.00'),
        move('2026-10-03T08:00:00Z', '1000.00', '300.00'),
        move('2026-10-03T17:00:00Z', '1000.00', '200.00', '100.00'),
        move('2026-10-06T08:00:00Z', '1500.00', '200.00', '100.00'),
        move('2026-10-08T08:00:00Z', '1500.00', '0.00', '100.00'),
        move('2026-11-02T08:00:00Z', '2000.00', '0.00', '100.00'),
      ],
      new Date('2026-11-04T12:00:00Z'),
    );
    expect(steps.unit).toBe('day');
    expect(steps.months).toBe(2);
    // The day before the first movement at zero, then every day to today.
    expect(steps.points[0]).toMatchObject({ at: '2026-09-30', allocated: '0', changed: false });
    expect(steps.points.at(-1)).toMatchObject({ at: '2026-11-04', allocated: '2000.00', changed: false });
    expect(steps.points).toHaveLength(1 + 35);
    const oct3 = steps.points.find((p) => p.at === '2026-10-03');
    // The last movement of a day counts.
    expect(oct3).toMatchObject({ committed: '200.00', disbursed: '100.00', changed: true });
    expect(steps.points.find((p) => p.at === '2026-10-04')).toMatchObject({ committed: '200.00', changed: false });
    expect(steps.points.filter((p) => p.changed)).toHaveLength(5);
  });

  it('keeps at most two years of days, starting from the balances before them', () => {
    const steps = fundsSteps(
      [
        move('2020-01-01T00:00:00Z', '10.00'),
        move('2020-01-02T00:00:00Z', '20.00'),
        move('2020-01-03T00:00:00Z', '30.00'),
        move('2020-01-04T00:00:00Z', '40.00'),
        move('2020-01-05T00:00:00Z', '50.00'),
      ],
      new Date('2026-11-30T00:00:00Z'),
    );
    expect(steps.points).toHaveLength(MAX_DAYS + 1);
    expect(steps.points[0]?.allocated).toBe('50.00');
    expect(steps.points.at(-1)).toMatchObject({ at: '2026-11-30', allocated: '50.00' });
  });
});
