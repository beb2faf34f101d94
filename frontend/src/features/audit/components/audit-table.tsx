import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui';
import type { AuditTrailQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';

export type AuditRow = AuditTrailQuery['auditLog']['nodes'][number];

/** The trail's rows, newest first: when, what, on which record, by whom, and the outcome. */
export function AuditTable({ rows, showChain }: { rows: readonly AuditRow[]; showChain: boolean }) {
  const { t, i18n } = useTranslation();
  const columns = [
    { label: t('audit.at') },
    ...(showChain ? [{ label: t('audit.chain') }] : []),
    { label: t('audit.action') },
    { label: t('audit.object') },
    { label: t('audit.actor') },
    { label: t('audit.outcome') },
  ];
  return (
    <DataTable captionId="audit-caption" caption={t('audit.caption')} columns={columns} testId="audit-table">
      {rows.map((row) => (
        <tr key={row.id} data-testid="audit-row" data-action={row.action} data-outcome={row.outcome} data-chain={row.chain}>
          <td>{formatDateTime(row.at, i18n.language)}</td>
          {showChain ? <td>{row.chain}</td> : null}
          <td>
            <code>{row.action}</code>
          </td>
          <td>
            {row.objectType}
            {row.objectId ? (
              <>
                {' '}
                <code className="muted">{row.objectId}</code>
              </>
            ) : null}
          </td>
          <td>{row.actorRole ?? t('audit.system')}</td>
          <td>
            <span className={row.outcome === 'DENIED' ? 'badge badge--rejected' : 'badge badge--success'}>
              {row.outcome === 'DENIED' ? t('audit.denied') : t('audit.success')}
            </span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
