import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ListView } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatNumber } from '@/lib/format';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuditTrailQuery } from '../api/audit';
import { AuditTable } from '../components/audit-table';
import { apiFilter, filterFromParams, paramsFromFilter, type TrailFilter } from '../model/filter';

const PAGE_SIZE = 50;

/**
 * The audit trail: the admin reads every chain; an agency officer its own member state's
 * voucher records (the server decides from the token, docs/audit.md).
 */
export default function AuditTrailPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const session = useSession();
  const isAdmin = session?.user.role === 'PLATFORM_ADMIN';
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const [draft, setDraft] = useState<TrailFilter>(filter);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AuditTrailQuery,
    variables: { first: PAGE_SIZE, after, filter: apiFilter(filter) },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.auditLog;

  function onFilter(event: FormEvent) {
    event.preventDefault();
    setAfter(null);
    setParams(paramsFromFilter({ ...draft, action: draft.action.trim() }));
  }

  return (
    <>
      <h1 id="audit-title" tabIndex={-1}>
        {t('audit.title')}
      </h1>
      <p className="lead">{isAdmin ? t('audit.introAdmin') : t('audit.introAgency')}</p>

      <form className="panel filters" onSubmit={onFilter} aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title">{t('audit.filterTitle')}</h2>
        <div className="field">
          <label htmlFor="audit-outcome">{t('audit.outcome')}</label>
          <select
            id="audit-outcome"
            value={draft.outcome}
            onChange={(e) => setDraft({ ...draft, outcome: e.target.value === 'SUCCESS' || e.target.value === 'DENIED' ? e.target.value : '' })}
          >
            <option value="">{t('audit.anyOutcome')}</option>
            <option value="SUCCESS">{t('audit.success')}</option>
            <option value="DENIED">{t('audit.denied')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t('audit.action')}</label>
          <p className="field__hint" id="audit-action-hint">
            {t('audit.actionHint')}
          </p>
          <input
            id="audit-action"
            type="text"
            aria-describedby="audit-action-hint"
            value={draft.action}
            onChange={(e) => setDraft({ ...draft, action: e.target.value })}
          />
        </div>
        <button type="submit" className="button" data-testid="audit-filter">
          {t('audit.apply')}
        </button>
      </form>

      <section className="panel" aria-labelledby="audit-list-title" aria-busy={fetching || undefined}>
        <h2 id="audit-list-title">{t('audit.listTitle')}</h2>
        {connection ? (
          <p data-testid="audit-count">{t('audit.count', { count: connection.totalCount, formatted: formatNumber(connection.totalCount, i18n.language) })}</p>
        ) : null}
        <ListView
          items={connection?.nodes}
          error={error ? mapError(error) : null}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          empty={t('audit.empty')}
          pager={connection ? { ...connection.pageInfo, after, onPage: setAfter } : null}
        >
          {(rows) => <AuditTable rows={rows} showChain={isAdmin} />}
        </ListView>
      </section>
    </>
  );
}
