import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ListPage } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AlertsQuery } from '../api/alerts';
import { AlertList } from '../components/alert-list';

/** ENISA: every alert, drafts included, newest first; "New alert". */
export default function EnisaAlertsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('alerts.enisa.title'));
  const [{ data, error }, reexecute] = useQuery({ query: AlertsQuery, variables: {}, requestPolicy: 'cache-and-network' });
  return (
    <ListPage
      titleId="alerts-title"
      title={t('alerts.enisa.title')}
      intro={t('alerts.enisa.intro')}
      actions={
        <Link to="/enisa/alerts/new" className="button" data-testid="new-alert">
          {t('alerts.enisa.new')}
        </Link>
      }
      items={data?.alerts}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={t('alerts.empty')}
    >
      {(rows) => <AlertList alerts={rows} hrefOf={(id) => `/enisa/alerts/${id}`} />}
    </ListPage>
  );
}
