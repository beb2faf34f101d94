import { describe, expect, it } from 'vitest';
import { chartSeries } from './chart';

describe('statistics chart', () => {
  it('sums exact counts by month and category and never invents a suppressed figure', () => {
    const series = chartSeries([
      { memberState: 'DE', month: '2026-02', category: 'RANSOMWARE', count: 3, fewerThanThree: false },
      { memberState: 'FR', month: '2026-02', category: 'RANSOMWARE', count: 4, fewerThanThree: false },
      { memberState: 'IT', month: '2026-01', category: 'RANSOMWARE', count: null, fewerThanThree: true },
      { memberState: 'DE', month: '2026-01', category: 'DATA_BREACH', count: 5, fewerThanThree: false },
    ]);
    expect(series.months).toEqual(['2026-01', '2026-02']);
    expect(series.categories).toEqual([
      { category: 'DATA_BREACH', counts: [5, 0] },
      { category: 'RANSOMWARE', counts: [0, 7] },
    ]);
  });
});
