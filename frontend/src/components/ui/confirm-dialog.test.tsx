import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

/** A trigger that opens the dialog; confirming calls `action`, which may keep it busy. */
function Harness({ action, keepBusy = false }: { action: () => void; keepBusy?: boolean }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Cancel the voucher…
      </button>
      <ConfirmDialog
        open={open}
        title="Cancel the voucher of Klinik Nord?"
        confirmLabel="Cancel the voucher and release €8,000.00"
        busyLabel="Cancelling…"
        cancelLabel="Keep the voucher"
        busy={busy}
        tone="danger"
        onConfirm={() => {
          action();
          if (keepBusy) setBusy(true);
          else setOpen(false);
        }}
        onCancel={() => setOpen(false)}
      >
        <p>€8,000.00 returns to the programme’s available budget.</p>
      </ConfirmDialog>
    </>
  );
}

function openDialog() {
  const trigger = screen.getByRole('button', { name: 'Cancel the voucher…' });
  trigger.focus();
  fireEvent.click(trigger);
  return trigger;
}

describe('ConfirmDialog', () => {
  it('opens as a modal alert dialog named by its question and described by what will happen', () => {
    render(<Harness action={vi.fn()} />);
    openDialog();
    const dialog = screen.getByTestId('confirm-dialog');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    const text = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(title?.textContent).toBe('Cancel the voucher of Klinik Nord?');
    expect(text?.textContent).toBe('€8,000.00 returns to the programme’s available budget.');
    expect(screen.getByTestId('confirm-dialog-confirm').textContent).toBe('Cancel the voucher and release €8,000.00');
  });

  it('moves focus to the safe choice, and back to the trigger when kept', () => {
    const action = vi.fn();
    render(<Harness action={action} />);
    const trigger = openDialog();
    expect(document.activeElement).toBe(screen.getByTestId('confirm-dialog-cancel'));
    fireEvent.click(screen.getByTestId('confirm-dialog-cancel'));
    expect((screen.getByTestId('confirm-dialog') as HTMLDialogElement).open).toBe(false);
    expect(document.activeElement).toBe(trigger);
    expect(action).not.toHaveBeenCalled();
  });

  it('closes on Escape without acting, focus back on the trigger', () => {
    const action = vi.fn();
    render(<Harness action={action} />);
    const trigger = openDialog();
    fireEvent.keyDown(screen.getByTestId('confirm-dialog-cancel'), { key: 'Escape' });
    expect((screen.getByTestId('confirm-dialog') as HTMLDialogElement).open).toBe(false);
    expect(screen.queryByTestId('confirm-dialog-confirm')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(action).not.toHaveBeenCalled();
  });

  it('acts once when confirmed, even when clicked twice', () => {
    const action = vi.fn();
    render(<Harness action={action} keepBusy />);
    openDialog();
    const confirm = screen.getByTestId('confirm-dialog-confirm');
    act(() => {
      confirm.click();
      confirm.click();
    });
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('while busy, says so and neither acts again nor closes', () => {
    const action = vi.fn();
    render(<Harness action={action} keepBusy />);
    openDialog();
    fireEvent.click(screen.getByTestId('confirm-dialog-confirm'));
    const confirm = screen.getByTestId('confirm-dialog-confirm');
    expect(confirm.textContent).toBe('Cancelling…');
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(confirm);
    fireEvent.click(screen.getByTestId('confirm-dialog-cancel'));
    fireEvent.keyDown(confirm, { key: 'Escape' });
    expect(action).toHaveBeenCalledTimes(1);
    expect((screen.getByTestId('confirm-dialog') as HTMLDialogElement).open).toBe(true);
  });
});
