/**
 * Incidents by month and category as stacked bars (chart.js, loaded with the statistics page's
 * chunk). The table below the chart carries the same figures for screen readers.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { chartSeries, type StatisticCell } from '../model/chart';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Colours at 3:1 or more against white. */
const COLOURS = ['#003399', '#b35c00', '#5b2a86', '#1b6b2f', '#8a1538', '#005f73', '#6b4f00', '#3d3d3d', '#7a3e9d', '#00695c', '#9c2f00'];

export function StatisticsChart({ cells }: { cells: readonly StatisticCell[] }) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const series = useMemo(() => chartSeries(cells), [cells]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const chart = new Chart<'bar', number[], string>(canvas, {
      type: 'bar',
      data: {
        labels: series.months,
        datasets: series.categories.map((c, i) => ({
          label: t(`incidents.categories.${c.category}` as 'incidents.categories.OTHER'),
          data: c.counts,
          backgroundColor: COLOURS[i % COLOURS.length],
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [series, t]);

  return (
    <figure className="chart" aria-labelledby="statistics-chart-title">
      <figcaption id="statistics-chart-title">{t('incidents.statistics.chartLabel')}</figcaption>
      <canvas ref={canvasRef} role="img" aria-labelledby="statistics-chart-title" data-testid="statistics-chart" />
    </figure>
  );
}
