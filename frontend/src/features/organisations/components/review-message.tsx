import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mapErrors } from '@/lib/errors';

export type ReviewKind = 'ask' | 'reject';

interface ReviewMessageProps {
  kind: ReviewKind;
  organisationId: string;
  /** The record's heading, which the opening button is described by. */
  describedBy: string;
  disabled: boolean;
  /** Sends the message; resolves with the API's errors (none: done). */
  onSend: (text: string) => Promise<{ error?: Parameters<typeof mapErrors>[0] }>;
}

/**
 * "Ask for information" or "Reject": a button that opens a message field, sent to the
 * registering organisation (which reads it on its workspace). Rejecting says it is final.
 */
export function ReviewMessage({ kind, organisationId, describedBy, disabled, onSend }: ReviewMessageProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const fieldId = `review-${kind}-${organisationId}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (value === '' || value.length > 2000) {
      setProblem(value === '' ? t('applicationForm.problems.required') : t('applicationForm.problems.tooLong'));
      fieldRef.current?.focus();
      return;
    }
    setSending(true);
    const result = await onSend(value);
    setSending(false);
    const errors = result.error ? mapErrors(result.error) : [];
    if (errors.some((e) => e.kind === 'VALIDATION')) {
      setProblem(t('applicationForm.problems.server'));
      fieldRef.current?.focus();
      return;
    }
    if (errors.length === 0) {
      setOpen(false);
      setText('');
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        ref={openRef}
        className="button button--secondary"
        aria-describedby={describedBy}
        disabled={disabled}
        data-testid={`${kind}-open`}
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => fieldRef.current?.focus());
        }}
      >
        {t(`verification.${kind}.open`)}
      </button>
    );
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="review-message" noValidate>
      <div className="field">
        <label htmlFor={fieldId}>{t(`verification.${kind}.label`)}</label>
        <p className="field__hint" id={`${fieldId}-hint`}>
          {t(`verification.${kind}.hint`)}
        </p>
        <textarea
          id={fieldId}
          ref={fieldRef}
          rows={3}
          value={text}
          aria-describedby={problem ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setText(e.target.value)}
          data-testid={`${kind}-text`}
        />
        {problem ? (
          <p className="field__error" id={`${fieldId}-error`}>
            {problem}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={sending} data-testid={`${kind}-send`}>
          {t(`verification.${kind}.send`)}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(false);
            setProblem(null);
            requestAnimationFrame(() => openRef.current?.focus());
          }}
        >
          {t('vouchersCommon.cancel')}
        </button>
      </div>
    </form>
  );
}
