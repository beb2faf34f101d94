import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, SelectField, TextAreaField, TextField } from '@/components/ui';
import type { IncidentSeverity, ReserveSpillOver } from '@/gql/graphql';
import { DeclineReserveRequestMutation, EndorseReserveRequestMutation } from '../api/reserve';
import { reserveProblem } from '../model/problem';

const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const satisfies readonly IncidentSeverity[];
const SPILL_OVERS = ['NONE', 'POSSIBLE', 'LIKELY'] as const satisfies readonly ReserveSpillOver[];

function isSeverity(v: string): v is IncidentSeverity {
  return (SEVERITIES as readonly string[]).includes(v);
}
function isSpillOver(v: string): v is ReserveSpillOver {
  return (SPILL_OVERS as readonly string[]).includes(v);
}

/** The single point of contact endorses (its view of severity and spill-over) or declines with a reason. */
export function AuthorityDecision({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [severity, setSeverity] = useState<IncidentSeverity>('HIGH');
  const [spillOver, setSpillOver] = useState<ReserveSpillOver>('NONE');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: endorsing }, endorse] = useMutation(EndorseReserveRequestMutation);
  const [{ fetching: declining }, decline] = useMutation(DeclineReserveRequestMutation);

  async function onEndorse(event: FormEvent) {
    event.preventDefault();
    const result = await endorse({ id, severity, spillOver, note: note.trim() || null });
    if (result.data) onDone();
    else setProblem(reserveProblem(t, result.error));
  }
  async function onDecline(event: FormEvent) {
    event.preventDefault();
    const result = await decline({ id, reason });
    if (result.data) onDone();
    else setProblem(reserveProblem(t, result.error));
  }
  return (
    <section aria-labelledby="reserve-decision">
      <h2 id="reserve-decision">{t('reserve.decision.title')}</h2>
      {problem ? (
        <Alert tone="error" testId="reserve-decision-problem">
          {problem}
        </Alert>
      ) : null}
      <form className="form" onSubmit={(e) => void onEndorse(e)} data-testid="reserve-endorse-form">
        <SelectField
          id="severity"
          name="severity"
          label={t('reserve.decision.severity')}
          value={severity}
          onChange={(v) => isSeverity(v) && setSeverity(v)}
          options={SEVERITIES.map((s) => ({ value: s, label: t(`incidents.severities.${s}`) }))}
        />
        <SelectField
          id="spillOver"
          name="spillOver"
          label={t('reserve.decision.spillOver')}
          value={spillOver}
          onChange={(v) => isSpillOver(v) && setSpillOver(v)}
          options={SPILL_OVERS.map((s) => ({ value: s, label: t(`reserve.spillOvers.${s}`) }))}
        />
        <TextField id="endorsementNote" name="endorsementNote" label={t('reserve.decision.note')} value={note} onChange={setNote} />
        <div className="button-row">
          <button type="submit" className="button" disabled={endorsing} data-testid="reserve-endorse">
            {t('reserve.decision.endorse')}
          </button>
        </div>
      </form>
      <form className="form" onSubmit={(e) => void onDecline(e)} data-testid="reserve-decline-form">
        <TextAreaField id="declineReason" name="declineReason" label={t('reserve.decision.reason')} value={reason} onChange={setReason} required />
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={declining} data-testid="reserve-decline">
            {t('reserve.decision.decline')}
          </button>
        </div>
      </form>
    </section>
  );
}
