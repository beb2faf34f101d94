import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { parseSmeInput, savedSmeInput } from '@/lib/sme-input';
import { OrganisationProfileQuery } from '../api/profile';
import { OrganisationProfileForm } from '../components/organisation-profile-form';

/** The clinic's profile page: SME data (a new application starts from it), contact, address. */
export default function OrganisationProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  const [{ data, error }, reexecute] = useQuery({ query: OrganisationProfileQuery, requestPolicy: 'network-only' });
  const profile = data?.organisationProfile;

  return (
    <>
      <h1 tabIndex={-1}>{t('profile.title')}</h1>
      <p>{t('profile.intro')}</p>
      {error && !data ? (
        <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !profile ? (
        <LoadingState />
      ) : (
        <OrganisationProfileForm
          initial={{
            contactName: profile.contact.name ?? '',
            contactEmail: profile.contact.email ?? '',
            contactPhone: profile.contact.phone ?? '',
            street: profile.address.street ?? '',
            postalCode: profile.address.postalCode ?? '',
            city: profile.address.city ?? '',
          }}
          smeConfirmedAt={profile.smeConfirmedAt ?? null}
          smeToConfirm={parseSmeInput(profile.smeInput) ?? savedSmeInput()}
        />
      )}
    </>
  );
}
