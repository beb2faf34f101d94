import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ApplyProgrammeQuery } from '../api/applications';
import { parseSmeInput } from '../model/sme-input';
import { ApplicationWizard } from '../components/application-wizard';

/** A new application to a programme; it becomes a draft at the first "Save and continue". */
export default function NewApplicationPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { programmeId = '' } = useParams();
  useDocumentTitle(t('applicationForm.title'));
  const [{ data, error }, reexecute] = useQuery({
    query: ApplyProgrammeQuery,
    variables: { programId: programmeId, language },
  });
  const programme = data?.voucherProgram;

  return (
    <>
      <p>
        <Link to="/provider/programmes">{t('nav.providerProgrammes')}</Link>
      </p>
      <h1 id="application-title" tabIndex={-1}>
        {t('applicationForm.title')}
      </h1>
      {error && !data ? (
        <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingState />
      ) : !programme || programme.status !== 'OPEN' ? (
        <Alert tone="error" testId="programme-not-found">
          <p>{t('applicationForm.programmeNotFound')}</p>
        </Alert>
      ) : (
        <ApplicationWizard
          programme={programme}
          application={null}
          organisationName={data.me?.organisation?.name ?? ''}
          profileSmeInput={parseSmeInput(data.organisationProfile?.smeInput)}
        />
      )}
    </>
  );
}
