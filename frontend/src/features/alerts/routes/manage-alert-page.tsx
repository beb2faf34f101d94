import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, DataTable, ErrorState, LoadingState, StatusMessage, TextAreaField } from '@/components/ui';
import { errorMessage, hasErrorKind, mapError, type AppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AlertAcknowledgementCountsQuery, AlertQuery, PublishAlertMutation, RevokeAlertMutation } from '../api/alerts';
import { AlertView } from '../components/alert-view';
import { StatusTag } from '../components/tags';
import { Versions } from '../components/versions';
import { contentToView, isActive } from '../model/view';

const AckChart = lazy(() => import('../components/ack-chart'));

/** ENISA: the acknowledgement counts per member state, as a chart and a table. */
function AcknowledgementCounts({ alertId }: { alertId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [{ data, error }] = useQuery({ query: AlertAcknowledgementCountsQuery, variables: { id: alertId }, requestPolicy: 'cache-and-network' });
  const counts = data?.alert.acknowledgementCounts;
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title">{t('alerts.counts.title')}</h2>
      {error ? <ErrorState error={mapError(error)} /> : null}
      {!counts ? null : counts.length === 0 ? (
        <p className="muted" data-testid="counts-empty">
          {t('alerts.counts.empty')}
        </p>
      ) : (
        <>
          <Suspense fallback={null}>
            <AckChart counts={counts} labels={counts.map((c) => memberStateName(c.memberState, c.memberState, language))} />
          </Suspense>
          <DataTable
            captionId="counts-caption"
            caption={t('alerts.counts.title')}
            testId="counts-table"
            columns={[
              { label: t('alerts.counts.memberState') },
              { label: t('alerts.counts.seen'), numeric: true },
              { label: t('alerts.counts.mitigationApplied'), numeric: true },
              { label: t('alerts.counts.notAffected'), numeric: true },
              { label: t('alerts.counts.total'), numeric: true },
            ]}
          >
            {counts.map((c) => (
              <tr key={c.memberState} data-testid="counts-row" data-state={c.memberState}>
                <td>{memberStateName(c.memberState, c.memberState, language)}</td>
                <td className="num">{c.seen}</td>
                <td className="num">{c.mitigationApplied}</td>
                <td className="num">{c.notAffected}</td>
                <td className="num">{c.total}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

/** Revoking takes a reason. */
function RevokeForm({ alertId, onDone }: { alertId: string; onDone: (problem: AppError | null) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [{ fetching }, revoke] = useMutation(RevokeAlertMutation);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setFieldError(undefined);
    const result = await revoke({ id: alertId, reason });
    if (result.error) {
      const problem = mapError(result.error);
      if (problem.kind === 'VALIDATION' && problem.field === 'reason') {
        setFieldError(t('alerts.enisa.reasonRequired'));
        document.getElementById('revoke-reason')?.focus();
        return;
      }
      onDone(problem);
      return;
    }
    onDone(null);
  }
  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="revoke-title">
      <h2 id="revoke-title">{t('alerts.enisa.revokeTitle')}</h2>
      <TextAreaField id="revoke-reason" name="reason" label={t('alerts.enisa.revokeReason')} value={reason} onChange={setReason} error={fieldError} required rows={2} />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={fetching} data-testid="revoke-submit">
          {t('alerts.enisa.revoke')}
        </button>
      </div>
    </form>
  );
}

/** `/enisa/alerts/:id`: the alert as readers will see it, its lifecycle and the answers. */
export default function ManageAlertPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { id = '' } = useParams();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AlertQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [{ fetching: publishing }, publish] = useMutation(PublishAlertMutation);
  const [message, setMessage] = useState(saved ? t('alerts.enisa.saved') : '');
  const [problem, setProblem] = useState<AppError | null>(null);
  const alert = data?.alert;
  const view = alert?.content ? contentToView(alert.content, 'en') : null;
  useDocumentTitle(view?.title ?? t('alerts.enisa.title'));

  if (error && hasErrorKind(error, 'NOT_FOUND')) {
    return (
      <>
        <h1 tabIndex={-1}>{t('alerts.detail.notFoundTitle')}</h1>
        <Alert tone="error">
          <p>{t('alerts.detail.notFound')}</p>
        </Alert>
      </>
    );
  }
  if (error) return <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!alert || !view) return fetching ? <LoadingState /> : null;

  const reload = () => reexecute({ requestPolicy: 'network-only' });
  async function doPublish() {
    setProblem(null);
    setMessage('');
    const result = await publish({ id });
    if (result.error) {
      setProblem(mapError(result.error));
      reload();
      return;
    }
    setMessage(t('alerts.enisa.publishedMessage'));
    reload();
  }
  const problemText = (p: AppError) =>
    p.kind === 'INVALID_STATE_TRANSITION'
      ? t('alerts.enisa.stateChanged')
      : p.kind === 'VALIDATION' && p.field === 'validUntil'
        ? t('alerts.enisa.validityOver')
        : errorMessage(t, p);

  return (
    <>
      <p>
        <Link to="/enisa/alerts">{t('alerts.enisa.backToList')}</Link>
      </p>
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
      <StatusMessage text={message} testId="manage-status" />
      {problem ? (
        <Alert tone="error" testId="manage-problem">
          <p>{problemText(problem)}</p>
        </Alert>
      ) : null}
      {alert.revokedAt ? (
        <Alert tone="info" live="none" testId="alert-revoked">
          <p>{t('alerts.detail.revoked', { when: formatDateTime(alert.revokedAt, language), reason: alert.revocationReason ?? '' })}</p>
        </Alert>
      ) : null}
      <div className="button-row">
        {alert.status === 'DRAFT' ? (
          <>
            <Link to={`/enisa/alerts/${alert.id}/edit`} className="button button--secondary" data-testid="edit-alert">
              {t('alerts.enisa.edit')}
            </Link>
            <button type="button" className="button" onClick={() => void doPublish()} disabled={publishing} data-testid="publish-alert">
              {t('alerts.enisa.publish')}
            </button>
          </>
        ) : null}
        {isActive(alert.status) ? (
          <>
            <Link to={`/enisa/alerts/${alert.id}/edit`} className="button button--secondary" data-testid="update-alert">
              {t('alerts.enisa.update')}
            </Link>
            <Link to={`/alerts/${alert.id}`} className="button button--secondary">
              {t('alerts.enisa.readerView')}
            </Link>
          </>
        ) : null}
      </div>
      <AlertView view={view} />
      <Versions versions={alert.versions} />
      {alert.status !== 'DRAFT' ? <AcknowledgementCounts alertId={alert.id} /> : null}
      {isActive(alert.status) ? (
        <RevokeForm
          alertId={alert.id}
          onDone={(p) => {
            setProblem(p);
            setMessage(p ? '' : t('alerts.enisa.revokedMessage'));
            reload();
          }}
        />
      ) : null}
    </>
  );
}
