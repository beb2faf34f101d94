import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ReserveQueueQuery } from '../api/reserve';
import { EnisaActions } from '../components/enisa-actions';
import { ScoreChart } from '../components/score-chart';

/** ENISA's triage board: every endorsed request EU-wide, by priority, with its score and the proposed provider. */
export default function ReserveTriagePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reserve.triage.title'));
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ReserveQueueQuery, requestPolicy: 'cache-and-network' });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const queue = data?.reserveQueue;
  return (
    <>
      <h1 id="reserve-triage-title">{t('reserve.triage.title')}</h1>
      <p className="lead">{t('reserve.triage.intro')}</p>
      <p>
        <Link to="/enisa/reserve/capacity">{t('reserve.capacity.title')}</Link> · <Link to="/enisa/reserve/requests">{t('reserve.list.title')}</Link>
      </p>
      {error ? <ErrorState error={mapError(error)} onRetry={refresh} /> : null}
      {!queue ? fetching ? <LoadingState /> : null : queue.length === 0 ? <EmptyState>{t('reserve.triage.empty')}</EmptyState> : null}
      <ol className="record-list">
        {(queue ?? []).map((entry) => (
          <li key={entry.request.id} className="record" data-testid="reserve-queue-entry" data-id={entry.request.id} data-status={entry.request.status}>
            <h2 id={`queue-${entry.request.id}`}>
              {entry.position}.{' '}
              <Link to={`/enisa/reserve/${entry.request.id}`}>
                {entry.request.organisationName} ({entry.request.memberState})
              </Link>{' '}
              · {t(`reserve.statuses.${entry.request.status}`)} · {t('reserve.request.total', { days: entry.request.totalDays })}
            </h2>
            <ScoreChart id={`score-${entry.request.id}`} score={entry.priority.score} breakdown={entry.priority.breakdown} />
            <p className="muted">
              {entry.proposedProvider
                ? t('reserve.triage.proposal', { days: entry.proposedProvider.freeDaysAfter })
                : t('reserve.triage.noProposal')}
            </p>
            <EnisaActions
              id={entry.request.id}
              status={entry.request.status}
              memberState={entry.request.memberState}
              proposedProviderId={entry.proposedProvider?.providerId}
              onDone={refresh}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
