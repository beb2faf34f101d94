import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui';
import type { ProgrammeDashboardQuery } from '@/gql/graphql';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useFundsHistory } from '../api/use-funds-history';
import { fundsSteps } from '../model/chart-series';
import { FundsRelation } from './funds-relation';
import { FundsTable } from './funds-table';

const FundsChart = lazy(() => import('./funds-chart'));

type Programme = NonNullable<ProgrammeDashboardQuery['voucherProgram']>;

const CARDS = ['allocated', 'committed', 'disbursed', 'available'] as const;

/**
 * The four balance cards and how they relate, then the funds over time: a step chart of every
 * movement (or day) with tooltips, and the same figures as a table.
 */
export function FundsOverview({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const chartTitleId = useId();
  const chartDescId = useId();
  const newest = programme.ledger?.nodes[0]?.id ?? null;
  const history = useFundsHistory(programme.id, newest);
  const movements = history.status === 'ready' ? history.movements : null;
  const steps = useMemo(() => (movements ? fundsSteps(movements, new Date()) : null), [movements]);
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
        <FundsRelation programme={programme} />
      </section>

      <section aria-labelledby={chartTitleId}>
        <h2 id={chartTitleId}>{t('dashboard.chartTitle')}</h2>
        {history.status === 'error' ? (
          <ErrorState error={history.error} />
        ) : !steps ? (
          newest ? <LoadingState label={t('dashboard.chartLoading')} /> : <EmptyState>{t('dashboard.chartEmpty')}</EmptyState>
        ) : steps.points.length === 0 ? (
          <EmptyState>{t('dashboard.chartEmpty')}</EmptyState>
        ) : (
          <>
            <p id={chartDescId} className="visually-hidden">
              {steps.unit === 'day' ? t('dashboard.chartLabelDays') : t('dashboard.chartLabel')}
            </p>
            <Suspense fallback={<LoadingState label={t('dashboard.chartLoading')} />}>
              <FundsChart steps={steps} currency={funds.currency} labelledBy={chartTitleId} describedBy={chartDescId} />
            </Suspense>
            <FundsTable steps={steps} currency={funds.currency} />
          </>
        )}
      </section>
    </>
  );
}
