import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ListPage } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { TrainingSessionsQuery } from '../api/training';
import { SessionsTable } from '../components/sessions-table';

/** The public training calendar (`?course=` narrows it to one course). */
export default function TrainingPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const session = useSession();
  const [params] = useSearchParams();
  const courseId = params.get('course');
  useDocumentTitle(t('training.title'));
  const [{ data, error }, reexecute] = useQuery({
    query: TrainingSessionsQuery,
    variables: { courseId, language },
    requestPolicy: 'cache-and-network',
  });
  const clinic = session?.user.role === 'PROVIDER_USER';
  return (
    <ListPage
      titleId="training-title"
      title={t('training.title')}
      intro={t('training.intro')}
      notices={
        clinic ? (
          <p>
            <Link to="/provider/training">{t('training.myTitle')}</Link>
          </p>
        ) : session ? null : (
          <p>
            <Link to="/login">{t('training.loginToEnrol')}</Link>
          </p>
        )
      }
      items={data?.trainingSessions}
      error={error ? mapError(error) : null}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      empty={t('training.empty')}
      pager={null}
    >
      {(sessions) => <SessionsTable sessions={sessions} now={new Date()} />}
    </ListPage>
  );
}
