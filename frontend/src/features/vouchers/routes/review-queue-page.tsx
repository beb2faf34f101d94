import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState, PageButtons } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ReviewQueueQuery } from '../api/review';

const PAGE_SIZE = 20;

/** The agency's review queue, first come first served; `?programme=<id>` narrows it. */
export default function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('review.title'));
  const [params] = useSearchParams();
  const programId = params.get('programme');
  const [page, setPage] = useState<{ after: string | null; index: number }>({ after: null, index: 0 });
  const [{ data, error }, reexecute] = useQuery({
    query: ReviewQueueQuery,
    variables: { programId, language, first: PAGE_SIZE, after: page.after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.reviewQueue;
  // Positions in the queue continue across pages.
  const offset = page.index * PAGE_SIZE;

  return (
    <>
      <h1 id="review-title" tabIndex={-1}>
        {t('review.title')}
      </h1>
      <p className="lead">{t('review.intro')}</p>
      {programId ? (
        <p>
          {connection?.nodes[0]?.program ? t('review.filtered', { code: connection.nodes[0].program.code }) : null}{' '}
          <Link to="/agency/reviews">{t('review.showAll')}</Link>
        </p>
      ) : null}
      {error && !connection ? (
        <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !connection ? (
        <LoadingState />
      ) : connection.nodes.length === 0 ? (
        <EmptyState>{t('review.empty')}</EmptyState>
      ) : (
        <ol className="record-list" aria-label={t('review.listLabel')}>
          {connection.nodes.map((application, index) => {
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
                      <dd>{formatDate(application.cutoff, language, { timeZone: 'UTC' })}</dd>
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
      {connection ? (
        <PageButtons
          after={page.after}
          hasNextPage={connection.pageInfo.hasNextPage}
          endCursor={connection.pageInfo.endCursor}
          onPage={(after) => setPage((p) => ({ after, index: after ? p.index + 1 : 0 }))}
        />
      ) : null}
    </>
  );
}
