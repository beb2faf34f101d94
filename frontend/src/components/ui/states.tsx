import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, type AppError } from '@/lib/errors';
import { Alert } from './alert';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" data-testid="loading">
      <span className="loading__spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="empty" data-testid="empty">
      <p>{children}</p>
    </div>
  );
}

interface ErrorStateProps {
  error: AppError;
  title?: string;
  onRetry?: () => void;
}

export function ErrorState({ error, title, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert tone="error" title={title} testId="error">
      <p>{errorMessage(t, error)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </Alert>
  );
}

interface StatusMessageProps {
  /** The message; while empty the live region stays in place, hidden. */
  text: string;
  ref?: Ref<HTMLDivElement>;
  testId?: string;
}

/**
 * A polite live region for the result of an action in a list ("… has been verified."). It is
 * always in the page so screen readers hear the change; it is focusable so the page can move
 * focus to it.
 */
export function StatusMessage({ text, ref, testId }: StatusMessageProps) {
  return (
    <div
      ref={ref}
      className={text ? 'alert alert--success' : 'visually-hidden'}
      role="status"
      tabIndex={-1}
      data-testid={testId}
    >
      {text}
    </div>
  );
}
