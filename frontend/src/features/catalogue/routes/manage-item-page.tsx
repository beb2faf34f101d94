import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, ErrorState, LoadingState, StatusMessage, TextAreaField } from '@/components/ui';
import { errorMessage, hasErrorKind, mapError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import {
  CatalogueItemQuery,
  DiscardCatalogueDraftMutation,
  PublishCatalogueItemMutation,
  RetireCatalogueItemMutation,
  UpdateCatalogueItemMutation,
} from '../api/catalogue';
import { ItemEditor } from '../components/item-editor';
import { TranslationEditor } from '../components/translation-editor';
import { editorFrom, workspaceBase } from '../model/editor';
import { refusalOf, type Refusal } from '../model/outcome';

/**
 * One item in the author's workspace: its draft in an editor with live preview, translations
 * side by side, publish with a change note, discard a waiting draft, retire with a reason.
 */
export default function ManageCatalogueItemPage() {
  const { t, i18n } = useTranslation();
  const ui = currentLanguage(i18n);
  const { id = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const base = workspaceBase(session?.user.role);
  const [{ data, error }, reexecute] = useQuery({
    query: CatalogueItemQuery,
    variables: { id, language: null },
    requestPolicy: 'cache-and-network',
  });
  const item = data?.catalogueItem;
  const working = item?.draft ?? item?.current;
  useDocumentTitle(working?.title ?? t('catalogue.workspace.title'));
  const created = (location.state as { message?: string } | null)?.message === 'created';
  const [message, setMessage] = useState<string>(created ? t('catalogue.editor.saved') : '');
  const [failure, setFailure] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const [changeNote, setChangeNote] = useState('');
  const [changeNoteError, setChangeNoteError] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [, update] = useMutation(UpdateCatalogueItemMutation);
  const [{ fetching: publishing }, publish] = useMutation(PublishCatalogueItemMutation);
  const [{ fetching: retiring }, retire] = useMutation(RetireCatalogueItemMutation);
  const [{ fetching: discarding }, discard] = useMutation(DiscardCatalogueDraftMutation);

  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const done = (text: string) => {
    setFailure(null);
    setMessage(text);
    reload();
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  const refused = (refusal: Refusal) => {
    setMessage('');
    if (refusal.kind === 'state') {
      setFailure(t('catalogue.manage.invalidTransition'));
      reload();
    } else if (refusal.kind === 'error') {
      setFailure(errorMessage(t, refusal.error));
    }
  };

  if (error && !data) {
    return (
      <>
        <h1 tabIndex={-1}>{hasErrorKind(error, 'NOT_FOUND') ? t('misc.notFoundTitle') : t('catalogue.workspace.title')}</h1>
        <ErrorState error={mapError(error)} onRetry={reload} />
      </>
    );
  }
  if (!item || !working) {
    return (
      <>
        <h1 tabIndex={-1}>{t('catalogue.workspace.title')}</h1>
        <LoadingState />
      </>
    );
  }

  const canPublish = item.status === 'DRAFT' || (item.status === 'PUBLISHED' && item.draft != null);

  async function onPublish(event: FormEvent) {
    event.preventDefault();
    if (publishing) return;
    if (!changeNote.trim()) {
      setChangeNoteError(t('catalogue.editor.problems.required'));
      document.getElementById('publish-note')?.focus();
      return;
    }
    setChangeNoteError(undefined);
    const result = await publish({ id, changeNote: changeNote.trim() });
    if (result.data) {
      setChangeNote('');
      done(t('catalogue.manage.published', { version: result.data.publishCatalogueItem.version ?? '' }));
      return;
    }
    const refusal = result.error ? refusalOf(result.error) : ({ kind: 'error', error: { kind: 'UNKNOWN' } } as const);
    if (refusal.kind === 'fields') {
      setChangeNoteError(t('catalogue.editor.problems.server'));
      document.getElementById('publish-note')?.focus();
    } else refused(refusal);
  }

  async function onRetire(event: FormEvent) {
    event.preventDefault();
    if (retiring) return;
    if (!reason.trim()) {
      setReasonError(t('catalogue.editor.problems.required'));
      document.getElementById('retire-reason')?.focus();
      return;
    }
    setReasonError(undefined);
    const result = await retire({ id, reason: reason.trim() });
    if (result.data) {
      setReason('');
      done(t('catalogue.manage.retiredMessage'));
      return;
    }
    const refusal = result.error ? refusalOf(result.error) : ({ kind: 'error', error: { kind: 'UNKNOWN' } } as const);
    if (refusal.kind === 'fields') {
      setReasonError(t('catalogue.editor.problems.server'));
      document.getElementById('retire-reason')?.focus();
    } else refused(refusal);
  }

  async function onDiscard() {
    if (discarding) return;
    const result = await discard({ id });
    if (result.data) done(t('catalogue.manage.discarded'));
    else refused(result.error ? refusalOf(result.error) : { kind: 'error', error: { kind: 'UNKNOWN' } });
  }

  return (
    <>
      <p>
        <Link to={base}>{session?.user.role === 'SERVICE_PROVIDER' ? t('catalogue.workspace.vendorTitle') : t('catalogue.workspace.title')}</Link>
      </p>
      <h1 id="manage-title" tabIndex={-1} lang={working.language}>
        {working.title}
      </h1>
      <dl className="summary">
        <div>
          <dt>{t('catalogue.workspace.columns.kind')}</dt>
          <dd>{t(`catalogue.kinds.${item.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.workspace.columns.status')}</dt>
          <dd data-testid="manage-status" data-status={item.status}>
            {t(`catalogue.statuses.${item.status}`)}
          </dd>
        </div>
        <div>
          <dt>{t('catalogue.manage.publicVersion')}</dt>
          <dd data-testid="manage-version">
            {item.version
              ? `${t('catalogue.version', { number: item.version })}${item.publishedAt ? `, ${formatDate(item.publishedAt, ui)}` : ''}`
              : t('catalogue.manage.notPublished')}
          </dd>
        </div>
      </dl>
      {item.status === 'PUBLISHED' && item.draft && item.version ? (
        <p data-testid="draft-pending">{t('catalogue.manage.draftPending', { version: item.version })}</p>
      ) : null}
      {item.retirement ? (
        <Alert tone="info">
          <p>{t('catalogue.retired', { date: formatDate(item.retirement.at, ui), reason: item.retirement.reason })}</p>
        </Alert>
      ) : null}
      {item.suspension ? (
        <Alert tone="info">
          <p>{t('catalogue.suspended', { date: formatDate(item.suspension.at, ui), reason: item.suspension.reason })}</p>
        </Alert>
      ) : null}
      <StatusMessage text={message} ref={messageRef} testId="manage-message" />
      {failure ? (
        <Alert tone="error" testId="manage-error">
          <p>{failure}</p>
        </Alert>
      ) : null}
      {item.version ? (
        <p>
          <Link to={`/catalogue/${item.id}`}>{t('catalogue.manage.viewPublic')}</Link>
        </p>
      ) : null}
      {item.kind === 'TRAINING_COURSE' && item.status === 'PUBLISHED' && session?.user.role === 'ENISA_STAFF' ? (
        <p>
          <Link to={`/enisa/training?course=${item.id}`} data-testid="manage-sessions">
            {t('catalogue.manage.sessions')}
          </Link>
        </p>
      ) : null}
      {item.status !== 'RETIRED' ? (
        <section aria-labelledby="edit-title">
          <h2 id="edit-title">{t('catalogue.editor.editTitle')}</h2>
          <ItemEditor
            key={item.updatedAt}
            kind={item.kind}
            initial={editorFrom(working)}
            languageFixed
            submitLabel={t('catalogue.editor.save')}
            onSubmit={async (input) => {
              const result = await update({ id, input });
              if (result.data) {
                done(t('catalogue.editor.saved'));
                return null;
              }
              const refusal = result.error ? refusalOf(result.error) : ({ kind: 'error', error: { kind: 'UNKNOWN' } } as const);
              if (refusal.kind === 'fields') return refusal.problems;
              refused(refusal);
              return null;
            }}
          />
        </section>
      ) : null}
      {item.status !== 'RETIRED' ? (
        <TranslationEditor key={`${item.updatedAt}-translation`} itemId={item.id} original={working} onSaved={done} onRefused={refused} />
      ) : null}
      {canPublish ? (
        <section aria-labelledby="publish-title" className="panel">
          <h2 id="publish-title">{t('catalogue.manage.publishTitle')}</h2>
          <form onSubmit={onPublish} noValidate>
            <TextAreaField
              id="publish-note"
              name="changeNote"
              label={t('catalogue.manage.changeNote')}
              hint={t('catalogue.manage.changeNoteHint')}
              value={changeNote}
              onChange={setChangeNote}
              error={changeNoteError}
              maxLength={500}
              rows={2}
            />
            <button type="submit" className="button" disabled={publishing} data-testid="publish-submit">
              {t('catalogue.manage.publish')}
            </button>
          </form>
        </section>
      ) : null}
      {item.status === 'PUBLISHED' && item.draft ? (
        <section aria-labelledby="discard-title" className="panel">
          <h2 id="discard-title">{t('catalogue.manage.discardTitle')}</h2>
          <p>{t('catalogue.manage.discardIntro')}</p>
          <button type="button" className="button button--secondary" disabled={discarding} onClick={onDiscard} data-testid="discard-draft">
            {t('catalogue.manage.discard')}
          </button>
        </section>
      ) : null}
      {item.status === 'PUBLISHED' ? (
        <section aria-labelledby="retire-title" className="panel">
          <h2 id="retire-title">{t('catalogue.manage.retireTitle')}</h2>
          <p>{t('catalogue.manage.retireIntro')}</p>
          <form onSubmit={onRetire} noValidate>
            <TextAreaField
              id="retire-reason"
              name="reason"
              label={t('catalogue.manage.reason')}
              value={reason}
              onChange={setReason}
              error={reasonError}
              maxLength={1000}
              rows={2}
            />
            <button type="submit" className="button button--danger" disabled={retiring} data-testid="retire-submit">
              {t('catalogue.manage.retire')}
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
