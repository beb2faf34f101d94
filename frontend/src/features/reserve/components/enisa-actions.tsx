import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alert, SelectField, TextAreaField } from '@/components/ui';
import type { ReserveOverrideDirection, ReserveRequestStatus } from '@/gql/graphql';
import {
  AssignReserveProviderMutation,
  CloseReserveRequestMutation,
  OverrideReservePriorityMutation,
  ReserveProvidersQuery,
  TriageReserveRequestMutation,
} from '../api/reserve';
import { reserveProblem } from '../model/problem';
import { ActionButton } from './action-button';

interface EnisaActionsProps {
  id: string;
  status: ReserveRequestStatus;
  memberState: string;
  /** The provider the queue proposes, preselected. */
  proposedProviderId?: string | null | undefined;
  onDone: () => void;
}

/** ENISA triages, overrides the order with a justification, assigns a provider, and closes after the report. */
export function EnisaActions({ id, status, memberState, proposedProviderId, onDone }: EnisaActionsProps) {
  const { t } = useTranslation();
  const [, triage] = useMutation(TriageReserveRequestMutation);
  const [, close] = useMutation(CloseReserveRequestMutation);
  return (
    <section aria-labelledby={`reserve-enisa-${id}`}>
      <h2 id={`reserve-enisa-${id}`} className="visually-hidden">
        {t('reserve.request.actions')}
      </h2>
      <div className="button-row">
        {status === 'ENDORSED' ? <ActionButton label={t('reserve.triage.triage')} testId="reserve-triage" run={() => triage({ id })} onDone={onDone} /> : null}
        {status === 'REPORTED' ? <ActionButton label={t('reserve.triage.close')} testId="reserve-close" run={() => close({ id })} onDone={onDone} /> : null}
      </div>
      {status === 'ENDORSED' || status === 'TRIAGED' ? (
        <>
          <AssignForm id={id} memberState={memberState} proposedProviderId={proposedProviderId} onDone={onDone} />
          <OverrideForm id={id} onDone={onDone} />
        </>
      ) : null}
    </section>
  );
}

function AssignForm({ id, memberState, proposedProviderId, onDone }: Omit<EnisaActionsProps, 'status'>) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: ReserveProvidersQuery });
  const covering = (data?.reserveProviders ?? []).filter((p) => p.trusted && p.memberStates.includes(memberState));
  const [choice, setChoice] = useState<string | null>(null);
  const providerId = choice ?? proposedProviderId ?? covering[0]?.id ?? '';
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, assign] = useMutation(AssignReserveProviderMutation);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await assign({ id, providerId });
    if (result.data) onDone();
    else setProblem(reserveProblem(t, result.error));
  }
  return (
    <form className="form form--inline" onSubmit={(e) => void onSubmit(e)} data-testid="reserve-assign-form">
      {problem ? (
        <Alert tone="error" testId="reserve-assign-problem">
          {problem}
        </Alert>
      ) : null}
      <SelectField
        id={`provider-${id}`}
        name="provider"
        label={t('reserve.triage.provider')}
        value={providerId}
        onChange={setChoice}
        options={covering.map((p) => ({
          value: p.id,
          label: p.id === proposedProviderId ? t('reserve.triage.proposed', { name: p.name }) : p.name,
        }))}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={fetching || !providerId} data-testid="reserve-assign">
          {t('reserve.triage.assign')}
        </button>
      </div>
    </form>
  );
}

function OverrideForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<ReserveOverrideDirection>('EXPEDITE');
  const [justification, setJustification] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, override] = useMutation(OverrideReservePriorityMutation);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await override({ id, direction, justification });
    if (result.data) onDone();
    else setProblem(reserveProblem(t, result.error));
  }
  return (
    <details className="disclosure">
      <summary>{t('reserve.triage.override')}</summary>
      <form className="form" onSubmit={(e) => void onSubmit(e)} data-testid="reserve-override-form">
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        <SelectField
          id={`direction-${id}`}
          name="direction"
          label={t('reserve.triage.direction')}
          value={direction}
          onChange={(v) => setDirection(v === 'DEFER' ? 'DEFER' : 'EXPEDITE')}
          options={[
            { value: 'EXPEDITE', label: t('reserve.triage.EXPEDITE') },
            { value: 'DEFER', label: t('reserve.triage.DEFER') },
          ]}
        />
        <TextAreaField id={`justification-${id}`} name="justification" label={t('reserve.triage.justification')} value={justification} onChange={setJustification} required />
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={fetching}>
            {t('reserve.triage.overrideSubmit')}
          </button>
        </div>
      </form>
    </details>
  );
}
