import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, TextField } from '@/components/ui';
import { errorMessage, mapError, type AppError } from '@/lib/errors';
import { useSessionStore } from '@/lib/session-context';
import { LoginMutation } from '../api/login';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type LoginField = 'email' | 'password';

/**
 * Which message a failed login shows. Anything about the credentials collapses into one
 * sentence that does not reveal whether the account exists or which part was wrong.
 */
function loginErrorMessage(t: Parameters<typeof errorMessage>[0], error: AppError): string {
  switch (error.kind) {
    case 'RATE_LIMITED':
    case 'NETWORK':
    case 'INTERNAL':
      return errorMessage(t, error);
    default:
      return t('auth.invalidCredentials');
  }
}

export function LoginForm() {
  const { t } = useTranslation();
  const store = useSessionStore();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<LoginField, string>>>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmedEmail = email.trim();
    const errors: Partial<Record<LoginField, string>> = {};
    if (!trimmedEmail) errors.email = t('errors.fieldRequired');
    else if (!EMAIL_PATTERN.test(trimmedEmail)) errors.email = t('errors.fieldEmail');
    if (!password) errors.password = t('errors.fieldRequired');
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();

    const result = await login({ email: trimmedEmail, password });
    const payload = result.data?.login;
    if (result.error || !payload) {
      setFormError(result.error ? mapError(result.error) : { kind: 'UNKNOWN' });
      setPassword('');
      requestAnimationFrame(() => alertRef.current?.focus());
      return;
    }
    store.start({
      token: payload.token,
      expiresAt: payload.expiresAt,
      user: {
        id: payload.user.id,
        email: payload.user.email,
        displayName: payload.user.displayName,
        role: payload.user.role,
      },
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-busy={fetching || undefined}>
      {formError ? (
        <Alert tone="error" ref={alertRef} testId="login-error">
          <p>{loginErrorMessage(t, formError)}</p>
        </Alert>
      ) : null}
      <TextField
        ref={emailRef}
        id="login-email"
        name="email"
        type="email"
        label={t('auth.email')}
        autoComplete="username"
        value={email}
        onChange={setEmail}
        error={fieldErrors.email}
        required
      />
      <TextField
        ref={passwordRef}
        id="login-password"
        name="password"
        type="password"
        label={t('auth.password')}
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={fieldErrors.password}
        required
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={fetching} data-testid="login-submit">
          {fetching ? t('auth.submitting') : t('auth.submit')}
        </button>
      </div>
    </form>
  );
}
