import { useTranslation } from 'react-i18next';
import { errorMessage, type AppError } from '@/lib/errors';

interface RecordActionProps {
  /** The action's button text, and its text while the action runs. */
  label: string;
  busyLabel: string;
  /** This record's action is running. */
  busy: boolean;
  /** Another record's action is running. */
  disabled: boolean;
  /** The id of the record's heading, which names what the button acts on. */
  describedBy: string;
  /** Why the last attempt failed, shown above the button. */
  error?: AppError | undefined;
  onClick: () => void;
  testId: string;
}

/** The one action of a record in a list ("Verify", "Approve payment") with its error. */
export function RecordAction({ label, busyLabel, busy, disabled, describedBy, error, onClick, testId }: RecordActionProps) {
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <p className="field__error" role="alert">
          {errorMessage(t, error)}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-describedby={describedBy}
          disabled={disabled}
          onClick={onClick}
          data-testid={testId}
        >
          {busy ? busyLabel : label}
        </button>
      </div>
    </>
  );
}
