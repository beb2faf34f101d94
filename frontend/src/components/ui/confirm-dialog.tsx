import { useEffect, useId, useRef, type ReactNode, type SyntheticEvent } from 'react';

interface ConfirmDialogProps {
  /** Shown while true; closing is the caller's (`onCancel`, or after `onConfirm` finished). */
  open: boolean;
  /** The question, e.g. "Approve the application of Klinik Nord?" */
  title: string;
  /** What will happen, in words: amounts, who is told, whether it can be undone. */
  children: ReactNode;
  /** The action's button says the action, e.g. "Approve €18,000.00 and pay €3,600.00". */
  confirmLabel: string;
  /** The confirm button's text while the action runs. */
  busyLabel: string;
  /** The safe choice ("Keep the voucher", "Cancel"), focused first. */
  cancelLabel: string;
  /** The action runs: both buttons do nothing (focus stays on them) and neither does Escape. */
  busy?: boolean;
  /** `danger` for what takes something away (reject, cancel, deactivate, archive). */
  tone?: 'primary' | 'danger';
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

/**
 * A modal confirmation before a consequential action: the native `<dialog>` opened with
 * `showModal()` (the rest of the page is inert), as an `alertdialog` named by its title and
 * described by its text. Focus goes to the safe choice, Escape closes it, and on closing focus
 * returns to what had it before (the button that asked). The action runs at most once per
 * opening: a second click, or one while `busy`, does nothing.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busyLabel,
  cancelLabel,
  busy = false,
  tone = 'primary',
  onConfirm,
  onCancel,
  testId = 'confirm-dialog',
}: ConfirmDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const confirmed = useRef(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open) {
      confirmed.current = false;
      const active = document.activeElement;
      returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
      if (!dialog.open) dialog.showModal();
      cancelRef.current?.focus();
      return;
    }
    if (dialog.open) dialog.close();
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus();
  }, [open]);

  // A failed action leaves the dialog open: it may be confirmed again.
  useEffect(() => {
    if (!busy) confirmed.current = false;
  }, [busy]);

  function requestCancel(event: SyntheticEvent) {
    // The browser would close the dialog itself; the caller decides through `open`.
    event.preventDefault();
    if (!busy) onCancel();
  }

  function confirm() {
    if (busy || confirmed.current) return;
    confirmed.current = true;
    onConfirm();
  }

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={requestCancel}
      onKeyDown={(event) => {
        if (event.key === 'Escape') requestCancel(event);
      }}
      data-testid={testId}
    >
      {open ? (
        <>
          <h2 id={`${id}-title`} className="confirm-dialog__title">
            {title}
          </h2>
          <div id={`${id}-text`} className="confirm-dialog__text">
            {children}
          </div>
          <div className="button-row">
            <button
              type="button"
              className={tone === 'danger' ? 'button button--danger' : 'button'}
              onClick={confirm}
              aria-disabled={busy || undefined}
              aria-busy={busy || undefined}
              data-testid={`${testId}-confirm`}
            >
              {busy ? busyLabel : confirmLabel}
            </button>
            <button
              ref={cancelRef}
              type="button"
              className="button button--secondary"
              onClick={() => {
                if (!busy) onCancel();
              }}
              aria-disabled={busy || undefined}
              data-testid={`${testId}-cancel`}
            >
              {cancelLabel}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
