import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CreateProgrammeMutation } from '../api/programmes';
import { useOfficerState } from '../api/use-officer-state';
import { ProgrammeWizard } from '../components/programme-wizard';
import { emptyDraft } from '../model/program-draft';

export default function NewProgrammePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('wizard.title'));
  const navigate = useNavigate();
  const officer = useOfficerState();
  const state = officer.memberState;
  const [, create] = useMutation(CreateProgrammeMutation);

  return (
    <>
      <h1 id="wizard-title" tabIndex={-1}>
        {t('wizard.title')}
      </h1>
      <p className="lead">{t('wizard.intro')}</p>
      {officer.error ? (
        <ErrorState error={mapError(officer.error)} onRetry={() => officer.reexecute({ requestPolicy: 'network-only' })} />
      ) : !state ? (
        <LoadingState />
      ) : (
        <ProgrammeWizard
          initialDraft={emptyDraft(state.currency)}
          currencies={[...new Set([state.currency, 'EUR'])]}
          status={null}
          submitLabel={t('wizard.submit')}
          submittingLabel={t('wizard.submitting')}
          onSubmit={async (input) => {
            const result = await create({ input });
            return { id: result.data?.createVoucherProgram.id ?? null, error: result.error };
          }}
          onDone={(id) => navigate(`/agency/programmes/${id}`, { state: { created: true } })}
        />
      )}
    </>
  );
}
