import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ApplicableProgrammesQuery, ProviderContextQuery } from '../api/applications';
import { ProgrammeEligibility } from '../components/programme-eligibility';
import { readSavedSmeInput } from '../model/sme-input';

/** "Programmes you can apply to": the open programmes of the clinic's member state. */
export default function ProviderProgrammesPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('applyList.title'));
  const [savedSme] = useState(() => readSavedSmeInput());
  const [context, reexecuteContext] = useQuery({ query: ProviderContextQuery });
  const organisation = context.data?.me?.organisation ?? null;
  const memberState = organisation?.memberState.code ?? '';
  const [{ data, error }, reexecute] = useQuery({
    query: ApplicableProgrammesQuery,
    variables: { language, memberState },
    pause: !memberState,
    requestPolicy: 'cache-and-network',
  });
  const loadError = context.error ?? error;
  const programmes = data?.voucherPrograms.nodes ?? [];

  return (
    <>
      <h1 id="provider-programmes-title" tabIndex={-1}>
        {t('applyList.title')}
      </h1>
      <p className="lead">{t('applyList.intro')}</p>
      {loadError ? (
        <ErrorState
          title={t('applyList.loadError')}
          error={mapError(loadError)}
          onRetry={() => {
            reexecuteContext({ requestPolicy: 'network-only' });
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : context.data && !organisation ? (
        <EmptyState>{t('applyList.noOrganisation')}</EmptyState>
      ) : !data ? (
        <LoadingState />
      ) : programmes.length === 0 ? (
        <EmptyState>{t('applyList.empty')}</EmptyState>
      ) : (
        <ul className="record-list">
          {programmes.map((programme) => (
            <ProgrammeEligibility key={programme.id} programme={programme} savedSme={savedSme} />
          ))}
        </ul>
      )}
    </>
  );
}
