import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, EmptyState, ErrorState, LoadingState, SelectField, StatusMessage, TextField } from '@/components/ui';
import { errorMessage, mapErrors } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CreateTrainingSessionMutation, PublishedCoursesQuery, TrainingSessionsQuery } from '../api/training';
import { SessionsTable } from '../components/sessions-table';
import { instantOf, isTimeZone, localInput } from '../model/session';

const FIELDS = ['startsAt', 'endsAt', 'timeZone', 'place', 'language', 'capacity', 'enrolmentOpensAt', 'enrolmentClosesAt', 'seatsPerOrganisation'] as const;
type Field = (typeof FIELDS)[number];
const isField = (f: string | undefined): f is Field => FIELDS.some((x) => x === f);

/** ENISA plans sessions of its published courses and opens their rosters. */
export default function EnisaSessionsPage() {
  const { t, i18n } = useTranslation();
  const ui = currentLanguage(i18n);
  useDocumentTitle(t('training.enisa.title'));
  const [params] = useSearchParams();
  const [{ data, error }, reexecute] = useQuery({
    query: TrainingSessionsQuery,
    variables: { courseId: null, language: ui },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: courseData }] = useQuery({ query: PublishedCoursesQuery, requestPolicy: 'cache-and-network' });
  const courses = (courseData?.myCatalogueItems ?? []).filter((c) => c.kind === 'TRAINING_COURSE');
  const [courseId, setCourseId] = useState(params.get('course') ?? '');
  const chosenCourse = courses.some((c) => c.id === courseId) ? courseId : (courses[0]?.id ?? '');
  const now = new Date();
  const defaultZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Brussels';
  const [form, setForm] = useState({
    startsAt: localInput(now, 14 * 24 * 60),
    endsAt: localInput(now, 14 * 24 * 60 + 180),
    timeZone: defaultZone,
    online: true,
    place: '',
    language: 'en',
    capacity: '20',
    enrolmentOpensAt: localInput(now, 0),
    enrolmentClosesAt: localInput(now, 13 * 24 * 60),
    seatsPerOrganisation: '',
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const [{ fetching }, create] = useMutation(CreateTrainingSessionMutation);
  const set = (key: keyof typeof form, value: string | boolean) => setForm((f) => ({ ...f, [key]: value }));

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    if (fetching || !chosenCourse) return;
    const found: Partial<Record<Field, string>> = {};
    const invalid = t('catalogue.editor.problems.required');
    const startsAt = instantOf(form.startsAt);
    const endsAt = instantOf(form.endsAt);
    const opensAt = instantOf(form.enrolmentOpensAt);
    const closesAt = instantOf(form.enrolmentClosesAt);
    if (!startsAt) found.startsAt = invalid;
    if (!endsAt) found.endsAt = invalid;
    if (!opensAt) found.enrolmentOpensAt = invalid;
    if (!closesAt) found.enrolmentClosesAt = invalid;
    if (!isTimeZone(form.timeZone.trim())) found.timeZone = t('catalogue.editor.problems.server');
    if (!form.online && !form.place.trim()) found.place = invalid;
    const capacity = Number.parseInt(form.capacity, 10);
    if (!/^\d+$/.test(form.capacity) || capacity < 1) found.capacity = invalid;
    const cap = form.seatsPerOrganisation.trim() ? Number.parseInt(form.seatsPerOrganisation, 10) : null;
    if (form.seatsPerOrganisation.trim() && !/^\d+$/.test(form.seatsPerOrganisation.trim())) found.seatsPerOrganisation = invalid;
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first || !startsAt || !endsAt || !opensAt || !closesAt) {
      if (first) document.getElementById(`session-${first}`)?.focus();
      return;
    }
    const result = await create({
      courseId: chosenCourse,
      input: {
        startsAt,
        endsAt,
        timeZone: form.timeZone.trim(),
        online: form.online,
        place: form.online ? null : form.place.trim(),
        language: form.language,
        capacity,
        enrolmentOpensAt: opensAt,
        enrolmentClosesAt: closesAt,
        seatsPerOrganisation: cap,
      },
    });
    if (result.data) {
      setFailure(null);
      setMessage(t('training.enisa.created'));
      reexecute({ requestPolicy: 'network-only' });
      requestAnimationFrame(() => messageRef.current?.focus());
      return;
    }
    const err = (result.error ? mapErrors(result.error)[0] : undefined) ?? { kind: 'UNKNOWN' as const };
    if (err.kind === 'VALIDATION' && isField(err.field)) {
      setProblems({ [err.field]: t('catalogue.editor.problems.server') });
      document.getElementById(`session-${err.field}`)?.focus();
    } else {
      setMessage('');
      setFailure(errorMessage(t, err));
    }
  }

  const field = (key: Field, label: string, type: 'text' | 'datetime-local' = 'text', hint?: string) => (
    <TextField
      id={`session-${key}`}
      name={key}
      label={label}
      type={type}
      hint={hint}
      value={String(form[key])}
      onChange={(v) => set(key, v)}
      error={problems[key]}
      inputMode={key === 'capacity' || key === 'seatsPerOrganisation' ? 'numeric' : undefined}
    />
  );
  const sessions = data?.trainingSessions ?? [];

  return (
    <>
      <h1 id="enisa-sessions-title" tabIndex={-1}>
        {t('training.enisa.title')}
      </h1>
      <p className="lead">{t('training.enisa.intro')}</p>
      <StatusMessage text={message} ref={messageRef} testId="session-message" />
      {failure ? (
        <Alert tone="error" testId="session-error">
          <p>{failure}</p>
        </Alert>
      ) : null}
      {error && !data ? (
        <ErrorState error={mapErrors(error)[0] ?? { kind: 'UNKNOWN' }} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingState />
      ) : sessions.length === 0 ? (
        <EmptyState>{t('training.empty')}</EmptyState>
      ) : (
        <SessionsTable
          sessions={sessions}
          now={now}
          extra={{
            label: t('training.enisa.roster'),
            cell: (s) => (
              <Link
                to={`/enisa/training/${s.id}`}
                aria-label={t('training.enisa.rosterLink', { date: formatDateTime(s.startsAt, ui, { timeZone: s.timeZone }) })}
                data-testid="roster-link"
              >
                {t('training.enisa.roster')}
              </Link>
            ),
          }}
        />
      )}
      <section aria-labelledby="new-session-title" className="panel">
        <h2 id="new-session-title">{t('training.enisa.newSession')}</h2>
        {courses.length === 0 ? (
          <p>{t('training.enisa.noCourse')}</p>
        ) : (
          <form onSubmit={onCreate} noValidate data-testid="session-form">
            <SelectField
              id="session-course"
              name="course"
              label={t('training.enisa.course')}
              value={chosenCourse}
              onChange={setCourseId}
              options={courses.map((c) => ({ value: c.id, label: c.current?.title ?? c.id }))}
            />
            {field('startsAt', t('training.enisa.startsAt'), 'datetime-local')}
            {field('endsAt', t('training.enisa.endsAt'), 'datetime-local')}
            {field('timeZone', t('training.enisa.timeZone'), 'text', t('training.enisa.timeZoneHint'))}
            <div className="checkbox">
              <input id="session-online" type="checkbox" checked={form.online} onChange={(e) => set('online', e.target.checked)} />
              <label htmlFor="session-online">{t('training.enisa.online')}</label>
            </div>
            {form.online ? null : field('place', t('training.enisa.place'))}
            <SelectField
              id="session-language"
              name="language"
              label={t('training.enisa.language')}
              value={form.language}
              onChange={(v) => set('language', v)}
              options={['en', 'de', 'fr'].map((code) => ({
                value: code,
                label: new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code,
              }))}
              error={problems.language}
            />
            {field('capacity', t('training.enisa.capacity'))}
            {field('enrolmentOpensAt', t('training.enisa.opensAt'), 'datetime-local')}
            {field('enrolmentClosesAt', t('training.enisa.closesAt'), 'datetime-local')}
            {field('seatsPerOrganisation', t('training.enisa.perOrganisation'))}
            <button type="submit" className="button" disabled={fetching} data-testid="session-submit">
              {t('training.enisa.create')}
            </button>
          </form>
        )}
      </section>
    </>
  );
}
