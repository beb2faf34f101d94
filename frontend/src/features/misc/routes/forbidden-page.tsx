import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '@/gql/graphql';
import { workspaceHome } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

export default function ForbiddenPage({ role }: { role: Role }) {
  const { t } = useTranslation();
  useDocumentTitle(t('misc.forbiddenTitle'));
  return (
    <section aria-labelledby="forbidden-title" data-testid="forbidden">
      <h1 id="forbidden-title" tabIndex={-1}>
        {t('misc.forbiddenTitle')}
      </h1>
      <p>{t('misc.forbiddenText')}</p>
      <p>
        <Link to={workspaceHome(role)}>{t('misc.goToWorkspace')}</Link>
      </p>
    </section>
  );
}
