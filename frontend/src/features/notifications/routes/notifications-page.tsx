import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { Alert, ListPage, Reference, StatusMessage } from '@/components/ui';
import type { IncidentStage, NotificationsQuery as NotificationsResult, Role } from '@/gql/graphql';
import { errorMessage, mapError, type AppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import {
  MarkNotificationsReadMutation,
  NotificationsQuery,
  UnreadNotificationsQuery,
} from '../api/notifications';

const PAGE_SIZE = 20;
const INCIDENT_STAGES: readonly IncidentStage[] = ['EARLY_WARNING', 'NOTIFICATION', 'INTERMEDIATE', 'PROGRESS', 'FINAL'];

function isIncidentStage(detail: string | null | undefined): detail is IncidentStage {
  return INCIDENT_STAGES.some((s) => s === detail);
}
type Notification = NotificationsResult['notifications']['nodes'][number];

type TargetLabel = 'viewApplication' | 'viewVoucher' | 'viewRedemptions' | 'viewIncident' | 'viewReserveRequest';

/** Where a notification leads, for a clinic, an authority or a service provider. */
function targetOf(n: Notification, role: Role | undefined): { to: string; label: TargetLabel } | null {
  // A summary-report reminder leads to the clinic's Reserve request.
  if (n.reserveRequestId) return { to: `/provider/reserve/${n.reserveRequestId}`, label: 'viewReserveRequest' };
  // An incident deadline reminder leads to its case, in the reader's own workspace.
  if (n.incidentId) {
    const base = role === 'AUTHORITY_OFFICER' ? '/authority/incidents' : '/provider/incidents';
    return { to: `${base}/${n.incidentId}`, label: 'viewIncident' };
  }
  if (role === 'SERVICE_PROVIDER') return { to: '/vendor/redemptions', label: 'viewRedemptions' };
  // A rejection is read on the application (its reason); everything else concerns the voucher.
  if (n.kind !== 'APPLICATION_REJECTED' && n.voucher) {
    return { to: `/provider/vouchers/${n.voucher.id}`, label: 'viewVoucher' };
  }
  return n.application ? { to: `/provider/applications/${n.application.id}`, label: 'viewApplication' } : null;
}

/** The organisation's notifications, newest first; unread ones stand out and can be marked read. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('notifications.title'));
  const role = useSession()?.user.role;
  const client = useClient();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: NotificationsQuery,
    variables: { language, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: marking }, mark] = useMutation(MarkNotificationsReadMutation);
  const [markError, setMarkError] = useState<AppError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);
  const connection = data?.notifications;
  const unread = connection?.nodes.filter((n) => !n.readAt) ?? [];

  async function markRead(ids: string[] | null) {
    setMarkError(null);
    const result = await mark({ ids });
    if (result.error) {
      setMarkError(mapError(result.error));
      return;
    }
    if (ids === null) {
      setAnnouncement(t('notifications.allRead'));
      requestAnimationFrame(() => statusRef.current?.focus());
    }
    reexecute({ requestPolicy: 'network-only' });
    // The navigation's count shares this query: refreshing it here updates the badge.
    void client.query(UnreadNotificationsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  }

  return (
    <ListPage
      titleId="notifications-title"
      title={t('notifications.title')}
      intro={t('notifications.intro')}
      notices={
        <>
          <StatusMessage ref={statusRef} text={announcement} testId="notifications-status" />
          {markError ? (
            <Alert tone="error" testId="notifications-error">
              <p>{errorMessage(t, markError)}</p>
            </Alert>
          ) : null}
        </>
      }
      items={connection?.nodes}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={t('notifications.empty')}
      pager={connection ? { ...connection.pageInfo, after, onPage: setAfter } : null}
    >
      {(notifications) => (
        <>
          {unread.length > 0 ? (
            <div className="button-row">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void markRead(null)}
                disabled={marking}
                data-testid="mark-all-read"
              >
                {marking ? t('notifications.marking') : t('notifications.markAllRead')}
              </button>
            </div>
          ) : null}
          <ul className="record-list" aria-label={t('notifications.listLabel')}>
            {notifications.map((n) => {
            const programme = n.application?.program?.name ?? n.voucher?.program?.name ?? t('notifications.unknownProgramme');
            const target = targetOf(n, role);
            // An incident reminder's detail is the stage's code: said in plain words.
            const detail = n.incidentId && isIncidentStage(n.detail) ? t(`incidents.stages.${n.detail}`) : (n.detail ?? '');
            const textId = `notification-${n.id}`;
            const reference = n.voucher?.reference ?? n.application?.reference;
            return (
              <li
                key={n.id}
                className={`record notification${n.readAt ? '' : ' notification--unread'}`}
                data-testid="notification"
                data-kind={n.kind}
                data-read={n.readAt ? 'true' : 'false'}
              >
                <p id={textId}>
                  {n.readAt ? null : (
                    <>
                      <span className="badge badge--info">{t('notifications.unread')}</span>{' '}
                    </>
                  )}
                  {t(`notifications.kinds.${n.kind}`, { programme, detail })}
                </p>
                <p className="muted">
                  <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, language)}</time>
                  {reference ? (
                    <>
                      {' · '}
                      <Reference value={reference} testId="notification-reference" />
                    </>
                  ) : null}
                </p>
                <div className="button-row">
                  {target ? (
                    <Link to={target.to} aria-describedby={textId}>
                      {t(`notifications.${target.label}`)}
                    </Link>
                  ) : null}
                  {n.readAt ? null : (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => void markRead([n.id])}
                      disabled={marking}
                      aria-describedby={textId}
                      data-testid="mark-read"
                    >
                      {t('notifications.markRead')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
          </ul>
        </>
      )}
    </ListPage>
  );
}
