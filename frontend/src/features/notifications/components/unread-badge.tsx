import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import { UnreadNotificationsQuery } from '../api/notifications';

/**
 * The number of unread notifications next to the navigation entry, refreshed on every page
 * change (the notifications page refreshes it after marking). Nothing is shown at zero or while
 * the count is unknown.
 */
export function UnreadNotificationsBadge() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [{ data }, reexecute] = useQuery({ query: UnreadNotificationsQuery, requestPolicy: 'cache-and-network' });

  useEffect(() => {
    reexecute({ requestPolicy: 'network-only' });
  }, [pathname, reexecute]);

  const count = data?.unreadNotifications ?? 0;
  if (count <= 0) return null;
  return (
    <>
      {' '}
      <span className="nav-badge" aria-hidden="true" data-testid="unread-count">
        {count}
      </span>
      <span className="visually-hidden">({t('notifications.unreadCount', { count })})</span>
    </>
  );
}
