import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, ListPage } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { IncidentStatisticsQuery } from '../api/incidents';
import { StatisticsChart } from '../components/statistics-chart';

/**
 * ENISA's dashboard, and the public page of the home page's "incidents": anonymised counts by
 * member state, month and category, small cells suppressed. A clinic is pointed to its reports.
 */
export default function IncidentStatisticsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('incidents.statistics.title'));
  const [{ data, error }, reexecute] = useQuery({ query: IncidentStatisticsQuery });
  const cells = data?.incidentStatistics;
  const clinic = useSession()?.user.role === 'PROVIDER_USER';
  return (
    <ListPage
      titleId="statistics-title"
      title={t('incidents.statistics.title')}
      intro={t('incidents.statistics.intro')}
      actions={
        clinic ? (
          <Link className="button" to="/provider/incidents" data-testid="statistics-report">
            {t('incidents.report')}
          </Link>
        ) : null
      }
      notices={cells && cells.length > 0 ? <StatisticsChart cells={cells} /> : null}
      items={cells}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={t('incidents.statistics.empty')}
      pager={null}
    >
      {(rows) => (
        <DataTable
          captionId="statistics-caption"
          caption={t('incidents.statistics.title')}
          columns={[
            { label: t('incidents.statistics.state') },
            { label: t('incidents.statistics.month') },
            { label: t('incidents.statistics.category') },
            { label: t('incidents.statistics.count'), numeric: true },
          ]}
        >
          {rows.map((c) => (
            <tr key={`${c.memberState}-${c.month}-${c.category}`} data-testid="statistics-row">
              <td>{c.memberState}</td>
              <td>{c.month}</td>
              <td>{t(`incidents.categories.${c.category}`)}</td>
              <td className="num">{c.fewerThanThree ? t('incidents.statistics.fewerThanThree') : c.count}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </ListPage>
  );
}
