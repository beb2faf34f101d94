import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { Alert, TextField } from '@/components/ui';
import { errorMessage, mapError, type AppError } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ResetPasswordMutation } from '../api/password-reset';

const MIN_PASSWORD = 12;

/** What a refused reset says: a used or expired link, a broken link, or the general message. */
export function resetErrorMessage(t: Parameters<typeof errorMessage>[0], error: AppError): string {
  if (error.kind === 'INVALID_STATE_TRANSITION') return t('reset.linkUsedOrExpired');
  if (error.kind === 'VALIDATION' && error.field === 'token') return t('reset.linkInvalid');
  return errorMessage(t, error);
}

/** The page a reset link opens: a new password, once, within 30 minutes of the request. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reset.resetTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [{ fetching }, reset] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const error = password.length < MIN_PASSWORD ? t('reset.passwordTooShort', { count: MIN_PASSWORD }) : undefined;
    setFieldError(error);
    setFormError(null);
    if (error) return passwordRef.current?.focus();
    const result = await reset({ token, newPassword: password });
    if (result.error || !result.data?.resetPassword) {
      setFormError(result.error ? mapError(result.error) : { kind: 'UNKNOWN' });
      setPassword('');
    } else {
      setDone(true);
    }
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  return (
    <section className="narrow" aria-labelledby="reset-title">
      <h1 id="reset-title" tabIndex={-1}>
        {t('reset.resetTitle')}
      </h1>
      {done ? (
        <Alert tone="success" ref={alertRef} testId="reset-done">
          <p>{t('reset.done')}</p>
          <p>
            <Link to="/login">{t('reset.backToLogin')}</Link>
          </p>
        </Alert>
      ) : !token ? (
        <Alert tone="error" testId="reset-no-token">
          <p>{t('reset.linkInvalid')}</p>
          <p>
            <Link to="/forgot-password">{t('reset.askAgain')}</Link>
          </p>
        </Alert>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit} aria-busy={fetching || undefined}>
          {formError ? (
            <Alert tone="error" ref={alertRef} testId="reset-error">
              <p>{resetErrorMessage(t, formError)}</p>
              {formError.kind === 'INVALID_STATE_TRANSITION' || formError.field === 'token' ? (
                <p>
                  <Link to="/forgot-password">{t('reset.askAgain')}</Link>
                </p>
              ) : null}
            </Alert>
          ) : null}
          <TextField
            ref={passwordRef}
            id="reset-password"
            name="password"
            type="password"
            label={t('reset.newPassword')}
            hint={t('reset.newPasswordHint')}
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={fieldError}
            required
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={fetching} data-testid="reset-submit">
              {t('reset.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
