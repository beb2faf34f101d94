import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import { errorMessage, type AppError } from '@/lib/errors';

interface FormErrorSummaryProps {
  error: AppError;
  /** The message for the whole form (e.g. a CONFLICT); defaults to the error's own. */
  title?: string;
  /** Field id → text, in form order. */
  items: readonly { id: string; text: string }[];
  testId: string;
  ref?: Ref<HTMLDivElement>;
}

/** The error summary above a form, with links that move focus to each field. */
export function FormErrorSummary({ error, title, items, testId, ref }: FormErrorSummaryProps) {
  const { t } = useTranslation();
  return (
    <Alert tone="error" ref={ref} testId={testId} title={title ?? errorMessage(t, error)}>
      {items.length > 0 ? (
        <ul className="error-summary">
          {items.map((item) => (
            <li key={item.id}>
              <a
                href={`#${item.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.id)?.focus();
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
