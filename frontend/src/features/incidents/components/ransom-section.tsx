import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, TextAreaField, TextField } from '@/components/ui';
import type { RansomReporting } from '@/gql/graphql';
import { formatDate, formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { RecordDemandMutation, RecordReferralMutation } from '../api/incidents';
import { zonedInputToIso } from '../model/time';
import { caseActionProblem } from './case-action';

interface RansomSectionProps {
  incidentId: string;
  /** The case's zone: the wall-clock times of the forms are read in it. */
  timeZone: string;
  canRecordDemand: boolean;
  canRecordReferral: boolean;
  rules: {
    ransomReporting: RansomReporting;
    referralMandatory: boolean;
    reportingDeadlineHours?: number | null;
    lawEnforcementContact: string;
  };
  demand?: {
    receivedAt: string;
    threatActor?: string | null;
    noteText?: string | null;
    paid: boolean;
    amount?: { amount: string; currency?: string | null; asset?: string | null } | null;
  } | null;
  referral?: { authority: string; referredOn: string; caseReference: string } | null;
  onDone: (message: string) => void;
}

/** The member state's ransom rule explained, the demand and the law-enforcement referral. */
export function RansomSection({ incidentId, timeZone, canRecordDemand, canRecordReferral, rules, demand, referral, onDone }: RansomSectionProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <section aria-labelledby="ransom-title" data-testid="ransom-section">
      <h2 id="ransom-title">{t('incidents.ransom.title')}</h2>
      <div className="callout" data-testid="ransom-rule">
        <p>{t(`incidents.ransom.reporting.${rules.ransomReporting}`)}</p>
        {rules.reportingDeadlineHours ? <p>{t('incidents.ransom.deadline', { hours: rules.reportingDeadlineHours })}</p> : null}
        <p>{rules.referralMandatory ? t('incidents.ransom.referralMandatory') : t('incidents.ransom.referralOptional')}</p>
        <p>{t('incidents.ransom.contact', { contact: rules.lawEnforcementContact })}</p>
      </div>
      {demand ? (
        <dl className="facts" data-testid="ransom-demand">
          <div>
            <dt>{t('incidents.ransom.receivedAt')}</dt>
            <dd>{formatDateTime(demand.receivedAt, language)}</dd>
          </div>
          {demand.amount ? (
            <div>
              <dt>{t('incidents.ransom.amount')}</dt>
              <dd>
                {demand.amount.amount} {demand.amount.currency ?? demand.amount.asset}
              </dd>
            </div>
          ) : null}
          {demand.threatActor ? (
            <div>
              <dt>{t('incidents.ransom.threatActor')}</dt>
              <dd>{demand.threatActor}</dd>
            </div>
          ) : null}
          {demand.noteText ? (
            <div>
              <dt>{t('incidents.ransom.note')}</dt>
              <dd className="break">{demand.noteText}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('incidents.ransom.paid')}</dt>
            <dd>{demand.paid ? t('incidents.ransom.paid') : t('incidents.ransom.notPaid')}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">{t('incidents.ransom.none')}</p>
      )}
      {!demand && canRecordDemand ? <DemandForm incidentId={incidentId} timeZone={timeZone} onDone={onDone} /> : null}
      <h3>{t('incidents.ransom.referral')}</h3>
      {referral ? (
        <p data-testid="referral-recorded">
          {t('incidents.ransom.referralRecorded', {
            authority: referral.authority,
            date: formatDate(referral.referredOn, language, { timeZone: 'UTC' }),
            reference: referral.caseReference,
          })}
        </p>
      ) : canRecordReferral ? (
        <ReferralForm incidentId={incidentId} onDone={onDone} />
      ) : null}
    </section>
  );
}

function DemandForm({ incidentId, timeZone, onDone }: { incidentId: string; timeZone: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [receivedAt, setReceivedAt] = useState('');
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState('BTC');
  const [actor, setActor] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RecordDemandMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const received = zonedInputToIso(receivedAt, timeZone);
    if (!received) {
      setProblem(t('incidents.form.required'));
      return;
    }
    const code = unit.trim().toUpperCase();
    const isCurrency = /^[A-Z]{3}$/.test(code) && code !== 'BTC' && code !== 'ETH' && code !== 'XMR';
    const result = await record({
      input: {
        incidentId,
        receivedAt: received,
        amount: amount.trim() ? { amount: amount.trim(), ...(isCurrency ? { currency: code } : { asset: code }) } : null,
        threatActor: actor.trim() || null,
        noteText: note.trim() || null,
        paid: false,
      },
    });
    if (result.data) onDone(t('incidents.case.done'));
    else setProblem(caseActionProblem(t, result.error));
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="demand-form">
      {problem ? <Alert tone="error" testId="demand-problem">{problem}</Alert> : null}
      <TextField id="demand-received" name="receivedAt" type="datetime-local" label={t('incidents.ransom.receivedAt')} hint={t('incidents.form.timeHint', { zone: timeZone })} value={receivedAt} onChange={setReceivedAt} required />
      <TextField id="demand-amount" name="amount" inputMode="decimal" label={t('incidents.ransom.amount')} value={amount} onChange={setAmount} />
      <TextField id="demand-unit" name="unit" label={t('incidents.ransom.asset')} value={unit} onChange={setUnit} />
      <TextField id="demand-actor" name="threatActor" label={t('incidents.ransom.threatActor')} value={actor} onChange={setActor} />
      <TextAreaField id="demand-note" name="noteText" label={t('incidents.ransom.note')} value={note} onChange={setNote} />
      <button type="submit" className="button" disabled={fetching} data-testid="demand-submit">
        {t('incidents.ransom.record')}
      </button>
    </form>
  );
}

function ReferralForm({ incidentId, onDone }: { incidentId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [authority, setAuthority] = useState('');
  const [referredOn, setReferredOn] = useState('');
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RecordReferralMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!authority.trim() || !referredOn || !reference.trim()) {
      setProblem(t('incidents.form.required'));
      return;
    }
    const result = await record({ input: { incidentId, authority, referredOn, caseReference: reference } });
    if (result.data) onDone(t('incidents.case.done'));
    else setProblem(caseActionProblem(t, result.error));
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="referral-form">
      {problem ? <Alert tone="error" testId="referral-problem">{problem}</Alert> : null}
      <TextField id="referral-authority" name="authority" label={t('incidents.ransom.referralAuthority')} value={authority} onChange={setAuthority} required />
      <TextField id="referral-date" name="referredOn" type="date" label={t('incidents.ransom.referredOn')} value={referredOn} onChange={setReferredOn} required />
      <TextField id="referral-reference" name="caseReference" label={t('incidents.ransom.caseReference')} value={reference} onChange={setReference} required />
      <button type="submit" className="button" disabled={fetching} data-testid="referral-submit">
        {t('incidents.ransom.recordReferral')}
      </button>
    </form>
  );
}
