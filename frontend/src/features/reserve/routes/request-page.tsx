import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, ErrorState, LoadingState, StatusMessage } from '@/components/ui';
import { ClockBadge } from '@/components/ui/deadline';
import { hasErrorKind, mapError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ReserveRequestQuery } from '../api/reserve';
import { AuthorityDecision } from '../components/authority-decision';
import { ClinicActions } from '../components/clinic-actions';
import { DeliveryActions } from '../components/delivery-actions';
import { EnisaActions } from '../components/enisa-actions';
import { RequestStepper } from '../components/request-stepper';
import { ScoreChart } from '../components/score-chart';

/** One request: its progress, its content as the caller may see it, and the caller's next step. */
export default function ReserveRequestPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const role = useSession()?.user.role;
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ReserveRequestQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<string | null>(null);
  const r = data?.reserveRequest;
  useDocumentTitle(t('reserve.request.title'));
  if (error && hasErrorKind(error, 'NOT_FOUND')) return <Alert tone="error">{t('reserve.problems.notFound')}</Alert>;
  if (error) return <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!r) return fetching ? <LoadingState /> : null;
  const done = () => {
    setMessage(t('reserve.request.done'));
    reexecute({ requestPolicy: 'network-only' });
  };
  const clock = r.summaryReportClock;

  return (
    <>
      <h1 id="reserve-request-title" tabIndex={-1}>
        {t('reserve.request.heading', { organisation: r.organisationName })}
      </h1>
      <p className="lead">
        {t(`reserve.kinds.${r.kind}`)} · {r.memberState} ·{' '}
        <span data-testid="reserve-status" data-status={r.status}>
          {t(`reserve.statuses.${r.status}`)}
        </span>
      </p>
      {message ? <StatusMessage text={message} testId="reserve-message" /> : null}
      <RequestStepper status={r.status} submittedAt={r.submittedAt} endorsedAt={r.endorsedAt} triagedAt={r.triagedAt} />
      {r.declineReason ? <Alert tone="error">{t('reserve.request.declined', { reason: r.declineReason })}</Alert> : null}
      {clock ? (
        <p data-testid="reserve-report-clock" data-state={clock.state}>
          {t('reserve.request.reportDue', { when: formatDateTime(clock.dueAt, language) })} <ClockBadge state={clock.state} />
        </p>
      ) : null}

      <section aria-labelledby="reserve-content">
        <h2 id="reserve-content">{t('reserve.request.content')}</h2>
        <dl className="summary-list">
          {r.incidentId && role === 'PROVIDER_USER' ? (
            <>
              <dt>{t('reserve.request.incident')}</dt>
              <dd>
                <Link to={`/provider/incidents/${r.incidentId}`}>{t('reserve.request.openIncident')}</Link>
              </dd>
            </>
          ) : null}
          <dt>{t('reserve.form.potentialImpact')}</dt>
          <dd className="break">{r.potentialImpact}</dd>
          <dt>{t('reserve.form.plannedUse')}</dt>
          <dd className="break">{r.plannedUse}</dd>
          <dt>{t('reserve.form.estimatedNeed')}</dt>
          <dd>
            {r.estimatedNeed.map((n) => `${t(`reserve.services.${n.service}`)}: ${n.days}`).join(', ')} ({t('reserve.request.total', { days: r.totalDays })})
          </dd>
          <dt>{t('reserve.form.measuresTaken')}</dt>
          <dd>{r.measuresTaken.map((m) => t(`reserve.measures.${m}`)).join(', ') || '—'}</dd>
          <dt>{t('reserve.form.mitigationTaken')}</dt>
          <dd className="break">{r.mitigationTaken}</dd>
          {r.severity ? (
            <>
              <dt>{t('reserve.decision.severity')}</dt>
              <dd>
                {t(`incidents.severities.${r.severity}`)}
                {r.spillOver ? ` · ${t(`reserve.spillOvers.${r.spillOver}`)}` : ''}
              </dd>
            </>
          ) : null}
          {r.providerName ? (
            <>
              <dt>{t('reserve.list.provider')}</dt>
              <dd data-testid="reserve-provider">{r.providerName}</dd>
            </>
          ) : null}
          {r.engagement ? (
            <>
              <dt>{t('reserve.request.days')}</dt>
              <dd data-testid="reserve-consumed" data-consumed={r.engagement.consumedDays}>
                {t('reserve.request.consumed', { consumed: r.engagement.consumedDays, reserved: r.engagement.reservedDays })}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {r.priority ? <ScoreChart id={`score-${r.id}`} score={r.priority.score} breakdown={r.priority.breakdown} /> : null}

      {r.deliveryLog.length > 0 ? (
        <section aria-labelledby="reserve-log">
          <h2 id="reserve-log">{t('reserve.delivery.logTitle')}</h2>
          <ul className="record-list">
            {r.deliveryLog.map((e) => (
              <li key={e.id} className="record" data-testid="reserve-log-entry">
                {formatDateTime(e.loggedAt, language)} · {t('reserve.delivery.daysLogged', { count: e.days })}
                {e.note ? ` · ${e.note}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {role === 'PROVIDER_USER' ? <ClinicActions id={r.id} status={r.status} onDone={done} /> : null}
      {role === 'AUTHORITY_OFFICER' && r.status === 'SUBMITTED' ? <AuthorityDecision id={r.id} onDone={done} /> : null}
      {role === 'ENISA_STAFF' ? <EnisaActions id={r.id} status={r.status} memberState={r.memberState} onDone={done} /> : null}
      {role === 'SERVICE_PROVIDER' ? <DeliveryActions id={r.id} status={r.status} onDone={done} /> : null}
    </>
  );
}
