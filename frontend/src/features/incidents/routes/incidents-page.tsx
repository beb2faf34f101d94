import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, ListPage } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { IncidentsQuery } from '../api/incidents';
import { NextDeadline } from '@/components/ui/deadline';
import { OrganisationTimeZone } from '../components/organisation-time-zone';

const PAGE_SIZE = 20;

/** The clinic's cases, or the authority's member state's, overdue first (the server's order), a page at a time. */
export default function IncidentsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const authority = session?.user.role === 'AUTHORITY_OFFICER';
  const base = authority ? '/authority/incidents' : '/provider/incidents';
  useDocumentTitle(t('incidents.title'));
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: IncidentsQuery,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.incidents;
  const now = new Date();
  return (
    <>
      <ListPage
        titleId="incidents-title"
        title={t('incidents.title')}
        intro={authority ? t('incidents.authorityIntro') : t('incidents.intro')}
        actions={
          authority ? null : (
            <Link className="button" to="/provider/incidents/new" data-testid="report-incident">
              {t('incidents.report')}
            </Link>
          )
        }
        notices={
          connection && connection.totalCount > 0 ? (
            <p data-testid="incidents-total" data-total={connection.totalCount}>
              {t('incidents.total', { count: connection.totalCount })}
            </p>
          ) : null
        }
        items={connection?.nodes}
        error={error ? mapError(error) : null}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        empty={t('incidents.empty')}
        pager={connection ? { ...connection.pageInfo, after, onPage: setAfter } : null}
      >
        {(incidents) => (
          <DataTable
            captionId="incidents-caption"
            caption={t('incidents.listLabel')}
            columns={[
              { label: t('incidents.columns.title') },
              { label: t('incidents.columns.organisation') },
              { label: t('incidents.columns.category') },
              { label: t('incidents.columns.nextDeadline') },
              { label: t('incidents.columns.status') },
            ]}
          >
            {incidents.map((incident) => (
              <tr key={incident.id} data-testid="incident-row" data-status={incident.status}>
                <td>
                  <Link to={`${base}/${incident.id}`}>{incident.title}</Link>
                </td>
                <td>
                  {incident.organisationName} ({incident.memberState.code})
                </td>
                <td>{t(`incidents.categories.${incident.category}`)}</td>
                <td>
                  <NextDeadline clock={incident.nextDeadline} now={now} />
                </td>
                <td>{t(`incidents.statuses.${incident.status}`)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListPage>
      {authority ? null : <OrganisationTimeZone />}
    </>
  );
}
