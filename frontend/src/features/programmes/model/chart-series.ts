/** One `monthlySummary` entry (the parts the chart reads); decimals are strings. */
interface Month {
  month: string;
  endOfMonth: { allocated: string; committed: string; disbursed: string; available: string };
}

export interface ChartSeries {
  /** `YYYY-MM`, oldest first. */
  months: string[];
  allocated: number[];
  committed: number[];
  disbursed: number[];
  available: number[];
}

/**
 * The month-end balances as chart series, oldest month first. Numbers are used for plotting
 * only; every amount shown as text (cards, table) stays a decimal string.
 */
export function toChartSeries(summary: readonly Month[]): ChartSeries {
  const sorted = [...summary].sort((a, b) => a.month.localeCompare(b.month));
  return {
    months: sorted.map((m) => m.month),
    allocated: sorted.map((m) => Number(m.endOfMonth.allocated)),
    committed: sorted.map((m) => Number(m.endOfMonth.committed)),
    disbursed: sorted.map((m) => Number(m.endOfMonth.disbursed)),
    available: sorted.map((m) => Number(m.endOfMonth.available)),
  };
}

/** "2026-11" → "Nov 2026" (en), "Nov. 2026" (de), "nov. 2026" (fr); as is when malformed. */
export function formatMonth(month: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}
