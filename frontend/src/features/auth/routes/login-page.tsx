import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { Alert } from '@/components/ui';
import type { Role } from '@/gql/graphql';
import { canAccess, rolesForPath, workspaceHome } from '@/lib/roles';
import { useSession, useSessionStore } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { LoginForm } from '../components/login-form';

interface LoginLocationState {
  /** The protected page the user was sent away from. */
  from?: string;
}

function readState(state: unknown): LoginLocationState {
  if (typeof state !== 'object' || state === null) return {};
  const result: LoginLocationState = {};
  if ('from' in state && typeof state.from === 'string') result.from = state.from;
  return result;
}

/** After login: back to the protected page that sent the user here, if their role may open it. */
export function landingPath(role: Role, from: string | undefined): string {
  if (from && rolesForPath(from) && canAccess(role, from)) return from;
  return workspaceHome(role);
}

export default function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const store = useSessionStore();
  const location = useLocation();
  const state = readState(location.state);
  // Read once on arrival, then cleared, so the notice does not follow the user around.
  const [notice] = useState(() => store.endNotice());
  useDocumentTitle(t('auth.title'));

  useEffect(() => {
    if (notice) store.clearEndNotice();
  }, [notice, store]);

  if (session) {
    return <Navigate to={landingPath(session.user.role, state.from)} replace />;
  }

  return (
    <section className="narrow" aria-labelledby="login-title">
      <h1 id="login-title" tabIndex={-1}>
        {t('auth.title')}
      </h1>
      {notice === 'expired' ? (
        <Alert tone="info" live="alert" testId="session-expired">
          <p>{t('auth.sessionExpired')}</p>
        </Alert>
      ) : null}
      {notice === 'logout' ? (
        <Alert tone="success" testId="logged-out">
          <p>{t('auth.loggedOut')}</p>
        </Alert>
      ) : null}
      <p>{t('auth.intro')}</p>
      <LoginForm />
      <p className="aside">
        <Link to="/forgot-password" data-testid="forgot-password">
          {t('auth.forgotPassword')}
        </Link>
      </p>
      <p className="aside">
        {t('auth.noAccount')} <Link to="/register">{t('auth.registerLink')}</Link>
      </p>
    </section>
  );
}
