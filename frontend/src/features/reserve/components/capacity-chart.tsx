import { useTranslation } from 'react-i18next';
import { capacitySegments } from '../model/charts';

interface Quarter {
  quarter: string;
  precommitted: number;
  converted: number;
  responseReserved: number;
  responseConsumed: number;
  responseFree: number;
  preparednessFree: number;
}

/** A provider's capacity per quarter as stacked bars (hidden from assistive technology) and a table. */
export function CapacityChart({ id, name, quarters }: { id: string; name: string; quarters: readonly Quarter[] }) {
  const { t } = useTranslation();
  return (
    <figure className="capacity-chart" tabIndex={0} aria-labelledby={`${id}-caption`} data-testid="capacity-chart">
      <figcaption id={`${id}-caption`}>{t('reserve.capacity.caption', { name })}</figcaption>
      <div aria-hidden="true">
        {quarters.map((q) => (
          <div key={q.quarter} className="capacity-chart__row">
            <span className="capacity-chart__quarter">{q.quarter}</span>
            <span className="capacity-chart__track">
              {capacitySegments(q).map((s) => (
                <span key={s.key} className={`capacity-chart__segment capacity-chart__segment--${s.key}`} style={{ width: `${s.percent}%` }} />
              ))}
            </span>
          </div>
        ))}
        <p className="capacity-chart__legend">
          {(['responseConsumed', 'responseReserved', 'responseFree', 'converted'] as const).map((key) => (
            <span key={key} className={`capacity-chart__key capacity-chart__segment--${key}`}>
              {t(`reserve.capacity.${key}`)}
            </span>
          ))}
        </p>
      </div>
      <table className="table table--compact">
        <caption className="visually-hidden">{t('reserve.capacity.tableCaption', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reserve.capacity.quarter')}</th>
            <th scope="col">{t('reserve.capacity.precommitted')}</th>
            <th scope="col">{t('reserve.capacity.responseConsumed')}</th>
            <th scope="col">{t('reserve.capacity.responseReserved')}</th>
            <th scope="col">{t('reserve.capacity.responseFree')}</th>
            <th scope="col">{t('reserve.capacity.converted')}</th>
            <th scope="col">{t('reserve.capacity.preparednessFree')}</th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((q) => (
            <tr key={q.quarter} data-testid="capacity-row" data-quarter={q.quarter}>
              <th scope="row">{q.quarter}</th>
              <td>{q.precommitted}</td>
              <td>{q.responseConsumed}</td>
              <td>{q.responseReserved}</td>
              <td data-testid="capacity-free">{q.responseFree}</td>
              <td>{q.converted}</td>
              <td>{q.preparednessFree}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
