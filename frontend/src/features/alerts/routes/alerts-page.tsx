import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CheckboxGroup, ListPage, SelectField, TextField } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AlertsQuery } from '../api/alerts';
import { useAlertFeed } from '../api/alert-feed';
import { AlertList } from '../components/alert-list';
import { memberStateOptions } from '../components/member-state-options';
import { filterInput, filtersFromSearch, hasFilters, searchForFilters, SEVERITIES, type AlertFilters } from '../model/filters';
import { answersAlerts } from '../model/view';

/** A visitor's page: the TLP:CLEAR alerts (the server shows anonymous readers nothing else). */
function PublicAlerts() {
  const { t } = useTranslation();
  useDocumentTitle(t('alerts.publicTitle'));
  const [{ data, error }, reexecute] = useQuery({ query: AlertsQuery, variables: {} });
  const alerts = data?.alerts.filter((a) => a.content?.tlp === 'CLEAR');
  return (
    <ListPage
      titleId="alerts-title"
      title={t('alerts.publicTitle')}
      intro={t('alerts.publicIntro')}
      items={alerts}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={t('alerts.empty')}
    >
      {(rows) => <AlertList alerts={rows} hrefOf={(id) => `/alerts/${id}`} />}
    </ListPage>
  );
}

/** The signed-in user's inbox: live, filtered by what the address says. */
function Inbox({ answering }: { answering: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('alerts.inboxTitle'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const filter = filterInput(filters);
  const feed = useAlertFeed();
  const [{ data, error }, reexecute] = useQuery({ query: AlertsQuery, variables: { filter }, requestPolicy: 'cache-and-network' });
  const eventCount = feed.events.length;
  // Each live event reads the (filtered) list again: the server decides what passes the filter.
  useEffect(() => {
    if (eventCount > 0) reexecute({ requestPolicy: 'network-only' });
  }, [eventCount, reexecute]);
  const fresh = useMemo(() => new Set(feed.events.filter((e) => e.kind !== 'REVOKED').map((e) => e.alert.id)), [feed.events]);
  const setFilters = (next: AlertFilters) => setParams(searchForFilters(next, params), { replace: true });

  return (
    <ListPage
      titleId="alerts-title"
      title={t('alerts.inboxTitle')}
      intro={t('alerts.inboxIntro')}
      filters={
        <>
          <CheckboxGroup
            id="filter-severity"
            legend={t('alerts.filters.severity')}
            options={SEVERITIES.map((s) => ({ value: s, label: t(`alerts.severity.${s}`) }))}
            value={filters.severities}
            onChange={(severities) => setFilters({ ...filters, severities })}
          />
          <SelectField
            id="filter-state"
            name="state"
            label={t('alerts.filters.memberState')}
            value={filters.memberState ?? ''}
            placeholder={t('alerts.filters.anyState')}
            options={memberStateOptions(language)}
            onChange={(value) => setFilters({ ...filters, memberState: value || null })}
          />
          <TextField
            id="filter-product"
            name="product"
            label={t('alerts.filters.product')}
            value={filters.product}
            onChange={(product) => setFilters({ ...filters, product })}
          />
          {hasFilters(filters) ? (
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => setFilters({ severities: [], memberState: null, product: '' })} data-testid="clear-filters">
                {t('alerts.filters.clear')}
              </button>
            </div>
          ) : null}
        </>
      }
      notices={
        <p className="muted" role="status" data-testid="feed-status" data-status={feed.status}>
          {t(`alerts.live.${feed.status}`)}
        </p>
      }
      items={data?.alerts}
      error={error ? mapError(error) : null}
      errorMode="above"
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={hasFilters(filters) ? t('alerts.emptyFiltered') : t('alerts.empty')}
    >
      {(rows) => <AlertList alerts={rows} hrefOf={(id) => `/alerts/${id}`} fresh={fresh} showAnswer={answering} />}
    </ListPage>
  );
}

/** `/alerts`: the public TLP:CLEAR list for visitors; the live inbox for signed-in users. */
export default function AlertsPage() {
  const session = useSession();
  return session ? <Inbox answering={answersAlerts(session.user.role)} /> : <PublicAlerts />;
}
