import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import { AlertsQuery } from '../api/alerts';
import { useAlertFeed } from '../api/alert-feed';
import { awaitingAnswer } from '../model/view';

/**
 * The navigation's count of alerts awaiting the organisation's answer. It runs the live feed:
 * each event (publication, update, revocation) reads the list again, so a new alert shows up
 * here without a reload; it is read again on every page change too (after an answer).
 */
export function AlertsBadge() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const feed = useAlertFeed();
  const [{ data }, reexecute] = useQuery({ query: AlertsQuery, variables: {}, requestPolicy: 'cache-and-network' });

  useEffect(() => {
    reexecute({ requestPolicy: 'network-only' });
  }, [pathname, feed.events.length, feed.answers, reexecute]);

  const count = data ? awaitingAnswer(data.alerts) : 0;
  if (count <= 0) return null;
  return (
    <>
      {' '}
      <span className="nav-badge" aria-hidden="true" data-testid="alerts-count">
        {count}
      </span>
      <span className="visually-hidden">({t('alerts.awaitingCount', { count })})</span>
    </>
  );
}
