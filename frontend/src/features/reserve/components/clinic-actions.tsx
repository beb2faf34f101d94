import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, TextAreaField } from '@/components/ui';
import type { ReserveRequestStatus } from '@/gql/graphql';
import { SubmitReserveReportMutation, SubmitReserveRequestMutation, WithdrawReserveRequestMutation } from '../api/reserve';
import { reserveProblem } from '../model/problem';
import { ActionButton } from './action-button';

const WITHDRAWABLE: readonly ReserveRequestStatus[] = ['DRAFT', 'SUBMITTED', 'ENDORSED', 'TRIAGED'];

/** The clinic submits its draft, withdraws before assignment, and sends the summary report after delivery. */
export function ClinicActions({ id, status, onDone }: { id: string; status: ReserveRequestStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const [, submit] = useMutation(SubmitReserveRequestMutation);
  const [, withdraw] = useMutation(WithdrawReserveRequestMutation);
  return (
    <section aria-labelledby="reserve-clinic-actions">
      <h2 id="reserve-clinic-actions">{t('reserve.request.actions')}</h2>
      <div className="button-row">
        {status === 'DRAFT' ? <ActionButton label={t('reserve.form.submit')} testId="reserve-submit-draft" run={() => submit({ id })} onDone={onDone} /> : null}
        {WITHDRAWABLE.includes(status) ? (
          <ActionButton label={t('reserve.request.withdraw')} testId="reserve-withdraw" secondary run={() => withdraw({ id })} onDone={onDone} />
        ) : null}
      </div>
      {status === 'DELIVERED' ? <ReportForm id={id} onDone={onDone} /> : null}
    </section>
  );
}

function ReportForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [serviceProvided, setServiceProvided] = useState('');
  const [results, setResults] = useState('');
  const [lessonsLearned, setLessonsLearned] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, report] = useMutation(SubmitReserveReportMutation);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await report({ id, input: { serviceProvided, results, lessonsLearned } });
    if (result.data) onDone();
    else setProblem(reserveProblem(t, result.error));
  }
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="reserve-report-form">
      <h3>{t('reserve.report.title')}</h3>
      {problem ? (
        <Alert tone="error" testId="reserve-report-problem">
          {problem}
        </Alert>
      ) : null}
      <TextAreaField id="serviceProvided" name="serviceProvided" label={t('reserve.report.serviceProvided')} value={serviceProvided} onChange={setServiceProvided} required />
      <TextAreaField id="results" name="results" label={t('reserve.report.results')} value={results} onChange={setResults} required />
      <TextAreaField id="lessonsLearned" name="lessonsLearned" label={t('reserve.report.lessonsLearned')} value={lessonsLearned} onChange={setLessonsLearned} required />
      <div className="button-row">
        <button type="submit" className="button" disabled={fetching} data-testid="reserve-report-submit">
          {t('reserve.report.submit')}
        </button>
      </div>
    </form>
  );
}
