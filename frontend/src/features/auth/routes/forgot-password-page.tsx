import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Alert, TextField } from '@/components/ui';
import { errorMessage, mapError, type AppError } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { RequestPasswordResetMutation } from '../api/password-reset';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "Forgot your password?": one field; the answer never says whether the address has an account. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reset.forgotTitle'));
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<AppError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = email.trim();
    const error = !trimmed ? t('errors.fieldRequired') : EMAIL_PATTERN.test(trimmed) ? undefined : t('errors.fieldEmail');
    setFieldError(error);
    setFormError(null);
    if (error) return emailRef.current?.focus();
    const result = await request({ email: trimmed });
    if (result.error || !result.data?.requestPasswordReset) {
      setFormError(result.error ? mapError(result.error) : { kind: 'UNKNOWN' });
    } else {
      setSentTo(trimmed);
    }
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  return (
    <section className="narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title" tabIndex={-1}>
        {t('reset.forgotTitle')}
      </h1>
      {sentTo ? (
        <Alert tone="success" ref={alertRef} testId="reset-requested">
          <p>{t('reset.requested', { email: sentTo })}</p>
          <p>
            <Link to="/login">{t('reset.backToLogin')}</Link>
          </p>
        </Alert>
      ) : (
        <>
          <p>{t('reset.forgotIntro')}</p>
          <form className="form" noValidate onSubmit={onSubmit} aria-busy={fetching || undefined}>
            {formError ? (
              <Alert tone="error" ref={alertRef} testId="reset-request-error">
                <p>{errorMessage(t, formError)}</p>
              </Alert>
            ) : null}
            <TextField
              ref={emailRef}
              id="forgot-email"
              name="email"
              type="email"
              label={t('auth.email')}
              autoComplete="username"
              value={email}
              onChange={setEmail}
              error={fieldError}
              required
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={fetching} data-testid="reset-request-submit">
                {t('reset.send')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
