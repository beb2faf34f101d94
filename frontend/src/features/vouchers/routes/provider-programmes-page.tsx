import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ListPage } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ApplicableProgrammesQuery, ProviderContextQuery } from '../api/applications';
import { ProgrammeEligibility } from '../components/programme-eligibility';
import { savedSmeInput } from '../model/sme-input';

/** "Programmes you can apply to": the open programmes of the clinic's member state. */
export default function ProviderProgrammesPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('applyList.title'));
  const [savedSme] = useState(() => savedSmeInput());
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

  const noOrganisation = Boolean(context.data && !organisation);

  return (
    <ListPage
      titleId="provider-programmes-title"
      title={t('applyList.title')}
      intro={t('applyList.intro')}
      items={noOrganisation ? [] : data ? programmes : undefined}
      error={loadError ? mapError(loadError) : null}
      errorTitle={t('applyList.loadError')}
      errorMode="instead"
      onRetry={() => {
        reexecuteContext({ requestPolicy: 'network-only' });
        reexecute({ requestPolicy: 'network-only' });
      }}
      empty={noOrganisation ? t('applyList.noOrganisation') : t('applyList.empty')}
    >
      {(rows) => (
        <ul className="record-list">
          {rows.map((programme) => (
            <ProgrammeEligibility key={programme.id} programme={programme} savedSme={savedSme} />
          ))}
        </ul>
      )}
    </ListPage>
  );
}
