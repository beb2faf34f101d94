/**
 * The funds-over-time line chart. This module is the only importer of chart.js and is loaded
 * with React.lazy from the programme dashboard, so chart.js never reaches the first load.
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
import { formatMonth, type ChartSeries } from '../model/chart-series';

Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

/** Colours at 3:1 or more against white; the dash patterns tell the lines apart without colour. */
const LINES = [
  { key: 'allocated', color: '#003399', dash: [] },
  { key: 'committed', color: '#b35c00', dash: [8, 4] },
  { key: 'disbursed', color: '#5b2a86', dash: [2, 3] },
  { key: 'available', color: '#1b6b2f', dash: [12, 3, 2, 3] },
] as const;

interface FundsChartProps {
  series: ChartSeries;
  currency: string;
  labelledBy: string;
  describedBy: string;
}

export default function FundsChart({ series, currency, labelledBy, describedBy }: FundsChartProps) {
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
        scales: { y: { beginAtZero: true } },
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
    chart.data.labels = series.months.map((m) => formatMonth(m, locale));
    chart.data.datasets = LINES.map((line) => ({
      label: t(`dashboard.${line.key}`),
      data: series[line.key],
      borderColor: line.color,
      backgroundColor: line.color,
      borderDash: [...line.dash],
      borderWidth: 3,
      pointRadius: 4,
      tension: 0,
    }));
    const yScale = chart.options.scales?.['y'];
    if (yScale) {
      yScale.ticks = {
        ...yScale.ticks,
        callback: (value) => formatMoney(String(value), currency, locale),
      };
    }
    chart.update();
  }, [series, currency, locale, t]);

  return (
    <div className="chart">
      <canvas
        ref={canvasRef}
        role="img"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        data-testid="funds-chart"
        data-months={series.months.length}
        data-last-allocated={series.allocated.at(-1) ?? ''}
      >
        {t('dashboard.chartLabel')}
      </canvas>
    </div>
  );
}
