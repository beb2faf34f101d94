import { describe, expect, it } from 'vitest';
import { capacitySegments, displayScore, scoreBars } from './charts';

describe('score bars', () => {
  it('measures every bar against the largest weight', () => {
    const bars = scoreBars([
      { criterion: 'SEVERITY', value: 'CRITICAL', weight: 30, points: 3000 },
      { criterion: 'IMPACT', value: 'CARE_DISRUPTED', weight: 20, points: 1000 },
      { criterion: 'CROSS_BORDER', value: 'NONE', weight: 10, points: 0 },
    ]);
    expect(bars.map((b) => b.percent)).toEqual([100, 33.3, 0]);
  });

  it('draws nothing for an empty breakdown', () => {
    expect(scoreBars([])).toEqual([]);
  });

  it('shows a score divided by 100', () => {
    expect(displayScore(7350)).toBe('73.50');
  });
});

describe('capacity segments', () => {
  it('split the pre-committed days into consumed, reserved, free and converted', () => {
    const segments = capacitySegments({ precommitted: 20, converted: 0, responseReserved: 5, responseConsumed: 3, responseFree: 12 });
    expect(segments.map((s) => [s.key, s.days, s.percent])).toEqual([
      ['responseConsumed', 3, 15],
      ['responseReserved', 5, 25],
      ['responseFree', 12, 60],
      ['converted', 0, 0],
    ]);
  });

  it('are empty for a quarter with nothing pre-committed', () => {
    expect(capacitySegments({ precommitted: 0, converted: 0, responseReserved: 0, responseConsumed: 0, responseFree: 0 }).every((s) => s.percent === 0)).toBe(true);
  });
});
