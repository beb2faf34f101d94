/** NIS2 and Reserve deadlines: a clock's state as a badge, and a case's next deadline (shared by the incidents and Reserve features). */
import { useTranslation } from 'react-i18next';
import type { ClockState, IncidentStage } from '@/gql/graphql';
import { formatDeadline } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

interface DeadlineProps {
  clock: { stage: IncidentStage; state: ClockState; dueAt?: string | null } | null | undefined;
  now: Date;
}

const TONE: Readonly<Record<ClockState, string>> = {
  NOT_DUE_YET: 'badge--muted',
  DUE: 'badge--info',
  OVERDUE: 'badge--error',
  MET: 'badge--success',
  MET_LATE: 'badge--pending',
};

/** A clock's state as a badge. */
export function ClockBadge({ state }: { state: ClockState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${TONE[state]}`} data-testid="clock-state" data-state={state}>
      {t(`incidents.clockStates.${state}`)}
    </span>
  );
}

/** The next deadline of a case: its stage, state and due time with the time left. */
export function NextDeadline({ clock, now }: DeadlineProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  if (!clock) return <span className="muted">{t('incidents.noDeadline')}</span>;
  return (
    <span>
      {t(`incidents.stages.${clock.stage}`)} <ClockBadge state={clock.state} />
      {clock.dueAt ? (
        <>
          <br />
          <time dateTime={clock.dueAt}>{formatDeadline(clock.dueAt, now, language)}</time>
        </>
      ) : null}
    </span>
  );
}
