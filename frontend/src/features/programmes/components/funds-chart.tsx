/**
 * The funds chart: the balances as step lines (a balance holds until the next movement), with
 * tooltips. This module is the only importer of chart.js and is loaded with React.lazy from the
 * programme dashboard, so chart.js never reaches the first load.
 */
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import type { FundsSteps } from '../model/chart-series';
import { pointLabel, pointTitle } from './funds-table';

Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

/** Colours at 3:1 or more against white; the dash patterns tell the lines apart without colour. */
const LINES = [
  { key: 'allocated', color: '#003399', dash: [] },
  { key: 'committed', color: '#b35c00', dash: [8, 4] },
  { key: 'disbursed', color: '#5b2a86', dash: [2, 3] },
  { key: 'available', color: '#1b6b2f', dash: [12, 3, 2, 3] },
] as const;

interface FundsChartProps {
  steps: FundsSteps;
  currency: string;
  labelledBy: string;
  describedBy: string;
}

export default function FundsChart({ steps, currency, labelledBy, describedBy }: FundsChartProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'line', number[], string> | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const chart = new Chart<'line', number[], string>(canvas, {
      type: 'line',
      data: { labels: [], datasets: [] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion ? false : { duration: 300 },
        interaction: { mode: 'index', intersect: false },
        scales: { y: { beginAtZero: true }, x: { ticks: { autoSkip: true, maxRotation: 0 } } },
      },
    });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const { points, unit } = steps;
    chart.data.labels = points.map((point, index) => pointLabel(t, point, index, unit, locale));
    chart.data.datasets = LINES.map((line) => ({
      label: t(`dashboard.${line.key}`),
      data: points.map((point) => Number(point[line.key])),
      borderColor: line.color,
      backgroundColor: line.color,
      borderDash: [...line.dash],
      borderWidth: 3,
      stepped: 'after' as const,
      // Days carried forward get no dot: only the days (or movements) where the balance changed.
      pointRadius: points.map((point) => (point.changed || unit === 'movement' ? 4 : 0)),
      pointHoverRadius: 6,
    }));
    const options = chart.options;
    const yScale = options.scales?.['y'];
    if (yScale) {
      yScale.ticks = { ...yScale.ticks, callback: (value) => formatMoney(String(value), currency, locale) };
    }
    options.plugins = {
      ...options.plugins,
      tooltip: {
        callbacks: {
          title: (items) => {
            const point = points[items[0]?.dataIndex ?? -1];
            return point ? pointTitle(t, point, items[0]?.dataIndex ?? 0, unit, locale) : '';
          },
          label: (item) => {
            const line = LINES[item.datasetIndex];
            const point = points[item.dataIndex];
            return line && point ? `${t(`dashboard.${line.key}`)}: ${formatMoney(point[line.key], currency, locale)}` : '';
          },
        },
      },
    };
    chart.update();
  }, [steps, currency, locale, t]);

  const last = steps.points.at(-1);
  return (
    <div className="chart">
      <canvas
        ref={canvasRef}
        role="img"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        data-testid="funds-chart"
        data-unit={steps.unit}
        data-points={steps.points.length}
        data-months={steps.months}
        data-last-allocated={last ? String(Number(last.allocated)) : ''}
      >
        {t('dashboard.chartLabel')}
      </canvas>
    </div>
  );
}
