import type { ReactNode } from 'react';

interface ListButtonProps {
  onClick: () => void;
  testId: string;
  children: ReactNode;
}

/** The button that removes one entry of a list (a holding, a control). */
export function RemoveButton({ onClick, testId, children }: ListButtonProps) {
  return (
    <button type="button" className="button button--secondary" onClick={onClick} data-testid={testId}>
      {children}
    </button>
  );
}

/** The row with the button that adds an entry to a list. */
export function AddButtonRow({ onClick, testId, children }: ListButtonProps) {
  return (
    <div className="button-row">
      <RemoveButton onClick={onClick} testId={testId}>
        {children}
      </RemoveButton>
    </div>
  );
}
