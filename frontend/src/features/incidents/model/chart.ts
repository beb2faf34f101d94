/**
 * The statistics chart's series: exact counts summed by month and category over the member
 * states. A suppressed cell ("fewer than 3") adds nothing: its figure is never known here.
 */
export interface StatisticCell {
  memberState: string;
  month: string;
  category: string;
  count?: number | null;
  fewerThanThree: boolean;
}

export interface ChartSeries {
  months: string[];
  categories: { category: string; counts: number[] }[];
}

export function chartSeries(cells: readonly StatisticCell[]): ChartSeries {
  const months = [...new Set(cells.map((c) => c.month))].sort();
  const categories = [...new Set(cells.map((c) => c.category))].sort();
  return {
    months,
    categories: categories.map((category) => ({
      category,
      counts: months.map((month) =>
        cells
          .filter((c) => c.month === month && c.category === category && !c.fewerThanThree)
          .reduce((sum, c) => sum + (c.count ?? 0), 0),
      ),
    })),
  };
}
