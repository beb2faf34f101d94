import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui';
import type { SessionFieldsFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { windowState } from '../model/session';

export type SessionRow = SessionFieldsFragment & {
  course: { id: string; current?: { title: string; language: string } | null };
};

function languageLabel(code: string, ui: string) {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Sessions with their time in the organiser's zone, place, seats, waitlist and enrolment window. */
export function SessionsTable({
  sessions,
  now,
  extra,
}: {
  sessions: readonly SessionRow[];
  now: Date;
  /** A last column (e.g. the roster link), with its heading. */
  extra?: { label: string; cell: (session: SessionRow) => ReactNode };
}) {
  const { t, i18n } = useTranslation();
  const ui = currentLanguage(i18n);
  return (
    <DataTable
      captionId="sessions-caption"
      caption={t('training.caption')}
      columns={[
        { label: t('training.columns.course') },
        { label: t('training.columns.when') },
        { label: t('training.columns.where') },
        { label: t('training.columns.language') },
        { label: t('training.columns.seats') },
        { label: t('training.columns.enrolment') },
        ...(extra ? [{ label: extra.label }] : []),
      ]}
    >
      {sessions.map((s) => {
        const state = windowState(s.enrolmentOpensAt, s.enrolmentClosesAt, now);
        const full = s.enrolled >= s.capacity;
        return (
          <tr key={s.id} data-testid="session-row" data-session={s.id} data-full={full}>
            <td lang={s.course.current?.language}>
              <Link to={`/catalogue/${s.course.id}`}>{s.course.current?.title ?? s.course.id}</Link>
            </td>
            <td>
              {formatDateTime(s.startsAt, ui, { timeZone: s.timeZone })} –{' '}
              {formatDateTime(s.endsAt, ui, { timeZone: s.timeZone })}
              <br />
              <span className="muted">{t('training.timeZone', { zone: s.timeZone })}</span>
              <br />
              <a href={s.calendarUrl} download data-testid="session-ics">
                {t('training.calendar')}
              </a>
            </td>
            <td>{s.online ? t('training.online') : s.place}</td>
            <td>{languageLabel(s.language, ui)}</td>
            <td data-testid="session-seats">
              {t('training.seats', { enrolled: s.enrolled, capacity: s.capacity })}
              {s.waitlisted > 0 ? `, ${t('training.waiting', { count: s.waitlisted })}` : ''}
              {full ? (
                <>
                  <br />
                  <span className="muted">{t('training.full')}</span>
                </>
              ) : null}
            </td>
            <td>
              {state === 'open'
                ? t('training.open', { date: formatDateTime(s.enrolmentClosesAt, ui, { timeZone: s.timeZone }) })
                : state === 'notYet'
                  ? t('training.notYet', { date: formatDateTime(s.enrolmentOpensAt, ui, { timeZone: s.timeZone }) })
                  : t('training.closed')}
            </td>
            {extra ? <td>{extra.cell(s)}</td> : null}
          </tr>
        );
      })}
    </DataTable>
  );
}
