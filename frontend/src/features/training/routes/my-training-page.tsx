import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alert, DataTable, EmptyState, ErrorState, LoadingState, SelectField, StatusMessage, TextField } from '@/components/ui';
import { errorMessage, mapErrors } from '@/lib/errors';
import { formatDate, formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CancelEnrolmentMutation, EnrolMutation, MyEnrolmentsQuery, TrainingSessionsQuery } from '../api/training';
import { SessionsTable } from '../components/sessions-table';
import { windowState } from '../model/session';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * The clinic's training: the calendar, enrolling named staff (a seat or the waitlist with its
 * position), its enrolments with cancellation, and completed training.
 */
export default function MyTrainingPage() {
  const { t, i18n } = useTranslation();
  const ui = currentLanguage(i18n);
  useDocumentTitle(t('training.myTitle'));
  const [{ data: sessionData, error: sessionError }, reloadSessions] = useQuery({
    query: TrainingSessionsQuery,
    variables: { courseId: null, language: ui },
    requestPolicy: 'cache-and-network',
  });
  const [{ data, error }, reloadMine] = useQuery({ query: MyEnrolmentsQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching: enrolling }, enrol] = useMutation(EnrolMutation);
  const [, cancel] = useMutation(CancelEnrolmentMutation);
  const now = new Date();
  const sessions = sessionData?.trainingSessions ?? [];
  const open = sessions.filter((s) => windowState(s.enrolmentOpensAt, s.enrolmentClosesAt, now) === 'open');
  const [sessionId, setSessionId] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const chosen = sessionId || open[0]?.id || '';
  const sessionLabel = (id: string) => {
    const s = sessions.find((x) => x.id === id);
    if (!s) return id;
    return `${s.course.current?.title ?? ''}, ${formatDateTime(s.startsAt, ui, { timeZone: s.timeZone })}`;
  };
  const reload = () => {
    reloadSessions({ requestPolicy: 'network-only' });
    reloadMine({ requestPolicy: 'network-only' });
  };
  const announce = (text: string) => {
    setFailure(null);
    setMessage(text);
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  async function onEnrol(event: FormEvent) {
    event.preventDefault();
    if (enrolling) return;
    const found: Record<string, string> = {};
    if (!chosen) found['sessionId'] = t('training.problems.session');
    if (!name.trim()) found['name'] = t('training.problems.name');
    if (!EMAIL.test(email.trim())) found['email'] = t('training.problems.email');
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`enrol-${first}`)?.focus();
      return;
    }
    const result = await enrol({ input: { sessionId: chosen, name: name.trim(), email: email.trim() } });
    const enrolment = result.data?.enrol;
    if (enrolment) {
      announce(
        enrolment.status === 'WAITLISTED'
          ? t('training.waitlisted', { name: enrolment.name, position: enrolment.position ?? '' })
          : t('training.enrolled', { name: enrolment.name }),
      );
      setName('');
      setEmail('');
      reload();
      return;
    }
    const err = (result.error ? mapErrors(result.error)[0] : undefined) ?? { kind: 'UNKNOWN' as const };
    if (err.kind === 'VALIDATION' && err.field === 'enrolmentWindow') {
      setFailure(t('training.problems.window'));
      reload();
    } else if (err.kind === 'VALIDATION' && err.field === 'email') {
      setProblems({ email: t('training.problems.duplicate') });
      document.getElementById('enrol-email')?.focus();
    } else if (err.kind === 'VALIDATION' && err.field === 'name') {
      setProblems({ name: t('training.problems.name') });
      document.getElementById('enrol-name')?.focus();
    } else if (err.kind === 'INVALID_STATE_TRANSITION' || (err.kind === 'VALIDATION' && err.field === 'sessionId')) {
      setFailure(t('training.problems.window'));
      reload();
    } else {
      setMessage('');
      setFailure(errorMessage(t, err));
    }
  }

  async function onCancel(id: string, who: string) {
    const result = await cancel({ id });
    if (result.data) {
      announce(t('training.cancelled', { name: who }));
    } else {
      const err = (result.error ? mapErrors(result.error)[0] : undefined) ?? { kind: 'UNKNOWN' as const };
      setMessage('');
      setFailure(err.kind === 'INVALID_STATE_TRANSITION' ? t('training.alreadyCancelled') : errorMessage(t, err));
    }
    reload();
  }

  const enrolments = data?.myEnrolments ?? [];
  const active = enrolments.filter((e) => e.status !== 'CANCELLED');
  const completed = enrolments.filter((e) => e.completedAt);

  return (
    <>
      <h1 id="my-training-title" tabIndex={-1}>
        {t('training.myTitle')}
      </h1>
      <p className="lead">{t('training.myIntro')}</p>
      <StatusMessage text={message} ref={messageRef} testId="training-message" />
      {failure ? (
        <Alert tone="error" testId="training-error">
          <p>{failure}</p>
        </Alert>
      ) : null}
      <section aria-labelledby="calendar-title">
        <h2 id="calendar-title">{t('training.title')}</h2>
        {sessionError && !sessionData ? (
          <ErrorState error={mapErrors(sessionError)[0] ?? { kind: 'UNKNOWN' }} onRetry={reload} />
        ) : !sessionData ? (
          <LoadingState />
        ) : sessions.length === 0 ? (
          <EmptyState>{t('training.empty')}</EmptyState>
        ) : (
          <SessionsTable sessions={sessions} now={now} />
        )}
      </section>
      {open.length > 0 ? (
        <section aria-labelledby="enrol-title" className="panel">
          <h2 id="enrol-title">{t('training.enrolTitle')}</h2>
          <form onSubmit={onEnrol} noValidate data-testid="enrol-form">
            <SelectField
              id="enrol-sessionId"
              name="sessionId"
              label={t('training.session')}
              value={chosen}
              onChange={setSessionId}
              options={open.map((s) => ({ value: s.id, label: sessionLabel(s.id) }))}
              error={problems['sessionId']}
            />
            <TextField
              id="enrol-name"
              name="name"
              label={t('training.name')}
              value={name}
              onChange={setName}
              autoComplete="off"
              error={problems['name']}
            />
            <TextField
              id="enrol-email"
              name="email"
              type="email"
              label={t('training.email')}
              value={email}
              onChange={setEmail}
              autoComplete="off"
              error={problems['email']}
            />
            <button type="submit" className="button" disabled={enrolling} data-testid="enrol-submit">
              {t('training.enrol')}
            </button>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t('training.mineTitle')}</h2>
        {error && !data ? (
          <ErrorState error={mapErrors(error)[0] ?? { kind: 'UNKNOWN' }} onRetry={reload} />
        ) : !data ? (
          <LoadingState />
        ) : active.length === 0 ? (
          <EmptyState>{t('training.mineEmpty')}</EmptyState>
        ) : (
          <DataTable
            captionId="mine-caption"
            caption={t('training.mineCaption')}
            columns={[
              { label: t('training.mineColumns.participant') },
              { label: t('training.mineColumns.session') },
              { label: t('training.mineColumns.status') },
              { label: t('training.mineColumns.action') },
            ]}
          >
            {active.map((e) => (
              <tr key={e.id} data-testid="enrolment-row" data-status={e.status} data-email={e.email}>
                <td>
                  {e.name}
                  <br />
                  <span className="muted">{e.email}</span>
                </td>
                <td>{sessionLabel(e.sessionId)}</td>
                <td data-testid="enrolment-status">
                  {t(`training.statuses.${e.status}`)}
                  {e.status === 'WAITLISTED' && e.position ? `, ${t('training.position', { position: e.position })}` : ''}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('training.cancelLabel', { name: e.name })}
                    data-testid="enrolment-cancel"
                    onClick={() => void onCancel(e.id, e.name)}
                  >
                    {t('training.cancel')}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="completed-title">
        <h2 id="completed-title">{t('training.completedTitle')}</h2>
        {completed.length === 0 ? (
          <EmptyState>{t('training.completedEmpty')}</EmptyState>
        ) : (
          <ul data-testid="completed-list">
            {completed.map((e) => (
              <li key={e.id}>
                {e.name}: {sessionLabel(e.sessionId)},{' '}
                {t('training.completedOn', { date: formatDate(e.completedAt ?? '', ui) })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
