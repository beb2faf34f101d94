import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatDate, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AgencyProgrammesQuery } from '../api/programmes';
import { useOfficerState } from '../api/use-officer-state';

export default function AgencyProgrammesPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('agencyProgrammes.title'));
  const officer = useOfficerState();
  const code = officer.memberState?.code ?? '';
  const [{ data, error }, reexecute] = useQuery({
    query: AgencyProgrammesQuery,
    variables: { language, memberState: code },
    pause: !code,
    requestPolicy: 'cache-and-network',
  });
  const loadError = officer.error ?? error;
  const programmes = data?.voucherPrograms.nodes ?? [];

  return (
    <>
      <h1 id="agency-programmes-title" tabIndex={-1}>
        {t('agencyProgrammes.title')}
      </h1>
      <p className="lead">{t('agencyProgrammes.intro')}</p>
      <div className="button-row">
        <Link className="button" to="/agency/programmes/new" data-testid="new-programme">
          {t('agencyProgrammes.newProgramme')}
        </Link>
      </div>
      {loadError ? (
        <ErrorState
          error={mapError(loadError)}
          onRetry={() => {
            officer.reexecute({ requestPolicy: 'network-only' });
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : !data ? (
        <LoadingState />
      ) : programmes.length === 0 ? (
        <EmptyState>{t('agencyProgrammes.empty')}</EmptyState>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="agency-programmes-caption" tabIndex={0}>
          <table className="table">
            <caption id="agency-programmes-caption" className="visually-hidden">
              {t('agencyProgrammes.listLabel')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('agencyProgrammes.name')}</th>
                <th scope="col">{t('agencyProgrammes.status')}</th>
                <th scope="col">{t('agencyProgrammes.window')}</th>
                <th scope="col" className="num">
                  {t('agencyProgrammes.available')}
                </th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((p) => (
                <tr key={p.id} data-testid="agency-programme" data-code={p.code}>
                  <td>
                    <Link to={`/agency/programmes/${p.id}`}>{p.name}</Link>
                    <br />
                    <span className="muted">{p.code}</span>
                  </td>
                  <td>
                    <span className={`badge badge--${p.status.toLowerCase()}`}>
                      {t(`programmeStatus.${p.status}`)}
                    </span>
                  </td>
                  <td>
                    {t('programmes.windowValue', {
                      from: formatDate(p.opensAt, language, { timeZone: 'UTC' }),
                      to: formatDate(p.closesAt, language, { timeZone: 'UTC' }),
                    })}
                  </td>
                  <td className="num">
                    {p.funds
                      ? formatMoney(p.funds.available, p.funds.currency, language)
                      : t('agencyProgrammes.notVisible')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
