import { useTranslation } from 'react-i18next';
import type { ReserveCriterion } from '@/gql/graphql';
import { displayScore, scoreBars } from '../model/charts';

interface ScoreChartProps {
  id: string;
  score: number;
  breakdown: readonly { criterion: ReserveCriterion; value: string; weight: number; points: number }[];
}

/**
 * A priority score's breakdown as a small bar chart (hidden from assistive technology) and the
 * same figures as a table, which is what screen readers read.
 */
export function ScoreChart({ id, score, breakdown }: ScoreChartProps) {
  const { t } = useTranslation();
  const bars = scoreBars(breakdown);
  return (
    <figure className="score-chart" tabIndex={0} aria-labelledby={`${id}-caption`} data-testid="score-chart">
      <figcaption id={`${id}-caption`}>{t('reserve.score.caption', { score: displayScore(score) })}</figcaption>
      <div className="score-chart__bars" aria-hidden="true">
        {bars.map((bar) => (
          <div key={bar.criterion} className="score-chart__row">
            <span className="score-chart__name">{t(`reserve.criteria.${bar.criterion}`)}</span>
            <span className="score-chart__track">
              <span className="score-chart__bar" style={{ width: `${bar.percent}%` }} />
            </span>
            <span className="score-chart__points">{displayScore(bar.points)}</span>
          </div>
        ))}
      </div>
      <table className="table table--compact">
        <caption className="visually-hidden">{t('reserve.score.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reserve.score.criterion')}</th>
            <th scope="col">{t('reserve.score.value')}</th>
            <th scope="col">{t('reserve.score.weight')}</th>
            <th scope="col">{t('reserve.score.points')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.criterion}>
              <th scope="row">{t(`reserve.criteria.${bar.criterion}`)}</th>
              <td>{bar.value}</td>
              <td>{bar.weight}</td>
              <td>{displayScore(bar.points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
