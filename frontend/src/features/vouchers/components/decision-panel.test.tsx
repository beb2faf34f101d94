import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { application } from '../test/fixtures';
import { DecisionPanel } from './decision-panel';

const amountLabel = en.review.approveAmount.replace('{{currency}}', 'EUR');

async function render(respond: (operation: string) => unknown, onDecided = vi.fn()) {
  const mock = mockClient(respond);
  await renderWithProviders(
    <DecisionPanel applicationId="a1" currency="EUR" requestedAmount="20000.00" minVoucher="5000.00" onDecided={onDecided} />,
    { client: mock.client },
  );
  return { ...mock, onDecided };
}

describe('DecisionPanel', () => {
  it('says clearly when the funds do not cover the voucher', async () => {
    const { onDecided } = await render(() => errorBody({ code: 'INSUFFICIENT_FUNDS' }));
    fireEvent.click(screen.getByTestId('approve'));
    expect((await screen.findByTestId('decision-outcome')).textContent).toBe(en.review.insufficientFunds);
    expect(onDecided).not.toHaveBeenCalled();
  });

  it('refuses an amount above the one asked before sending, and sends a lower one as typed', async () => {
    const { fetchMock, onDecided } = await render(() => ({
      data: { approveVoucherApplication: { ...application({ status: 'APPROVED' }), voucher: { id: 'v1', status: 'ISSUED', amount: '18000.00', currency: 'EUR' } } },
    }));
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '25000' } });
    fireEvent.click(screen.getByTestId('approve'));
    expect(screen.getByTestId('decision-amount-error').textContent).toBe(en.review.aboveRequested);
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '18000,00' } });
    fireEvent.click(screen.getByTestId('approve'));
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith({ tone: 'success', text: expect.stringContaining('€18,000.00') }));
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as { variables: Record<string, unknown> };
    expect(body.variables).toEqual({ id: 'a1', amount: '18000.00', key: expect.stringMatching(/^web-/) });
  });

  it('retries a decision whose answer was lost with the same idempotency key', async () => {
    let calls = 0;
    const { fetchMock, onDecided } = await render(() => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return { data: { approveVoucherApplication: { ...application({ status: 'APPROVED' }), voucher: { id: 'v1', status: 'ISSUED', amount: '18000.00', currency: 'EUR' } } } };
    });
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '18000' } });
    fireEvent.click(screen.getByTestId('approve'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('approve')).not.toHaveProperty('disabled', true));
    fireEvent.click(screen.getByTestId('approve'));
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    const keys = fetchMock.mock.calls.map((c) => (JSON.parse(String(c[1]?.body)) as { variables: { key: string } }).variables.key);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('puts VALIDATION on amount next to the field (below the minimum)', async () => {
    await render(() => errorBody({ code: 'VALIDATION', field: 'amount' }));
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '100' } });
    fireEvent.click(screen.getByTestId('approve'));
    expect((await screen.findByTestId('decision-amount-error')).textContent).toBe(en.applicationForm.problems.server);
  });

  it('asks for a reason before rejecting', async () => {
    const { fetchMock } = await render(() => ({ data: { rejectVoucherApplication: application({ status: 'REJECTED' }) } }));
    fireEvent.click(screen.getByTestId('reject'));
    expect(screen.getByTestId('decision-reason-error').textContent).toBe(en.applicationForm.problems.required);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
