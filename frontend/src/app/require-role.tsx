import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import ForbiddenPage from '@/features/misc/routes/forbidden-page';
import { rolesForPath } from '@/lib/roles';
import { useSession } from '@/lib/session-context';

/**
 * Guards a workspace page with the roles that `lib/roles` gives its path, the same table the
 * navigation is drawn from. Anonymous visitors go to the login page and come back after it.
 */
export function RequireRole({ path, children }: { path: string; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  }
  const allowed = rolesForPath(path) ?? [];
  if (!allowed.includes(session.user.role)) {
    return <ForbiddenPage role={session.user.role} />;
  }
  return children;
}
