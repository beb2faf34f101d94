import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { PendingWorkQuery } from '../api/pending-work';
import { PendingSectionPanel } from '../components/pending-section';
import { PENDING_SECTIONS, totalWaiting } from '../model/sections';

/** How many of each kind the page lists, the oldest first. */
const SHOWN = 5;

/** The agency's day: what waits for the officer's agency, counted and aged, the oldest first. */
export default function PendingWorkPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('pendingWork.title'));
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PendingWorkQuery,
    variables: { first: SHOWN },
    requestPolicy: 'cache-and-network',
  });
  const work = data?.pendingWork;

  return (
    <>
      <h1 id="pending-title" tabIndex={-1}>
        {t('pendingWork.title')}
      </h1>
      <p className="lead">{t('pendingWork.intro')}</p>
      {work ? (
        <>
          <p data-testid="pending-total">
            {t('pendingWork.total', { count: totalWaiting(work) })}{' '}
            <span className="muted">{t('pendingWork.asOf', { time: formatDateTime(work.asOf, language) })}</span>
          </p>
          {PENDING_SECTIONS.map((section) => (
            <PendingSectionPanel key={section.key} section={section} queue={work[section.key]} />
          ))}
        </>
      ) : error && !fetching ? (
        <ErrorState
          title={t('pendingWork.loadError')}
          error={mapError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : (
        <LoadingState />
      )}
    </>
  );
}
