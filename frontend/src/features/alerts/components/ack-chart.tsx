/**
 * The answers per member state as stacked horizontal bars (chart.js, in the manage page's lazy
 * chunk). A hidden sentence describes it, and the table beside it carries the same figures.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface AckCount {
  memberState: string;
  seen: number;
  mitigationApplied: number;
  notAffected: number;
  total: number;
}

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** At 3:1 or more against white; each series has its own pattern of border too. */
const SERIES = [
  { key: 'seen', colour: '#003399' },
  { key: 'mitigationApplied', colour: '#1b6b2f' },
  { key: 'notAffected', colour: '#b35c00' },
] as const;

export default function AckChart({ counts, labels }: { counts: readonly AckCount[]; labels: readonly string[] }) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const chart = new Chart<'bar', number[], string>(canvas, {
      type: 'bar',
      data: {
        labels: [...labels],
        datasets: SERIES.map((s, i) => ({
          label: t(`alerts.counts.${s.key}`),
          data: counts.map((c) => c[s.key]),
          backgroundColor: s.colour,
          borderColor: '#000',
          borderWidth: i,
        })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: reduced ? false : undefined,
        scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
      },
    });
    return () => chart.destroy();
  }, [counts, labels, t]);

  const total = counts.reduce((sum, c) => sum + c.total, 0);
  return (
    <figure className="chart" aria-labelledby="ack-chart-title">
      <figcaption id="ack-chart-title">{t('alerts.counts.chartLabel')}</figcaption>
      <canvas ref={canvasRef} role="img" aria-labelledby="ack-chart-title" aria-describedby="ack-chart-description" data-testid="ack-chart" />
      <p id="ack-chart-description" className="visually-hidden">
        {t('alerts.counts.chartDescription', { states: counts.length, total })}
      </p>
    </figure>
  );
}
