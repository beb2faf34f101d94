import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody } from '@/test/mock-client';
import { application, approvedAnswer } from '../test/fixtures';
import { amountLabel, approveAndConfirm, renderDecisionPanel as render } from '../test/render';

describe('DecisionPanel', () => {
  it('says what approving does before sending anything, and sends nothing when not confirmed', async () => {
    const { fetchMock } = await render(() => ({}));
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '18000' } });
    fireEvent.click(screen.getByTestId('approve'));
    const dialog = screen.getByTestId('approve-confirm');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.textContent).toContain('€18,000.00 is committed from the programme’s budget');
    expect(screen.getByTestId('approve-confirm-prefinancing').textContent).toBe(
      'The pre-financing of €3,600.00 (20 % of the voucher) is paid to the clinic now.',
    );
    expect(screen.getByTestId('approve-confirm-available').textContent).toBe(
      'The programme then has €32,000.00 available (now €50,000.00).',
    );
    expect(screen.getByTestId('approve-confirm-confirm').textContent).toBe('Approve €18,000.00 and pay €3,600.00');
    expect(document.activeElement).toBe(screen.getByTestId('approve-confirm-cancel'));
    fireEvent.click(screen.getByTestId('approve-confirm-cancel'));
    expect((dialog as HTMLDialogElement).open).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('confirms the amount asked when none is typed', async () => {
    await render(() => ({}));
    fireEvent.click(screen.getByTestId('approve'));
    expect(screen.getByTestId('approve-confirm-confirm').textContent).toBe('Approve €20,000.00 and pay €4,000.00');
  });

  it('says what rejecting does and quotes the reason before sending', async () => {
    const { fetchMock, onDecided } = await render(() => ({ data: { rejectVoucherApplication: application({ status: 'REJECTED' }) } }));
    fireEvent.change(screen.getByLabelText(en.review.rejectReason), { target: { value: 'Not a healthcare provider.' } });
    fireEvent.click(screen.getByTestId('reject'));
    expect(screen.getByTestId('reject-confirm').textContent).toContain('Not a healthcare provider.');
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('reject-confirm-confirm'));
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith({ tone: 'success', text: en.review.rejected }));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('says clearly when the funds do not cover the voucher', async () => {
    const { onDecided } = await render(() => errorBody({ code: 'INSUFFICIENT_FUNDS' }));
    approveAndConfirm();
    expect((await screen.findByTestId('decision-outcome')).textContent).toBe(en.review.insufficientFunds);
    expect(onDecided).not.toHaveBeenCalled();
  });

  it('refuses an amount above the one asked before sending, and sends a lower one as typed', async () => {
    const { fetchMock, onDecided } = await render(() => approvedAnswer());
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '25000' } });
    fireEvent.click(screen.getByTestId('approve'));
    expect(screen.getByTestId('decision-amount-error').textContent).toBe(en.review.aboveRequested);
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '18000,00' } });
    approveAndConfirm();
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith({ tone: 'success', text: expect.stringContaining('€18,000.00') }));
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as { variables: Record<string, unknown> };
    expect(body.variables).toEqual({ id: 'a1', amount: '18000.00', key: expect.stringMatching(/^web-/) });
  });

  it('retries a decision whose answer was lost with the same idempotency key', async () => {
    let calls = 0;
    const { fetchMock, onDecided } = await render(() => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return approvedAnswer();
    });
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '18000' } });
    approveAndConfirm();
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('approve')).not.toHaveProperty('disabled', true));
    approveAndConfirm();
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    const keys = fetchMock.mock.calls.map((c) => (JSON.parse(String(c[1]?.body)) as { variables: { key: string } }).variables.key);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('puts VALIDATION on amount next to the field (below the minimum)', async () => {
    await render(() => errorBody({ code: 'VALIDATION', field: 'amount' }));
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '100' } });
    approveAndConfirm();
    expect((await screen.findByTestId('decision-amount-error')).textContent).toBe(en.applicationForm.problems.server);
  });

  it('asks for a reason before rejecting', async () => {
    const { fetchMock } = await render(() => ({ data: { rejectVoucherApplication: application({ status: 'REJECTED' }) } }));
    fireEvent.click(screen.getByTestId('reject'));
    expect(screen.getByTestId('decision-reason-error').textContent).toBe(en.applicationForm.problems.required);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
