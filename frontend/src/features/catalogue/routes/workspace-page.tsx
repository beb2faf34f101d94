import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, ListPage, SelectField } from '@/components/ui';
import type { CatalogueItemStatus } from '@/gql/graphql';
import { mapError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { MyCatalogueItemsQuery } from '../api/catalogue';
import { workspaceBase } from '../model/editor';

const STATUSES: readonly CatalogueItemStatus[] = ['DRAFT', 'PUBLISHED', 'RETIRED'];
const isStatus = (v: string | null): v is CatalogueItemStatus => STATUSES.some((s) => s === v);

/** The items the caller writes (ENISA: every item; a service provider: its services), newest first. */
export default function CatalogueWorkspacePage() {
  const { t, i18n } = useTranslation();
  const ui = currentLanguage(i18n);
  const session = useSession();
  const vendor = session?.user.role === 'SERVICE_PROVIDER';
  const base = workspaceBase(session?.user.role);
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : null;
  const title = vendor ? t('catalogue.workspace.vendorTitle') : t('catalogue.workspace.title');
  useDocumentTitle(title);
  const [{ data, error }, reexecute] = useQuery({
    query: MyCatalogueItemsQuery,
    variables: { status },
    requestPolicy: 'cache-and-network',
  });
  return (
    <ListPage
      titleId="workspace-title"
      title={title}
      intro={vendor ? t('catalogue.workspace.vendorIntro') : t('catalogue.workspace.intro')}
      actions={
        <Link className="button" to={`${base}/new`} data-testid="new-item">
          {vendor ? t('catalogue.workspace.newService') : t('catalogue.workspace.newItem')}
        </Link>
      }
      filters={
        <SelectField
          id="workspace-status"
          name="status"
          label={t('catalogue.workspace.statusFilter')}
          value={status ?? ''}
          onChange={(v) => setParams(v ? { status: v } : {})}
          options={[
            { value: '', label: t('catalogue.workspace.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`catalogue.statuses.${s}`) })),
          ]}
        />
      }
      items={data?.myCatalogueItems}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={t('catalogue.workspace.empty')}
      pager={null}
    >
      {(items) => (
        <DataTable
          captionId="workspace-caption"
          caption={t('catalogue.workspace.caption')}
          columns={[
            { label: t('catalogue.workspace.columns.title') },
            { label: t('catalogue.workspace.columns.kind') },
            { label: t('catalogue.workspace.columns.status') },
            { label: t('catalogue.workspace.columns.version') },
            { label: t('catalogue.workspace.columns.updated') },
          ]}
        >
          {items.map((item) => (
            <tr key={item.id} data-testid="workspace-row" data-status={item.status}>
              <td lang={item.current?.language}>
                <Link to={`${base}/${item.id}`}>{item.draft?.title ?? item.current?.title ?? item.id}</Link>
              </td>
              <td>{t(`catalogue.kinds.${item.kind}`)}</td>
              <td>
                {t(`catalogue.statuses.${item.status}`)}
                {item.status === 'PUBLISHED' && item.draft ? ` (${t('catalogue.workspace.draftPending')})` : ''}
              </td>
              <td>{item.version ?? '–'}</td>
              <td>{formatDateTime(item.updatedAt, ui)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </ListPage>
  );
}
