import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui';
import { errorMessage, type AppError } from '@/lib/errors';
import { useFindByReference } from '../api/use-find-by-reference';

/** The sentence for a failed look-up: the field's own words for `NOT_FOUND` and `VALIDATION`. */
function fieldMessage(t: TFunction, error: AppError | 'EMPTY'): string | null {
  if (error === 'EMPTY') return t('references.required');
  if (error.kind === 'NOT_FOUND') return t('references.notFound');
  if (error.kind === 'VALIDATION') return t('references.invalid');
  return null;
}

/**
 * "Find by reference" for agency officers: `findByReference`, then the application's review page
 * (a voucher, redemption or payment opens the application it belongs to). `NOT_FOUND` and
 * `VALIDATION` are said next to the field (focused); anything else above it.
 */
export function FindByReference() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const find = useFindByReference();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | 'EMPTY' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const reference = value.trim();
    if (!reference) {
      setError('EMPTY');
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await find(reference);
    setBusy(false);
    if (outcome.kind === 'found') {
      void navigate(outcome.path);
      return;
    }
    setError(outcome.error);
    inputRef.current?.focus();
  }

  const inField = error ? fieldMessage(t, error) : null;
  const general = error && error !== 'EMPTY' && !inField ? errorMessage(t, error) : null;
  const hintId = 'find-reference-hint';
  const errorId = 'find-reference-error';
  return (
    <form className="find-reference" role="search" aria-labelledby="find-reference-title" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2 id="find-reference-title">{t('references.findTitle')}</h2>
      {general ? (
        <Alert tone="error" testId="find-reference-failed">
          <p>{general}</p>
        </Alert>
      ) : null}
      <div className={`field${inField ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor="find-reference">
          {t('references.findLabel')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('references.findHint')}
        </p>
        {inField ? (
          <p className="field__error" id={errorId} data-testid="find-reference-error">
            {inField}
          </p>
        ) : null}
        <div className="find-reference__row">
          <input
            ref={inputRef}
            id="find-reference"
            name="reference"
            type="search"
            className="field__control"
            value={value}
            maxLength={100}
            spellCheck={false}
            autoCapitalize="characters"
            autoComplete="off"
            onChange={(e) => setValue(e.target.value)}
            aria-describedby={inField ? `${hintId} ${errorId}` : hintId}
            aria-invalid={inField ? true : undefined}
            data-testid="find-reference-input"
          />
          <button type="submit" className="button" disabled={busy} aria-busy={busy || undefined} data-testid="find-reference-submit">
            {busy ? t('references.finding') : t('references.find')}
          </button>
        </div>
      </div>
    </form>
  );
}
