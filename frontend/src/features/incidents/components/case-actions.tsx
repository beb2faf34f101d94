import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, TextAreaField, TextField } from '@/components/ui';
import {
  AcknowledgeMutation,
  CloseIncidentMutation,
  CommentMutation,
  MarkHandledMutation,
  RequestIntermediateMutation,
  ShareIncidentMutation,
} from '../api/incidents';
import { isoToZonedInput, zonedInputToIso } from '../model/time';
import { caseActionProblem } from './case-action';

interface ActionProps {
  incidentId: string;
  onDone: (message: string) => void;
}

/** The authority acknowledges a submitted report. */
export function AcknowledgeButton({ submissionId, onDone }: { submissionId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeMutation);
  async function onClick() {
    const result = await acknowledge({ submissionId });
    if (result.data) onDone(t('incidents.case.done'));
    else setProblem(caseActionProblem(t, result.error));
  }
  return (
    <>
      <button type="button" className="button button--secondary" disabled={fetching} onClick={() => void onClick()} data-testid="acknowledge">
        {t('incidents.case.acknowledge')}
      </button>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </>
  );
}

/** The authority requests an intermediate report with a due time (a wall-clock time in the case's zone), or closes the case. */
export function AuthorityActions({ incidentId, timeZone, onDone }: ActionProps & { timeZone: string }) {
  const { t } = useTranslation();
  const [due, setDue] = useState(isoToZonedInput(new Date(Date.now() + 2 * 86_400_000), timeZone));
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: requesting }, request] = useMutation(RequestIntermediateMutation);
  const [{ fetching: closing }, close] = useMutation(CloseIncidentMutation);

  async function onRequest(event: FormEvent) {
    event.preventDefault();
    const dueAt = zonedInputToIso(due, timeZone);
    if (!dueAt) {
      setProblem(t('incidents.form.required'));
      return;
    }
    const result = await request({ id: incidentId, dueAt });
    if (result.data) onDone(t('incidents.case.requested'));
    else setProblem(caseActionProblem(t, result.error));
  }

  async function onClose() {
    const result = await close({ id: incidentId });
    if (result.data) onDone(t('incidents.case.closed'));
    else setProblem(caseActionProblem(t, result.error));
  }

  return (
    <section aria-labelledby="authority-actions-title">
      <h2 id="authority-actions-title">{t('incidents.case.requestIntermediate')}</h2>
      {problem ? <Alert tone="error" testId="authority-problem">{problem}</Alert> : null}
      <form onSubmit={(e) => void onRequest(e)} noValidate data-testid="request-form">
        <TextField id="request-due" name="dueAt" type="datetime-local" label={t('incidents.case.requestDue')} hint={t('incidents.form.timeHint', { zone: timeZone })} value={due} onChange={setDue} required />
        <button type="submit" className="button" disabled={requesting} data-testid="request-submit">
          {t('incidents.case.request')}
        </button>
      </form>
      <p>
        <button type="button" className="button button--secondary" disabled={closing} onClick={() => void onClose()} data-testid="close-incident">
          {t('incidents.case.close')}
        </button>
      </p>
    </section>
  );
}

/** The clinic marks the incident handled (now). */
export function MarkHandledButton({ incidentId, onDone }: ActionProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, mark] = useMutation(MarkHandledMutation);
  async function onClick() {
    const result = await mark({ id: incidentId, handledAt: new Date(Date.now() - 60_000).toISOString() });
    if (result.data) onDone(t('incidents.case.done'));
    else setProblem(caseActionProblem(t, result.error));
  }
  return (
    <p>
      <button type="button" className="button button--secondary" disabled={fetching} onClick={() => void onClick()} data-testid="mark-handled">
        {t('incidents.case.markHandled')}
      </button>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </p>
  );
}

/** A comment from the clinic or its authority. */
export function CommentForm({ incidentId, onDone }: ActionProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, comment] = useMutation(CommentMutation);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setProblem(t('incidents.form.required'));
      return;
    }
    const result = await comment({ id: incidentId, text });
    if (result.data) {
      setText('');
      setProblem(null);
      onDone(t('incidents.case.done'));
    } else setProblem(caseActionProblem(t, result.error));
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="comment-form">
      <TextAreaField id="comment-text" name="text" label={t('incidents.case.commentLabel')} value={text} onChange={setText} error={problem ?? undefined} maxLength={4000} />
      <button type="submit" className="button button--secondary" disabled={fetching} data-testid="comment-submit">
        {t('incidents.case.send')}
      </button>
    </form>
  );
}

/** The authority shares a possibly cross-border case with other member states (read-only). */
export function ShareForm({ incidentId, onDone }: ActionProps) {
  const { t } = useTranslation();
  const [states, setStates] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, share] = useMutation(ShareIncidentMutation);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const codes = states
      .split(',')
      .map((s) => s.trim().toUpperCase())
      .filter((s) => s !== '');
    if (codes.length === 0) {
      setProblem(t('incidents.form.required'));
      return;
    }
    const result = await share({ id: incidentId, memberStates: codes });
    if (result.data) {
      setStates('');
      setProblem(null);
      onDone(t('incidents.rules.shared', { states: codes.join(', ') }));
    } else setProblem(caseActionProblem(t, result.error));
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="share-form" aria-labelledby="share-title">
      <h3 id="share-title">{t('incidents.rules.share')}</h3>
      <TextField id="share-states" name="memberStates" label={t('incidents.rules.shareLabel')} value={states} onChange={setStates} error={problem ?? undefined} />
      <button type="submit" className="button button--secondary" disabled={fetching} data-testid="share-submit">
        {t('incidents.rules.shareSubmit')}
      </button>
    </form>
  );
}
