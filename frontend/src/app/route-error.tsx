import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import NotFoundPage from '@/features/misc/routes/not-found-page';

/** Rendered when a route fails to load (e.g. a chunk after a deploy) or throws. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <main className="main container" id="main-content" tabIndex={-1}>
      <h1>{t('errors.UNKNOWN')}</h1>
      <p>
        <a href={window.location.pathname}>{t('common.retry')}</a>
      </p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </main>
  );
}
