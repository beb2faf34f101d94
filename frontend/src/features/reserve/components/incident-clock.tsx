import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { NextDeadline } from '@/components/ui/deadline';
import { ReserveIncidentClocksQuery } from '../api/reserve';

/** The linked incident's next NIS2 clock, beside a request in the authority's queue. */
export function IncidentClock({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: ReserveIncidentClocksQuery, variables: { id: incidentId } });
  const incident = data?.incident;
  if (!incident) return <span className="muted">{t('reserve.list.noIncident')}</span>;
  return (
    <span data-testid="reserve-incident-clock">
      {incident.title}: <NextDeadline clock={incident.nextDeadline} now={new Date()} />
    </span>
  );
}
