import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, ListPage } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ReserveRequestsQuery } from '../api/reserve';
import { IncidentClock } from '../components/incident-clock';
import { reserveBase } from '../model/paths';

/**
 * The Reserve requests the caller sees: the clinic's own (with "Request support"), the
 * authority's endorsement queue (its member state's, the linked incident's clock beside each),
 * the provider's engagements.
 */
export default function ReserveRequestsPage() {
  const { t } = useTranslation();
  const role = useSession()?.user.role;
  const base = reserveBase(role);
  const authority = role === 'AUTHORITY_OFFICER';
  const clinic = role === 'PROVIDER_USER';
  const heading = authority ? 'authorityTitle' : role === 'SERVICE_PROVIDER' ? 'vendorTitle' : 'title';
  useDocumentTitle(t(`reserve.list.${heading}`));
  const [{ data, error }, reexecute] = useQuery({ query: ReserveRequestsQuery, variables: {}, requestPolicy: 'cache-and-network' });
  return (
    <ListPage
      titleId="reserve-title"
      title={t(`reserve.list.${heading}`)}
      intro={t(`reserve.list.${heading}Intro`)}
      actions={
        clinic ? (
          <Link className="button" to={`${base}/new`} data-testid="reserve-new">
            {t('reserve.list.new')}
          </Link>
        ) : null
      }
      items={data?.reserveRequests}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={t('reserve.list.empty')}
    >
      {(requests) => (
        <DataTable
          captionId="reserve-caption"
          caption={t(`reserve.list.${heading}`)}
          columns={[
            { label: t('reserve.list.request') },
            { label: t('reserve.list.status') },
            { label: t('reserve.list.days') },
            { label: authority ? t('reserve.list.incidentClock') : t('reserve.list.provider') },
          ]}
        >
          {requests.map((r) => (
            <tr key={r.id} data-testid="reserve-row" data-status={r.status} data-id={r.id}>
              <td>
                <Link to={`${base}/${r.id}`}>
                  {r.organisationName} ({r.memberState}) · {t(`reserve.kinds.${r.kind}`)}
                </Link>
              </td>
              <td>{t(`reserve.statuses.${r.status}`)}</td>
              <td>{r.totalDays}</td>
              <td>{authority ? r.incidentId ? <IncidentClock incidentId={r.incidentId} /> : '—' : (r.providerName ?? '—')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </ListPage>
  );
}
