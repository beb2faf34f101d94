import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { MemberStatesQuery } from '../api/member-states';
import { RegisterOrganisationForm } from '../components/register-organisation-form';

export default function RegisterOrganisationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('register.title'));
  const [{ data, error }, reexecute] = useQuery({ query: MemberStatesQuery });

  return (
    <section className="narrow" aria-labelledby="register-title">
      <h1 id="register-title" tabIndex={-1}>
        {t('register.title')}
      </h1>
      <p>{t('register.intro')}</p>
      {data ? (
        <RegisterOrganisationForm memberStates={data.memberStates} />
      ) : error ? (
        <ErrorState
          title={t('register.memberStatesError')}
          error={mapError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}
