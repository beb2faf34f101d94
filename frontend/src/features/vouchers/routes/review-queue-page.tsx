import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ListPage } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatDateTime, formatDeadline, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ReviewQueueQuery } from '../api/review';

const PAGE_SIZE = 20;

/** The agency's review queue, oldest submission first, each with its cut-off; `?programme=<id>` narrows it. */
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
    <ListPage
      titleId="review-title"
      title={t('review.title')}
      intro={t('review.intro')}
      notices={
        programId ? (
          <p>
            {connection?.nodes[0]?.program ? t('review.filtered', { code: connection.nodes[0].program.code }) : null}{' '}
            <Link to="/agency/reviews">{t('review.showAll')}</Link>
          </p>
        ) : null
      }
      items={connection?.nodes}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={t('review.empty')}
      pager={
        connection
          ? {
              ...connection.pageInfo,
              after: page.after,
              onPage: (after) => setPage((p) => ({ after, index: after ? p.index + 1 : 0 })),
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
    </ListPage>
  );
}
