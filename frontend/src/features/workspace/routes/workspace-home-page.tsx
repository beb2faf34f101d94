import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { workspaceItemsFor } from '@/lib/roles';
import { useSession, useSessionStore } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { MeQuery } from '../api/me';
import { AccountSummary } from '../components/account-summary';
import { MailLanguagePicker } from '../components/mail-language';
import { SignOutEverywhere } from '../components/sign-out-everywhere';
import { WORKSPACE_OFFERS } from '../model/offers';

export default function WorkspaceHomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const store = useSessionStore();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeQuery,
    requestPolicy: 'cache-and-network',
  });
  const role = session?.user.role;
  useDocumentTitle(role ? t(`workspace.titles.${role}`) : t('common.loading'));

  const meMissing = data !== undefined && data.me === null && !fetching;
  useEffect(() => {
    // A token the server no longer accepts as anyone: the session is over.
    if (meMissing) store.expire();
  }, [meMissing, store]);

  if (!session || !role) return null;
  const tasks = workspaceItemsFor(role).filter((item) => item.to !== workspaceItemsFor(role)[0]?.to);
  const offer = WORKSPACE_OFFERS[role];

  return (
    <>
      <h1 id="workspace-title" tabIndex={-1}>
        {t(`workspace.titles.${role}`)}
      </h1>
      <p className="lead">{t(`workspace.intros.${role}`)}</p>

      <section aria-labelledby="account-title" className="panel">
        <h2 id="account-title">{t('workspace.accountTitle')}</h2>
        {data?.me ? (
          <>
            <AccountSummary me={data.me} />
            <MailLanguagePicker language={data.me.language} />
            <SignOutEverywhere />
          </>
        ) : error ? (
          <ErrorState
            title={t('workspace.loadError')}
            error={mapError(error)}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <LoadingState />
        )}
      </section>

      <section aria-labelledby="tasks-title" className="panel">
        <h2 id="tasks-title">{t('workspace.tasksTitle')}</h2>
        <ul className="task-list">
          {tasks.map((item) => (
            <li key={item.id}>
              <Link to={item.to} data-task-id={item.id}>
                {item.id === 'agency-verifications' ? t('workspace.verificationsLink') : t(item.labelKey)}
              </Link>
            </li>
          ))}
          {offer.extra.map((task) => (
            <li key={task.id}>
              <Link to={task.to} data-task-id={task.id}>
                {t(`workspace.extraTasks.${task.id}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {offer.coming.length > 0 ? (
        <section aria-labelledby="coming-title" className="panel" data-testid="workspace-coming">
          <h2 id="coming-title">{t('workspace.comingTitle')}</h2>
          <p>{t('workspace.comingIntro')}</p>
          <ul className="bullet-list">
            {offer.coming.map((service) => (
              <li key={service} data-coming={service}>
                {t(`workspace.coming.${service}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
