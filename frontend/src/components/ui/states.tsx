import type { ReactNode } from 'react';
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

export interface ErrorStateProps {
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
