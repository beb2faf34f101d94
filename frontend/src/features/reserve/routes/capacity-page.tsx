import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alert, EmptyState, ErrorState, LoadingState, StatusMessage, TextField } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ConvertReserveCapacityMutation, PrecommitReserveCapacityMutation, ReserveProvidersQuery } from '../api/reserve';
import { ActionButton } from '../components/action-button';
import { CapacityChart } from '../components/capacity-chart';
import { reserveProblem } from '../model/problem';

/** ENISA: each trusted provider's capacity per quarter (chart and table), pre-commitment, and conversion to preparedness. */
export default function ReserveCapacityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reserve.capacity.title'));
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ReserveProvidersQuery, requestPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<string | null>(null);
  const [, convert] = useMutation(ConvertReserveCapacityMutation);
  const refresh = () => {
    setMessage(t('reserve.request.done'));
    reexecute({ requestPolicy: 'network-only' });
  };
  const providers = data?.reserveProviders;
  return (
    <>
      <h1 id="reserve-capacity-title">{t('reserve.capacity.title')}</h1>
      <p className="lead">{t('reserve.capacity.intro')}</p>
      {message ? <StatusMessage text={message} testId="reserve-capacity-message" /> : null}
      {error ? <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {!providers ? fetching ? <LoadingState /> : null : providers.length === 0 ? <EmptyState>{t('reserve.capacity.empty')}</EmptyState> : null}
      {(providers ?? []).map((p) => (
        <section key={p.id} aria-labelledby={`provider-${p.id}`} data-testid="reserve-provider-capacity" data-name={p.name}>
          <h2 id={`provider-${p.id}`}>{p.name}</h2>
          <p className="muted">
            {t('reserve.capacity.covers', { states: p.memberStates.join(', '), languages: p.languages.join(', ') })}
          </p>
          <CapacityChart id={`capacity-${p.id}`} name={p.name} quarters={p.capacity} />
          <PrecommitForm providerId={p.id} onDone={refresh} />
          <div className="button-row">
            {p.capacity
              .filter((q) => q.responseFree > 0)
              .map((q) => (
                <ActionButton
                  key={q.quarter}
                  label={t('reserve.capacity.convert', { quarter: q.quarter })}
                  testId={`reserve-convert-${q.quarter}`}
                  secondary
                  run={() => convert({ providerId: p.id, quarter: q.quarter })}
                  onDone={refresh}
                />
              ))}
          </div>
        </section>
      ))}
    </>
  );
}

function PrecommitForm({ providerId, onDone }: { providerId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [quarter, setQuarter] = useState('');
  const [days, setDays] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, precommit] = useMutation(PrecommitReserveCapacityMutation);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const n = /^\d+$/.test(days.trim()) ? Number(days.trim()) : 0;
    if (n < 1 || !/^\d{4}-Q[1-4]$/.test(quarter.trim())) {
      setProblem(t('reserve.capacity.precommitInvalid'));
      return;
    }
    const result = await precommit({ providerId, quarter: quarter.trim(), days: n });
    if (result.data) {
      setProblem(null);
      onDone();
    } else setProblem(reserveProblem(t, result.error));
  }
  return (
    <form className="form form--inline" onSubmit={(e) => void onSubmit(e)} noValidate>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <TextField id={`quarter-${providerId}`} name="quarter" label={t('reserve.capacity.quarterInput')} hint={t('reserve.capacity.quarterHint')} value={quarter} onChange={setQuarter} />
      <TextField id={`days-${providerId}`} name="days" label={t('reserve.capacity.days')} inputMode="numeric" value={days} onChange={setDays} />
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={fetching}>
          {t('reserve.capacity.precommit')}
        </button>
      </div>
    </form>
  );
}
