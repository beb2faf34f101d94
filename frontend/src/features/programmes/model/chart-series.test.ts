import { describe, expect, it } from 'vitest';
import { formatMonth, toChartSeries } from './chart-series';

const month = (m: string, allocated: string, committed: string, disbursed: string, available: string) => ({
  month: m,
  endOfMonth: { allocated, committed, disbursed, available },
});

describe('monthly summary → chart series', () => {
  it('orders months oldest first and maps the month-end balances', () => {
    const series = toChartSeries([
      month('2026-12', '1500.00', '200.00', '100.00', '1200.00'),
      month('2026-11', '1000.50', '0', '0', '1000.50'),
    ]);
    expect(series.months).toEqual(['2026-11', '2026-12']);
    expect(series.allocated).toEqual([1000.5, 1500]);
    expect(series.committed).toEqual([0, 200]);
    expect(series.disbursed).toEqual([0, 100]);
    expect(series.available).toEqual([1000.5, 1200]);
  });

  it('gives empty series for no movements', () => {
    expect(toChartSeries([]).months).toEqual([]);
  });

  it('labels months in the UI language', () => {
    expect(formatMonth('2026-11', 'en')).toBe('Nov 2026');
    expect(formatMonth('2026-03', 'de')).toMatch(/März 2026/);
    expect(formatMonth('bad', 'fr')).toBe('bad');
  });
});
