import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/lib/use-document-title';

export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('misc.notFoundTitle'));
  return (
    <section aria-labelledby="not-found-title" data-testid="not-found">
      <h1 id="not-found-title" tabIndex={-1}>
        {t('misc.notFoundTitle')}
      </h1>
      <p>{t('misc.notFoundText')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </section>
  );
}
