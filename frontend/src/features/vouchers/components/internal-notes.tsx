import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alert, StatusMessage, TextAreaField } from '@/components/ui';
import { errorMessage, mapErrors } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { AddApplicationNoteMutation, ApplicationNotesQuery } from '../api/review';

const MAX_NOTE = 4000;

/**
 * The agency's internal notes on an application, oldest first, and a form to add one. Only the
 * officers of the application's member state see this panel; the clinic never sees notes.
 */
export function InternalNotes({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [{ data }, reexecute] = useQuery({ query: ApplicationNotesQuery, variables: { id: applicationId } });
  const [{ fetching }, add] = useMutation(AddApplicationNoteMutation);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const notes = data?.voucherApplication?.internalNotes ?? [];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAdded(false);
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > MAX_NOTE) {
      setError(t('internalNotes.required'));
      return;
    }
    const result = await add({ applicationId, text: trimmed });
    if (result.data?.addApplicationNote) {
      setText('');
      setError(undefined);
      setProblem(null);
      setAdded(true);
      reexecute({ requestPolicy: 'network-only' });
      return;
    }
    const first = (result.error ? mapErrors(result.error) : [])[0] ?? { kind: 'UNKNOWN' as const };
    if (first.kind === 'VALIDATION' && first.field === 'text') {
      setError(t('internalNotes.required'));
    } else {
      setProblem(errorMessage(t, first));
    }
  }

  return (
    <section aria-labelledby="internal-notes-title" data-testid="internal-notes">
      <h2 id="internal-notes-title">{t('internalNotes.title')}</h2>
      <p className="muted">{t('internalNotes.hint')}</p>
      {notes.length === 0 ? (
        <p data-testid="internal-notes-empty">{t('internalNotes.empty')}</p>
      ) : (
        <ol className="notes" data-testid="internal-notes-list">
          {notes.map((n) => (
            <li key={n.id}>
              <p className="muted">{t('internalNotes.by', { author: n.authorName, date: formatDateTime(n.createdAt, language) })}</p>
              <p className="pre-wrap">{n.text}</p>
            </li>
          ))}
        </ol>
      )}
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {added ? <StatusMessage text={t('internalNotes.added')} testId="internal-note-added" /> : null}
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="internal-note-form">
        <TextAreaField
          id="internal-note-text"
          name="text"
          label={t('internalNotes.label')}
          value={text}
          onChange={setText}
          error={error}
          maxLength={MAX_NOTE}
          rows={3}
        />
        <button type="submit" className="button button--secondary" disabled={fetching} data-testid="internal-note-add">
          {t('internalNotes.add')}
        </button>
      </form>
    </section>
  );
}
