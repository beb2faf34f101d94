import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, ErrorState, LoadingState } from '@/components/ui';
import { hasErrorKind, mapError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AlertQuery } from '../api/alerts';
import { AcknowledgeForm } from '../components/acknowledge-form';
import { AlertView } from '../components/alert-view';
import { StixDownload } from '../components/stix-download';
import { StatusTag } from '../components/tags';
import { Versions } from '../components/versions';
import { contentToView, answersAlerts, isActive } from '../model/view';

/**
 * `/alerts/:id`: an alert as the reader may see it (TLP decides on the server; anything else is
 * NOT_FOUND), its versions, the STIX download and, for organisations, their answer.
 */
export default function AlertPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { id = '' } = useParams();
  const session = useSession();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AlertQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const alert = data?.alert;
  const view = alert?.content ? contentToView(alert.content, language) : null;
  useDocumentTitle(view?.title ?? t('alerts.inboxTitle'));

  const back = (
    <p>
      <Link to="/alerts">{t('alerts.detail.back')}</Link>
    </p>
  );
  if (error && hasErrorKind(error, 'NOT_FOUND')) {
    return (
      <>
        <h1 id="alert-title" tabIndex={-1}>
          {t('alerts.detail.notFoundTitle')}
        </h1>
        <Alert tone="error" testId="alert-not-found">
          <p>{t('alerts.detail.notFound')}</p>
        </Alert>
        {back}
      </>
    );
  }
  if (error) return <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!alert || !view) return fetching ? <LoadingState /> : null;

  return (
    <>
      {back}
      <h1 id="alert-title" tabIndex={-1}>
        {view.title}
      </h1>
      <p>
        <StatusTag status={alert.status} />{' '}
        {alert.currentVersion ? (
          <span className="muted">
            {t('alerts.publishedOn', { when: formatDateTime(alert.currentVersion.publishedAt, language), number: alert.currentVersion.number })}
          </span>
        ) : null}
      </p>
      {alert.revokedAt ? (
        <Alert tone="info" live="none" testId="alert-revoked">
          <p>{t('alerts.detail.revoked', { when: formatDateTime(alert.revokedAt, language), reason: alert.revocationReason ?? '' })}</p>
        </Alert>
      ) : null}
      {alert.currentVersion?.changeNote ? (
        <p className="callout break" data-testid="alert-change-note">
          {t('alerts.detail.changeNote', { note: alert.currentVersion.changeNote })}
        </p>
      ) : null}
      <div className="button-row">
        <StixDownload alertId={alert.id} />
      </div>
      <AlertView view={view} />
      {session && answersAlerts(session.user.role) && (isActive(alert.status) || alert.myAcknowledgement) ? (
        isActive(alert.status) ? (
          <AcknowledgeForm alertId={alert.id} current={alert.myAcknowledgement} onDone={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : null
      ) : null}
      <Versions versions={alert.versions} />
    </>
  );
}
