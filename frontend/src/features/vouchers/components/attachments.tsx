import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import { downloadFailure, downloadWithToken } from '@/lib/download';
import { restError, type AppError } from '@/lib/errors';
import { formatNumber } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useSession } from '@/lib/session-context';

/** An attachment as the GraphQL API lists it. */
export interface AttachmentItem {
  id: string;
  kind: 'QUOTE' | 'INVOICE';
  name: string;
  contentType: string;
  sizeBytes: number;
}

/** The largest file the server takes: 10 MB (10 MiB). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const ACCEPTED = 'application/pdf,image/png,image/jpeg,image/webp,image/gif';

/** The attachment the upload answered with, or null when its answer cannot be read. */
async function uploadedItem(response: Response): Promise<AttachmentItem | null> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return null;
    const { id, kind, name, contentType, sizeBytes } = body as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof contentType !== 'string') return null;
    if (kind !== 'QUOTE' && kind !== 'INVOICE') return null;
    if (typeof sizeBytes !== 'number') return null;
    return { id, kind, name, contentType, sizeBytes };
  } catch {
    return null;
  }
}

function sizeLabel(bytes: number, language: string): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} KB`;
  return `${formatNumber((bytes / (1024 * 1024)).toFixed(1), language)} MB`;
}

interface Props {
  /** `/applications/{id}` or `/redemptions/{id}`: where uploads go. */
  parentPath: string;
  attachments: readonly AttachmentItem[];
  /** Whether the caller may attach a file now. */
  canUpload: boolean;
  /** After an upload, with the attachment the server answered (null if unreadable). */
  onUploaded: (attachment: AttachmentItem | null) => void;
  /** Prefix of the section's ids (unique on the page). */
  idPrefix: string;
  /** The section's heading level (3 inside a record that has its own h2) and texts. */
  headingLevel?: 2 | 3;
  title?: string;
  emptyText?: string;
  fileLabel?: string;
}

/**
 * A record's quotes and invoices: the list with a download button each (fetched with the
 * bearer token and handed to the browser as a Blob: a plain link would carry no token) and,
 * for whoever may attach, a file picker. The server checks the type from the content; the
 * errors shown come from its codes and the field it names.
 */
export function Attachments({
  parentPath,
  attachments,
  canUpload,
  onUploaded,
  idPrefix,
  headingLevel = 2,
  title,
  emptyText,
  fileLabel,
}: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const session = useSession();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  function explain(error: AppError): string {
    if (error.kind === 'VALIDATION') {
      if (error.field === 'file') return t('attachments.errorFile');
      if (error.field === 'contentType') return t('attachments.errorType');
      if (error.field === 'name') return t('attachments.errorName');
    }
    if (error.kind === 'INVALID_STATE_TRANSITION') return t('attachments.errorClosed');
    return t(`errors.${error.kind}`);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    setMessage(null);
    setFieldError(null);
    if (!file) {
      setFieldError(t('attachments.errorNoFile'));
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setFieldError(t('attachments.errorFile'));
      return;
    }
    if (!session) return;
    setBusy(true);
    try {
      const response = await fetch(`${parentPath}/attachments?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': file.type || 'application/octet-stream' },
        body: file,
      });
      if (!response.ok) {
        const error = await restError(response);
        if (error.kind === 'VALIDATION') setFieldError(explain(error));
        else setMessage({ tone: 'error', text: explain(error) });
        return;
      }
      if (fileRef.current) fileRef.current.value = '';
      setMessage({ tone: 'success', text: t('attachments.uploaded', { name: file.name }) });
      onUploaded(await uploadedItem(response));
    } catch {
      setMessage({ tone: 'error', text: t('errors.NETWORK') });
    } finally {
      setBusy(false);
    }
  }

  async function download(attachment: AttachmentItem) {
    if (!session) return;
    setMessage(null);
    try {
      await downloadWithToken(`/attachments/${encodeURIComponent(attachment.id)}`, session.token, attachment.name, '*/*');
    } catch (thrown) {
      setMessage({ tone: 'error', text: explain(downloadFailure(thrown)) });
    }
  }

  const inputId = `${idPrefix}-file`;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section aria-labelledby={`${idPrefix}-title`} data-testid={`${idPrefix}-section`}>
      <Heading id={`${idPrefix}-title`}>{title ?? t('attachments.title')}</Heading>
      {attachments.length === 0 ? (
        <p data-testid={`${idPrefix}-empty`}>{emptyText ?? t('attachments.empty')}</p>
      ) : (
        <ul className="attachment-list" aria-labelledby={`${idPrefix}-title`} data-testid={`${idPrefix}-list`}>
          {attachments.map((a) => (
            <li key={a.id} data-testid="attachment-item">
              <span>
                <strong>{a.name}</strong>{' '}
                <span className="muted">
                  {t(`attachments.kind.${a.kind}`)} · {sizeLabel(a.sizeBytes, language)}
                </span>
              </span>{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void download(a)}
                aria-label={t('attachments.downloadNamed', { name: a.name })}
                data-testid="attachment-download"
              >
                {t('attachments.download')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {message ? (
        <Alert tone={message.tone} testId={`${idPrefix}-message`}>
          <p>{message.text}</p>
        </Alert>
      ) : null}
      {canUpload ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <div className={`field${fieldError ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={inputId}>
              {fileLabel ?? t('attachments.fileLabel')}
            </label>
            <p className="field__hint" id={`${inputId}-hint`}>
              {t('attachments.fileHint')}
            </p>
            {fieldError ? (
              <p className="field__error" id={`${inputId}-error`} data-testid={`${inputId}-error`}>
                {fieldError}
              </p>
            ) : null}
            <input
              id={inputId}
              name="file"
              type="file"
              className="field__control"
              accept={ACCEPTED}
              ref={fileRef}
              aria-describedby={[`${inputId}-hint`, fieldError ? `${inputId}-error` : ''].filter(Boolean).join(' ')}
              aria-invalid={fieldError ? true : undefined}
              data-testid={inputId}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={busy} aria-busy={busy || undefined} data-testid={`${idPrefix}-upload`}>
              {busy ? t('attachments.uploading') : t('attachments.upload')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
