import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ListView } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AdminUsersQuery } from '../api/admin';
import { AccountsTable } from '../components/accounts-table';
import { CreateAccountForm } from '../components/create-account-form';
import { isAccountRole } from '../model/forms';

const ACCOUNTS_PAGE_SIZE = 50;

/** Platform admin: every account, a form to create one, and deactivation. */
export default function AccountsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.accountsTitle'));
  const session = useSession();
  const [params] = useSearchParams();
  const role = params.get('role') ?? '';
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AdminUsersQuery,
    variables: { first: ACCOUNTS_PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const connection = data?.users;

  return (
    <>
      <h1 id="accounts-title" tabIndex={-1}>
        {t('admin.accountsTitle')}
      </h1>
      <p className="lead">{t('admin.accountsIntro')}</p>

      <CreateAccountForm
        initialRole={isAccountRole(role) ? role : undefined}
        initialOrganisationId={params.get('organisation') ?? undefined}
        onCreated={refresh}
      />

      <section className="panel" aria-labelledby="accounts-list-title" aria-busy={fetching || undefined}>
        <h2 id="accounts-list-title">{t('admin.accountsListTitle')}</h2>
        <ListView
          items={connection?.nodes}
          error={error ? mapError(error) : null}
          onRetry={refresh}
          empty={t('admin.accountsEmpty')}
          pager={connection ? { ...connection.pageInfo, after, onPage: setAfter } : null}
        >
          {(accounts) => <AccountsTable accounts={accounts} ownId={session?.user.id ?? null} onChanged={refresh} />}
        </ListView>
      </section>
    </>
  );
}
