import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadingState } from '@/components/ui';
import type { ProgrammeDashboardQuery } from '@/gql/graphql';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { formatMonth, toChartSeries } from '../model/chart-series';

const FundsChart = lazy(() => import('./funds-chart'));

type Programme = NonNullable<ProgrammeDashboardQuery['voucherProgram']>;

const CARDS = ['allocated', 'committed', 'disbursed', 'available'] as const;

/** The four balance cards, then the chart with a visually hidden table of the same figures. */
export function FundsOverview({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const chartTitleId = useId();
  const chartDescId = useId();
  const summary = programme.monthlySummary ?? [];
  const series = useMemo(() => toChartSeries(summary), [summary]);
  const funds = programme.funds;
  if (!funds) return null;

  return (
    <>
      <section aria-labelledby="funds-title">
        <h2 id="funds-title">{t('dashboard.fundsTitle')}</h2>
        <dl className="stat-grid" data-testid="funds-cards">
          {CARDS.map((key) => (
            <div key={key} className={`stat stat--${key}`}>
              <dt>{t(`dashboard.${key}`)}</dt>
              <dd data-testid={`funds-${key}`}>{formatMoney(funds[key], funds.currency, locale)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby={chartTitleId}>
        <h2 id={chartTitleId}>{t('dashboard.chartTitle')}</h2>
        {summary.length === 0 ? (
          <EmptyState>{t('dashboard.chartEmpty')}</EmptyState>
        ) : (
          <>
            <p id={chartDescId} className="visually-hidden">
              {t('dashboard.chartLabel')}
            </p>
            <Suspense fallback={<LoadingState label={t('dashboard.chartLoading')} />}>
              <FundsChart
                series={series}
                currency={funds.currency}
                labelledBy={chartTitleId}
                describedBy={chartDescId}
              />
            </Suspense>
            {/* Tables ignore width/overflow, so the hiding is done by a wrapping block. */}
            <div className="visually-hidden">
              <table data-testid="funds-chart-table">
                <caption>{t('dashboard.chartTableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.month')}</th>
                    {CARDS.map((key) => (
                      <th key={key} scope="col">
                        {t(`dashboard.${key}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...summary]
                    .sort((a, b) => a.month.localeCompare(b.month))
                    .map((month) => (
                      <tr key={month.month}>
                        <th scope="row">{formatMonth(month.month, locale)}</th>
                        {CARDS.map((key) => (
                          <td key={key}>
                            {formatMoney(month.endOfMonth[key], month.endOfMonth.currency, locale)}
                          </td>
                        ))}
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  );
}
