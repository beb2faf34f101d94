import { useTranslation } from 'react-i18next';
import type { ClockState, IncidentStage } from '@/gql/graphql';
import { formatDateTime, formatRemaining } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { ClockBadge } from '@/components/ui/deadline';

interface Clock {
  stage: IncidentStage;
  request?: number | null;
  state: ClockState;
  dueAt?: string | null;
  metAt?: string | null;
  lateBySeconds?: number | null;
}

/** Every deadline of a case in stage order: due time, submission and time left or lateness. */
export function ClockTimeline({ clocks, now, timeZone }: { clocks: readonly Clock[]; now: Date; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <section aria-labelledby="clocks-title">
      <h2 id="clocks-title">{t('incidents.case.clocks')}</h2>
      <p className="muted">{t('incidents.case.timeZone', { zone: timeZone })}</p>
      <ol className="record-list" data-testid="clock-timeline">
        {clocks.map((c) => (
          <li key={`${c.stage}-${c.request ?? 0}`} className="record" data-testid="clock" data-stage={c.stage} data-state={c.state}>
            <p>
              <strong>{t(`incidents.stages.${c.stage}`)}</strong> <ClockBadge state={c.state} />
            </p>
            {c.dueAt ? (
              <p>
                {t('incidents.case.due', { when: formatDateTime(c.dueAt, language, { timeZone }) })}
                {c.state === 'DUE' || c.state === 'OVERDUE' ? ` (${formatRemaining(c.dueAt, now, language)})` : null}
              </p>
            ) : (
              <p className="muted">{t('incidents.case.notStarted')}</p>
            )}
            {c.metAt ? <p>{t('incidents.case.met', { when: formatDateTime(c.metAt, language, { timeZone }) })}</p> : null}
            {c.state === 'MET_LATE' && c.lateBySeconds ? (
              <p>{t('incidents.case.late', { hours: Math.ceil(c.lateBySeconds / 3600) })}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
