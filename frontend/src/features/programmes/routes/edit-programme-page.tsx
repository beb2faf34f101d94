import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ProgrammeForEditQuery, UpdateProgrammeMutation } from '../api/programmes';
import { ProgrammeWizard } from '../components/programme-wizard';
import { draftFromProgramme } from '../model/program-draft';

/** The agency edits a programme with the same step-by-step form it was created with. */
export default function EditProgrammePage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({
    query: ProgrammeForEditQuery,
    variables: { id, language },
    requestPolicy: 'cache-and-network',
  });
  const [, update] = useMutation(UpdateProgrammeMutation);
  const programme = data?.voucherProgram;
  useDocumentTitle(programme ? `${t('editProgramme.title')}: ${programme.name}` : t('editProgramme.title'));
  const back = programme ? `/agency/programmes/${programme.id}` : '/agency/programmes';

  return (
    <>
      <p>
        <Link to={back}>{programme ? programme.name : t('dashboard.back')}</Link>
      </p>
      <h1 id="edit-programme-title" tabIndex={-1}>
        {t('editProgramme.title')}
      </h1>
      {error && !programme ? (
        <ErrorState
          title={t('editProgramme.loadError')}
          error={mapError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <LoadingState />
      ) : !programme ? (
        <Alert tone="error" testId="programme-not-found">
          <p>{t('dashboard.notFound')}</p>
        </Alert>
      ) : (
        <>
          <p className="lead">
            <span data-testid="edit-programme-name">{programme.name}</span>{' '}
            <span className="muted">({programme.code})</span>
          </p>
          <p>{t('editProgramme.intro')}</p>
          {programme.status === 'OPEN' ? (
            <Alert tone="info" live="none" testId="edit-open-note">
              <p>{t('editProgramme.openNote')}</p>
            </Alert>
          ) : programme.status !== 'DRAFT' ? (
            <Alert tone="info" live="none" testId="edit-closed-note">
              <p>{t('editProgramme.closedNote')}</p>
            </Alert>
          ) : null}
          <ProgrammeWizard
            key={programme.id}
            initialDraft={draftFromProgramme(programme)}
            currencies={[...new Set([programme.currency, programme.memberState.currency, 'EUR'])]}
            status={programme.status}
            submitLabel={t('editProgramme.submit')}
            submittingLabel={t('editProgramme.submitting')}
            onSubmit={async (input) => {
              const result = await update({ id: programme.id, input });
              return { id: result.data?.updateVoucherProgram.id ?? null, error: result.error };
            }}
            onDone={(updated) => navigate(`/agency/programmes/${updated}`, { state: { updated: true } })}
          />
        </>
      )}
    </>
  );
}
