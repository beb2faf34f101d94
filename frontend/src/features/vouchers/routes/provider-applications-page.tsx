import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, ListPage, Reference } from '@/components/ui';
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
    <ListPage
      titleId="applications-title"
      title={t('applications.title')}
      intro={t('applications.intro')}
      items={connection?.nodes}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={
        <>
          {t('applications.empty')} <Link to="/provider/programmes">{t('applications.applyLink')}</Link>
        </>
      }
      pager={connection ? { ...connection.pageInfo, after, onPage: setAfter } : null}
    >
      {(applications) => (
        <DataTable
          captionId="applications-caption"
          caption={t('applications.listLabel')}
          columns={[
            { label: t('vouchersCommon.programme') },
            { label: t('vouchersCommon.status') },
            { label: t('applications.requested'), numeric: true },
            { label: t('applications.lastChange') },
          ]}
        >
          {applications.map((application) => (
            <tr key={application.id} data-testid="application-row" data-status={application.status}>
              <td>
                <Link to={`/provider/applications/${application.id}`}>{application.program?.name ?? application.id}</Link>
                {application.reference ? (
                  <>
                    <br />
                    <Reference value={application.reference} testId="application-reference" />
                  </>
                ) : null}
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
        </DataTable>
      )}
    </ListPage>
  );
}
