import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, ErrorState, LoadingState, StatusMessage } from '@/components/ui';
import { hasErrorKind, mapError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { IncidentQuery } from '../api/incidents';
import { AcknowledgeButton, AuthorityActions, CommentForm, MarkHandledButton, ShareForm } from '../components/case-actions';
import { ClockTimeline } from '../components/clock-timeline';
import { RansomSection } from '../components/ransom-section';
import { StageForm } from '../components/stage-form';
import { STAGE_SHAPES, submittableStages } from '../model/stages';

/** A case: the clocks, the submitted reports, the next report, the ransom section, comments. */
export default function IncidentPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: IncidentQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<string | null>(null);
  const incident = data?.incident;
  useDocumentTitle(incident?.title ?? t('incidents.title'));
  if (error && hasErrorKind(error, 'NOT_FOUND')) return <Alert tone="error">{t('incidents.case.notFound')}</Alert>;
  if (error) return <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!incident) return fetching ? <LoadingState /> : null;

  const now = new Date();
  const owner = incident.access === 'OWNER';
  const authority = incident.access === 'AUTHORITY';
  const open = incident.status === 'OPEN';
  const done = (text: string) => {
    setMessage(text);
    reexecute({ requestPolicy: 'network-only' });
  };
  const stages = submittableStages(incident.clocks);

  return (
    <>
      <h1 id="incident-title" tabIndex={-1}>
        {incident.title}
      </h1>
      <p className="lead">
        {incident.organisationName} ({incident.memberState.code}) · {t(`incidents.categories.${incident.category}`)} ·{' '}
        <span data-testid="incident-status">{t(`incidents.statuses.${incident.status}`)}</span>
      </p>
      {incident.access === 'SHARED_READ_ONLY' ? <Alert tone="info">{t('incidents.case.readOnly')}</Alert> : null}
      {message ? <StatusMessage text={message} testId="incident-message" /> : null}
      {owner && open ? (
        <p>
          <Link className="button button--secondary" to={`/provider/reserve/new?incident=${incident.id}`} data-testid="request-reserve-support">
            {t('reserve.list.new')}
          </Link>
        </p>
      ) : null}
      <ClockTimeline clocks={incident.clocks} now={now} timeZone={incident.timeZone} />

      <section aria-labelledby="submissions-title">
        <h2 id="submissions-title">{t('incidents.case.submissions')}</h2>
        {incident.submissions.length === 0 ? <p className="muted">{t('incidents.case.noSubmissions')}</p> : null}
        <ul className="record-list">
          {incident.submissions.map((s) => (
            <li key={s.id} className="record" data-testid="submission" data-stage={s.stage}>
              <p>
                <strong>{t(`incidents.stages.${s.stage}`)}</strong> · {formatDateTime(s.submittedAt, language, { timeZone: incident.timeZone })}
              </p>
              {STAGE_SHAPES[s.stage].texts.map((field) =>
                s.report[field] ? (
                  <p key={field} className="break">
                    <span className="muted">{t(`incidents.case.fields.${field}`)}:</span> {s.report[field]}
                  </p>
                ) : null,
              )}
              <p className="muted">
                {s.acknowledgedAt
                  ? t('incidents.case.acknowledged', { when: formatDateTime(s.acknowledgedAt, language) })
                  : t('incidents.case.notAcknowledged')}
              </p>
              {authority && open && !s.acknowledgedAt ? <AcknowledgeButton submissionId={s.id} onDone={done} /> : null}
            </li>
          ))}
        </ul>
        {owner && open ? (
          <>
            <StageForm incidentId={incident.id} stages={stages} onDone={done} />
            {incident.handledAt ? (
              <p>{t('incidents.case.handled', { when: formatDateTime(incident.handledAt, language) })}</p>
            ) : (
              <MarkHandledButton incidentId={incident.id} onDone={done} />
            )}
          </>
        ) : null}
      </section>

      {authority && open ? <AuthorityActions incidentId={incident.id} timeZone={incident.timeZone} onDone={done} /> : null}
      {authority && incident.crossBorder ? (
        <>
          {incident.sharedWith.length > 0 ? <p>{t('incidents.rules.shared', { states: incident.sharedWith.map((m) => m.code).join(', ') })}</p> : null}
          <ShareForm incidentId={incident.id} onDone={done} />
        </>
      ) : null}

      <RansomSection
        incidentId={incident.id}
        timeZone={incident.timeZone}
        canRecordDemand={owner && open}
        canRecordReferral={(owner || authority) && open}
        rules={incident.ransomRules}
        demand={incident.ransomDemand}
        referral={incident.lawEnforcementReferral}
        onDone={done}
      />

      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t('incidents.case.comments')}</h2>
        {incident.comments.length === 0 ? <p className="muted">{t('incidents.case.noComments')}</p> : null}
        <ul className="record-list">
          {incident.comments.map((c) => (
            <li key={c.id} className="record" data-testid="comment">
              <p className="muted">
                {c.authorRole === 'AUTHORITY_OFFICER' ? t('incidents.case.authorRoles.AUTHORITY_OFFICER') : t('incidents.case.authorRoles.PROVIDER_USER')} ·{' '}
                {formatDateTime(c.createdAt, language)}
              </p>
              <p className="break">{c.text}</p>
            </li>
          ))}
        </ul>
        {(owner || authority) && open ? <CommentForm incidentId={incident.id} onDone={done} /> : null}
      </section>
    </>
  );
}
