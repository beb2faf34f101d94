import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, ErrorState, ListView, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AdminMemberStatesQuery, AdminOrganisationsQuery } from '../api/admin';
import { CreateAgencyForm } from '../components/create-agency-form';

/** Platform admin: the national agencies, and a form to create one for a member state. */
export default function AgenciesPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  useDocumentTitle(t('admin.agenciesTitle'));
  const [agencies, reexecute] = useQuery({
    query: AdminOrganisationsQuery,
    variables: { kind: 'AGENCY', first: 100, nameContains: null },
    requestPolicy: 'cache-and-network',
  });
  const [memberStates, reloadStates] = useQuery({ query: AdminMemberStatesQuery });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const nodes = agencies.data?.organisations.nodes;

  return (
    <>
      <h1 id="agencies-title" tabIndex={-1}>
        {t('admin.agenciesTitle')}
      </h1>
      <p className="lead">{t('admin.agenciesIntro')}</p>

      <section className="panel" aria-labelledby="create-agency-title">
        <h2 id="create-agency-title">{t('admin.createAgencyTitle')}</h2>
        {memberStates.error ? (
          <ErrorState
            title={t('admin.memberStatesError')}
            error={mapError(memberStates.error)}
            onRetry={() => reloadStates({ requestPolicy: 'network-only' })}
          />
        ) : !memberStates.data ? (
          <LoadingState />
        ) : (
          <CreateAgencyForm memberStates={memberStates.data.memberStates} onCreated={refresh} />
        )}
      </section>

      <section className="panel" aria-labelledby="agencies-list-title" aria-busy={agencies.fetching || undefined}>
        <h2 id="agencies-list-title">{t('admin.agenciesListTitle')}</h2>
        <ListView
          items={nodes}
          error={agencies.error ? mapError(agencies.error) : null}
          onRetry={refresh}
          empty={t('admin.agenciesEmpty')}
        >
          {(rows) => (
            <DataTable
              captionId="agencies-caption"
              caption={t('admin.agenciesCaption')}
              columns={[
                { label: t('admin.agencyName') },
                { label: t('admin.memberState') },
                { label: t('admin.createdOn') },
                { label: t('admin.actions') },
              ]}
            >
            {rows.map((agency) => (
              <tr key={agency.id} data-testid="agency-row" data-name={agency.name} data-member-state={agency.memberState.code}>
                <th scope="row" id={`agency-${agency.id}`}>
                  {agency.name}
                  {agency.registrationId ? (
                    <>
                      <br />
                      <span className="muted">{agency.registrationId}</span>
                    </>
                  ) : null}
                </th>
                <td>{memberStateName(agency.memberState.code, agency.memberState.name, locale)}</td>
                <td>
                  <time dateTime={agency.createdAt}>{formatDate(agency.createdAt, locale)}</time>
                </td>
                <td>
                  <Link
                    to={`/admin/accounts?role=AGENCY_OFFICER&organisation=${encodeURIComponent(agency.id)}`}
                    aria-describedby={`agency-${agency.id}`}
                    data-testid="agency-create-account"
                  >
                    {t('admin.createAccountFor')}
                  </Link>
                </td>
              </tr>
            ))}
            </DataTable>
          )}
        </ListView>
      </section>
    </>
  );
}
