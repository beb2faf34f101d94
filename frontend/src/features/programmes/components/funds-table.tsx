import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui';
import { formatDate, formatDateTime, formatDayMonth, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import type { FundsPoint, FundsSteps } from '../model/chart-series';

const COLUMNS = ['allocated', 'committed', 'disbursed', 'available'] as const;

/** A point's short label on the chart's axis. */
export function pointLabel(t: TFunction, point: FundsPoint, index: number, unit: FundsSteps['unit'], locale: string) {
  if (unit === 'day') return formatDayMonth(point.at, locale, { timeZone: 'UTC' });
  return index === 0 ? t('dashboard.chartStart') : formatDateTime(point.at, locale);
}

/** A point's full date, for tooltips and the table. */
export function pointTitle(t: TFunction, point: FundsPoint, index: number, unit: FundsSteps['unit'], locale: string) {
  if (unit === 'day') return formatDate(point.at, locale, { timeZone: 'UTC' });
  return index === 0 ? t('dashboard.chartStart') : formatDateTime(point.at, locale);
}

/** The chart's figures as a table: every movement, or every day on which the balances changed. */
export function FundsTable({ steps, currency }: { steps: FundsSteps; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const rows = steps.points.map((point, index) => ({ point, index })).filter(({ point }) => point.changed);
  return (
    <DataTable
      captionId="funds-table-caption"
      caption={steps.unit === 'day' ? t('dashboard.chartTableCaptionDays') : t('dashboard.chartTableCaption')}
      captionVisible
      testId="funds-chart-table"
      columns={[
        { label: steps.unit === 'day' ? t('dashboard.day') : t('dashboard.date') },
        ...COLUMNS.map((key) => ({ label: t(`dashboard.${key}`), numeric: true })),
      ]}
    >
      {rows.map(({ point, index }) => (
        <tr key={`${point.at}-${index}`}>
          <th scope="row">{pointTitle(t, point, index, steps.unit, locale)}</th>
          {COLUMNS.map((key) => (
            <td key={key} className="num">
              {formatMoney(point[key], currency, locale)}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
