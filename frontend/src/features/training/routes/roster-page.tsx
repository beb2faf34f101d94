import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, DataTable, EmptyState, ErrorState, LoadingState, StatusMessage } from '@/components/ui';
import type { Attendance } from '@/gql/graphql';
import { errorMessage, mapError, mapErrors } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { MarkAttendanceMutation, TrainingSessionQuery } from '../api/training';

/** A session's roster for ENISA: every enrolment in order, attendance once the session has ended. */
export default function RosterPage() {
  const { t, i18n } = useTranslation();
  const ui = currentLanguage(i18n);
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({
    query: TrainingSessionQuery,
    variables: { id, language: ui },
    requestPolicy: 'cache-and-network',
  });
  const [, mark] = useMutation(MarkAttendanceMutation);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const session = data?.trainingSession;
  const title = session
    ? `${t('training.roster.title')}: ${session.course.current?.title ?? ''}`
    : t('training.roster.title');
  useDocumentTitle(title);
  const back = (
    <p>
      <Link to="/enisa/training">{t('training.roster.back')}</Link>
    </p>
  );
  if (error && !data) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('training.roster.title')}</h1>
        <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  if (!session) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('training.roster.title')}</h1>
        <LoadingState />
      </>
    );
  }
  const ended = new Date(session.endsAt).getTime() <= Date.now();

  async function onMark(enrolmentId: string, name: string, attendance: Attendance) {
    const result = await mark({ enrolmentId, attendance });
    if (result.data) {
      setFailure(null);
      setMessage(t('training.roster.marked', { name }));
      requestAnimationFrame(() => messageRef.current?.focus());
    } else {
      const err = (result.error ? mapErrors(result.error)[0] : undefined) ?? { kind: 'UNKNOWN' as const };
      setMessage('');
      setFailure(
        err.kind === 'INVALID_STATE_TRANSITION' || err.kind === 'VALIDATION' ? t('training.roster.notEnded') : errorMessage(t, err),
      );
    }
    reexecute({ requestPolicy: 'network-only' });
  }

  return (
    <>
      {back}
      <h1 id="roster-title" tabIndex={-1}>
        {title}
      </h1>
      <p>
        {formatDateTime(session.startsAt, ui, { timeZone: session.timeZone })} –{' '}
        {formatDateTime(session.endsAt, ui, { timeZone: session.timeZone })} · {session.online ? t('training.online') : session.place}
        {' · '}
        {t('training.seats', { enrolled: session.enrolled, capacity: session.capacity })}
        {session.waitlisted > 0 ? `, ${t('training.waiting', { count: session.waitlisted })}` : ''}
      </p>
      {ended ? null : <p>{t('training.roster.notEnded')}</p>}
      <StatusMessage text={message} ref={messageRef} testId="roster-message" />
      {failure ? (
        <Alert tone="error" testId="roster-error">
          <p>{failure}</p>
        </Alert>
      ) : null}
      {session.enrolments.length === 0 ? (
        <EmptyState>{t('training.roster.empty')}</EmptyState>
      ) : (
        <DataTable
          captionId="roster-caption"
          caption={t('training.roster.caption')}
          columns={[
            { label: t('training.roster.columns.participant') },
            { label: t('training.roster.columns.status') },
            { label: t('training.roster.columns.attendance') },
            ...(ended ? [{ label: t('training.roster.columns.action') }] : []),
          ]}
        >
          {session.enrolments.map((e) => (
            <tr key={e.id} data-testid="roster-row" data-status={e.status}>
              <td>
                {e.name}
                <br />
                <span className="muted">{e.email}</span>
              </td>
              <td>
                {t(`training.statuses.${e.status}`)}
                {e.status === 'WAITLISTED' && e.position ? `, ${t('training.position', { position: e.position })}` : ''}
              </td>
              <td>
                {e.attendance === 'ATTENDED'
                  ? t('training.roster.attended')
                  : e.attendance === 'ABSENT'
                    ? t('training.roster.absent')
                    : t('training.roster.notMarked')}
              </td>
              {ended ? (
                <td>
                  {e.status === 'ENROLLED' ? (
                    <div className="button-row">
                      <button type="button" className="button button--secondary" onClick={() => void onMark(e.id, e.name, 'ATTENDED')}>
                        {t('training.roster.markAttended', { name: e.name })}
                      </button>
                      <button type="button" className="button button--secondary" onClick={() => void onMark(e.id, e.name, 'ABSENT')}>
                        {t('training.roster.markAbsent', { name: e.name })}
                      </button>
                    </div>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
