import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, ListPage } from '@/components/ui';
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
    <ListPage
      titleId="agency-programmes-title"
      title={t('agencyProgrammes.title')}
      intro={t('agencyProgrammes.intro')}
      actions={
        <Link className="button" to="/agency/programmes/new" data-testid="new-programme">
          {t('agencyProgrammes.newProgramme')}
        </Link>
      }
      items={data ? programmes : undefined}
      error={loadError ? mapError(loadError) : null}
      errorMode="instead"
      onRetry={() => {
        officer.reexecute({ requestPolicy: 'network-only' });
        reexecute({ requestPolicy: 'network-only' });
      }}
      empty={t('agencyProgrammes.empty')}
    >
      {(rows) => (
        <DataTable
          captionId="agency-programmes-caption"
          caption={t('agencyProgrammes.listLabel')}
          columns={[
            { label: t('agencyProgrammes.name') },
            { label: t('agencyProgrammes.status') },
            { label: t('agencyProgrammes.window') },
            { label: t('agencyProgrammes.available'), numeric: true },
          ]}
        >
          {rows.map((p) => (
            <tr key={p.id} data-testid="agency-programme" data-code={p.code}>
              <td>
                <Link to={`/agency/programmes/${p.id}`}>{p.name}</Link>
                <br />
                <span className="muted">{p.code}</span>
              </td>
              <td>
                <span className={`badge badge--${p.status.toLowerCase()}`}>{t(`programmeStatus.${p.status}`)}</span>
              </td>
              <td>
                {t('programmes.windowValue', {
                  from: formatDate(p.opensAt, language, { timeZone: 'UTC' }),
                  to: formatDate(p.closesAt, language, { timeZone: 'UTC' }),
                })}
              </td>
              <td className="num">
                {p.funds ? formatMoney(p.funds.available, p.funds.currency, language) : t('agencyProgrammes.notVisible')}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </ListPage>
  );
}
