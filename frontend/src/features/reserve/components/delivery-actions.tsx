import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, TextField } from '@/components/ui';
import type { ReserveRequestStatus } from '@/gql/graphql';
import { CompleteReserveDeliveryMutation, LogReserveDeliveryMutation, RespondToReserveAssignmentMutation } from '../api/reserve';
import { reserveProblem } from '../model/problem';
import { ActionButton } from './action-button';

/** The assigned provider accepts or declines, logs service-days delivered, and completes delivery. */
export function DeliveryActions({ id, status, onDone }: { id: string; status: ReserveRequestStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const [, respond] = useMutation(RespondToReserveAssignmentMutation);
  const [, complete] = useMutation(CompleteReserveDeliveryMutation);
  if (status === 'ASSIGNED') {
    return (
      <div className="button-row">
        <ActionButton label={t('reserve.delivery.accept')} testId="reserve-accept" run={() => respond({ id, accept: true })} onDone={onDone} />
        <ActionButton label={t('reserve.delivery.decline')} testId="reserve-decline-assignment" secondary run={() => respond({ id, accept: false })} onDone={onDone} />
      </div>
    );
  }
  if (status !== 'IN_DELIVERY') return null;
  return (
    <section aria-labelledby="reserve-delivery">
      <h2 id="reserve-delivery">{t('reserve.delivery.title')}</h2>
      <LogForm id={id} onDone={onDone} />
      <div className="button-row">
        <ActionButton label={t('reserve.delivery.complete')} testId="reserve-complete" run={() => complete({ id })} onDone={onDone} />
      </div>
    </section>
  );
}

function LogForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, log] = useMutation(LogReserveDeliveryMutation);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const n = /^\d+$/.test(days.trim()) ? Number(days.trim()) : 0;
    if (n < 1) {
      setProblem(t('reserve.delivery.daysInvalid'));
      return;
    }
    const result = await log({ id, days: n, note: note.trim() || null });
    if (result.data) {
      setDays('');
      setNote('');
      setProblem(null);
      onDone();
    } else setProblem(reserveProblem(t, result.error));
  }
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="reserve-log-form">
      {problem ? (
        <Alert tone="error" testId="reserve-log-problem">
          {problem}
        </Alert>
      ) : null}
      <TextField id="logDays" name="logDays" label={t('reserve.delivery.days')} inputMode="numeric" value={days} onChange={setDays} required />
      <TextField id="logNote" name="logNote" label={t('reserve.delivery.note')} value={note} onChange={setNote} />
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={fetching} data-testid="reserve-log">
          {t('reserve.delivery.log')}
        </button>
      </div>
    </form>
  );
}
