import { lazy, Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { MAIN_CONTENT_ID, SiteFooter, SiteHeader, SkipLink } from '@/components/layout';
import { LoadingState } from '@/components/ui';
import { useSession, useSessionStore } from '@/lib/session-context';

/** Sends the user to the login page when their session ends, whatever page they are on. */
function useSessionEndRedirect() {
  const store = useSessionStore();
  const navigate = useNavigate();
  const location = useLocation();
  const pathRef = useRef(location.pathname);
  pathRef.current = location.pathname;

  useEffect(
    () =>
      store.onEnd((reason) => {
        // The login page reads the reason from the store and says why the user is there.
        if (reason === 'expired') {
          void navigate('/login', { replace: true, state: { from: pathRef.current } });
        } else {
          void navigate('/login');
        }
      }),
    [store, navigate],
  );
}

/** After client-side navigation, move focus to the new page's heading (or main). */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(MAIN_CONTENT_ID);
    const heading = main?.querySelector<HTMLElement>('h1');
    (heading ?? main)?.focus({ preventScroll: false });
  }, [pathname]);
}

// Loaded only when a navigation entry shows it (clinics and service providers), so the first
// visit does not download the GraphQL documents.
const UnreadNotificationsBadge = lazy(() =>
  import('@/features/notifications/components/unread-badge').then((m) => ({ default: m.UnreadNotificationsBadge })),
);

// The alerts awaiting an answer; it runs the live alert feed (graphql-ws) for the session.
const AlertsBadge = lazy(() => import('@/features/alerts/components/alerts-badge').then((m) => ({ default: m.AlertsBadge })));

/** Live counts in the navigation; each renders only where its entry is shown (lib/roles). */
const NAV_BADGES = {
  unreadNotifications: (
    <Suspense fallback={null}>
      <UnreadNotificationsBadge />
    </Suspense>
  ),
  alertsAwaiting: (
    <Suspense fallback={null}>
      <AlertsBadge />
    </Suspense>
  ),
} as const;

export function RootLayout() {
  const store = useSessionStore();
  const session = useSession();
  useSessionEndRedirect();
  useFocusOnNavigation();

  return (
    <div className="page">
      <SkipLink />
      <SiteHeader session={session} onLogout={() => store.logout()} navBadges={NAV_BADGES} />
      <main id={MAIN_CONTENT_ID} className="main container" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </div>
  );
}
