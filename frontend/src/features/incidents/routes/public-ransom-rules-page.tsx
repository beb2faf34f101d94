import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DataTable, ListPage } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { PublicRansomRulesQuery } from '../api/incidents';

/** Anyone reads each member state's ransom rules: reporting, deadline, referral and contact. */
export default function PublicRansomRulesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('incidents.publicRules.title'));
  const [{ data, error }, reexecute] = useQuery({ query: PublicRansomRulesQuery });
  return (
    <ListPage
      titleId="public-ransom-rules-title"
      title={t('incidents.publicRules.title')}
      intro={t('incidents.publicRules.intro')}
      items={data?.ransomRules}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={t('incidents.statistics.empty')}
      pager={null}
    >
      {(rows) => (
        <DataTable
          captionId="public-ransom-rules-caption"
          caption={t('incidents.publicRules.caption')}
          columns={[
            { label: t('incidents.publicRules.state') },
            { label: t('incidents.publicRules.reporting') },
            { label: t('incidents.publicRules.deadline') },
            { label: t('incidents.publicRules.referral') },
            { label: t('incidents.publicRules.contact') },
          ]}
        >
          {rows.map((r) => (
            <tr key={r.memberState.code} data-testid="ransom-rules-row" data-code={r.memberState.code}>
              <td>
                {r.memberState.name} ({r.memberState.code})
              </td>
              <td>{t(`incidents.publicRules.levels.${r.ransomReporting}`)}</td>
              <td>{r.reportingDeadlineHours ? t('incidents.publicRules.hours', { hours: r.reportingDeadlineHours }) : t('incidents.publicRules.none')}</td>
              <td>{r.referralMandatory ? t('incidents.publicRules.mandatory') : t('incidents.publicRules.recommended')}</td>
              <td className="break">{r.lawEnforcementContact}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </ListPage>
  );
}
