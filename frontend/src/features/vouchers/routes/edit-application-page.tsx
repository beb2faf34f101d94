import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { EditApplicationQuery } from '../api/applications';
import { ApplicationWizard } from '../components/application-wizard';

/** Continues a draft: the server's version, plus any edits kept in this browser. */
export default function EditApplicationPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { id = '' } = useParams();
  useDocumentTitle(t('applicationForm.title'));
  const [{ data, error }, reexecute] = useQuery({
    query: EditApplicationQuery,
    variables: { id, language },
    requestPolicy: 'cache-and-network',
  });
  const application = data?.voucherApplication;
  const programme = application?.program;

  return (
    <>
      <p>
        <Link to="/provider/applications">{t('applications.back')}</Link>
      </p>
      <h1 id="application-title" tabIndex={-1}>
        {t('applicationForm.title')}
      </h1>
      {error && !data ? (
        <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingState />
      ) : !application || !programme ? (
        <Alert tone="error" testId="application-not-found">
          <p>{t('applicationForm.notFound')}</p>
        </Alert>
      ) : application.status !== 'DRAFT' ? (
        <Alert tone="info" testId="application-not-draft">
          <p>{t('applicationForm.notDraft')}</p>
          <p>
            <Link to={`/provider/applications/${application.id}`}>{t('applicationForm.viewApplication')}</Link>
          </p>
        </Alert>
      ) : (
        <ApplicationWizard
          key={application.id}
          programme={programme}
          application={application}
          organisationName={data.me?.organisation?.name ?? ''}
        />
      )}
    </>
  );
}
