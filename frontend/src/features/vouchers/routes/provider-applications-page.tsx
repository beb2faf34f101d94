import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState, PageButtons } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatDateTime, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { MyApplicationsQuery } from '../api/applications';
import { ApplicationStatusBadge } from '../components/status-badge';

const PAGE_SIZE = 20;

export default function ProviderApplicationsPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('applications.title'));
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: MyApplicationsQuery,
    variables: { language, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.voucherApplications;

  return (
    <>
      <h1 id="applications-title" tabIndex={-1}>
        {t('applications.title')}
      </h1>
      <p className="lead">{t('applications.intro')}</p>
      {error && !connection ? (
        <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !connection ? (
        <LoadingState />
      ) : connection.nodes.length === 0 ? (
        <EmptyState>
          {t('applications.empty')} <Link to="/provider/programmes">{t('applications.applyLink')}</Link>
        </EmptyState>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="applications-caption" tabIndex={0}>
          <table className="table">
            <caption id="applications-caption" className="visually-hidden">
              {t('applications.listLabel')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('vouchersCommon.programme')}</th>
                <th scope="col">{t('vouchersCommon.status')}</th>
                <th scope="col" className="num">
                  {t('applications.requested')}
                </th>
                <th scope="col">{t('applications.lastChange')}</th>
              </tr>
            </thead>
            <tbody>
              {connection.nodes.map((application) => (
                <tr key={application.id} data-testid="application-row" data-status={application.status}>
                  <td>
                    <Link to={`/provider/applications/${application.id}`}>
                      {application.program?.name ?? application.id}
                    </Link>
                    {application.program ? (
                      <>
                        <br />
                        <span className="muted">{application.program.code}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <ApplicationStatusBadge status={application.status} />
                  </td>
                  <td className="num">{formatMoney(application.requestedAmount, application.currency, language)}</td>
                  <td>{formatDateTime(application.updatedAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connection ? (
        <PageButtons
          after={after}
          hasNextPage={connection.pageInfo.hasNextPage}
          endCursor={connection.pageInfo.endCursor}
          onPage={setAfter}
        />
      ) : null}
    </>
  );
}
