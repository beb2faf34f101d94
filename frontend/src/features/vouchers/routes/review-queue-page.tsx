import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ListView, Reference } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatDateTime, formatDeadline, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ReviewQueueQuery } from '../api/review';
import { FindByReference } from '../components/find-by-reference';
import { QueueSummary } from '../components/queue-summary';
import { QueueFiltersForm } from '../components/queue-filters';
import { queueCsvPath, queueFilterInput, readQueueFilters, writeQueueFilters } from '../model/queue-filters';

const PAGE_SIZE = 20;

/**
 * The agency's review queue, oldest submission first, each with its reference and cut-off. The
 * filters (`?q=&stage=&programme=&from=&to=`) live in the address, so a filtered queue can be
 * linked; the count and the CSV export follow them. "Find by reference" opens any record.
 */
export default function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('review.title'));
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const filters = useMemo(() => readQueueFilters(new URLSearchParams(query)), [query]);
  const filter = useMemo(() => queueFilterInput(filters), [filters]);
  // A change of filters starts at the first page.
  const [page, setPage] = useState<{ query: string; after: string | null; index: number }>({ query, after: null, index: 0 });
  const current = page.query === query ? page : { query, after: null, index: 0 };
  const [{ data, error }, reexecute] = useQuery({
    query: ReviewQueueQuery,
    variables: { filter, language, first: PAGE_SIZE, after: current.after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.reviewQueue;
  // Positions in the queue continue across pages.
  const offset = current.index * PAGE_SIZE;

  return (
    <>
      <h1 id="review-title" tabIndex={-1}>
        {t('review.title')}
      </h1>
      <p className="lead">{t('review.intro')}</p>
      <FindByReference />
      <QueueFiltersForm filters={filters} onApply={(next) => setParams(writeQueueFilters(next))} />
      <QueueSummary
        countText={connection ? t('queueFilters.count', { count: connection.totalCount }) : ''}
        csvUrl={queueCsvPath(filters)}
        fileName="review-queue.csv"
      />
      <ListView
        items={connection?.nodes}
        error={error ? mapError(error) : null}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        empty={t('review.empty')}
        pager={
          connection
            ? {
                ...connection.pageInfo,
                after: current.after,
                onPage: (after) => setPage({ query, after, index: after ? current.index + 1 : 0 }),
              }
            : null
        }
      >
      {(applications) => (
        <ol className="record-list" aria-label={t('review.listLabel')}>
          {applications.map((application, index) => {
            const organisation = application.organisation?.name ?? '';
            return (
              <li key={application.id} className="record" data-testid="review-row" data-id={application.id}>
                <h2 className="record__title">
                  <span className="muted">
                    {t('review.position')} {offset + index + 1}
                  </span>{' '}
                  {organisation}
                </h2>
                <dl className="record__facts">
                  <div>
                    <dt>{t('references.label')}</dt>
                    <dd>
                      <Reference value={application.reference} testId="review-reference" />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('vouchersCommon.programme')}</dt>
                    <dd>
                      {application.program?.name}{' '}
                      <span className="muted">({application.program?.code})</span>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('review.requested')}</dt>
                    <dd>{formatMoney(application.requestedAmount, application.currency, language)}</dd>
                  </div>
                  <div>
                    <dt>{t('review.submitted')}</dt>
                    <dd>{application.submittedAt ? formatDateTime(application.submittedAt, language) : ''}</dd>
                  </div>
                  {application.cutoff ? (
                    <div>
                      <dt>{t('review.cutoff')}</dt>
                      <dd>{formatDeadline(application.cutoff, new Date(), language)}</dd>
                    </div>
                  ) : null}
                </dl>
                <div className="button-row">
                  <Link
                    className="button"
                    to={`/agency/reviews/${application.id}`}
                    aria-label={t('review.openLabel', { organisation })}
                    data-testid="review-open"
                  >
                    {t('review.open')}
                  </Link>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      </ListView>
    </>
  );
}
