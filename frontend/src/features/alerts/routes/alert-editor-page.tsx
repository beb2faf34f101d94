import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, ErrorState, LoadingState } from '@/components/ui';
import { hasErrorKind, mapError } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AlertQuery } from '../api/alerts';
import { AlertEditor, type EditorMode } from '../components/alert-editor';
import { contentToDraft, emptyDraft } from '../model/draft';

function Heading({ text }: { text: string }) {
  return (
    <h1 id="editor-title" tabIndex={-1}>
      {text}
    </h1>
  );
}

/** `/enisa/alerts/new`: a new draft. */
export function NewAlertPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('alerts.editor.newTitle'));
  const initial = useMemo(() => emptyDraft(new Date()), []);
  return (
    <>
      <Heading text={t('alerts.editor.newTitle')} />
      <p className="lead">{t('alerts.editor.intro')}</p>
      <AlertEditor mode={{ kind: 'new' }} initial={initial} onSaved={(id) => void navigate(`/enisa/alerts/${id}`, { state: { saved: true } })} />
    </>
  );
}

/** `/enisa/alerts/:id/edit`: edits a draft, or writes the next version of a published alert. */
export function EditAlertPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AlertQuery, variables: { id }, requestPolicy: 'network-only' });
  const alert = data?.alert;
  const published = alert && alert.status !== 'DRAFT';
  const title = published ? t('alerts.editor.updateTitle') : t('alerts.editor.editTitle');
  useDocumentTitle(title);
  const initial = useMemo(() => (alert?.content ? contentToDraft(alert.content) : null), [alert]);
  if (error && hasErrorKind(error, 'NOT_FOUND')) {
    return (
      <>
        <Heading text={t('alerts.detail.notFoundTitle')} />
        <Alert tone="error">
          <p>{t('alerts.detail.notFound')}</p>
        </Alert>
      </>
    );
  }
  if (error) return <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!alert || !initial) return fetching ? <LoadingState /> : null;
  if (alert.status === 'REVOKED') {
    return (
      <>
        <Heading text={title} />
        <Alert tone="info">
          <p>{t('alerts.enisa.revokedNoEdit')}</p>
        </Alert>
        <Link to={`/enisa/alerts/${alert.id}`}>{t('alerts.enisa.backToAlert')}</Link>
      </>
    );
  }
  const mode: EditorMode = published && alert.content ? { kind: 'update', id: alert.id, publishedTlp: alert.content.tlp } : { kind: 'draft', id: alert.id };
  return (
    <>
      <Heading text={title} />
      <p className="lead">{published ? t('alerts.editor.updateIntro') : t('alerts.editor.intro')}</p>
      <AlertEditor key={alert.id} mode={mode} initial={initial} onSaved={(saved) => void navigate(`/enisa/alerts/${saved}`, { state: { saved: true } })} />
    </>
  );
}
