import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { CancelVoucher, voucherRelease } from './cancel-voucher';

describe('voucherRelease', () => {
  it.each([
    [{ amount: '18000.00', redeemed: '0.00', prefinanced: '3600.00' }, '14400.00'],
    [{ amount: '18000.00', redeemed: '5000.00', prefinanced: '3600.00' }, '13000.00'],
    [{ amount: '18000.00', redeemed: '18000.00', prefinanced: '3600.00' }, '0.00'],
  ])('releases the amount less the larger of redeemed and pre-financed (%o → %s)', (voucher, expected) => {
    expect(voucherRelease(voucher)).toBe(expected);
  });
});

describe('CancelVoucher', () => {
  it('says what returns to the budget and cancels only once confirmed', async () => {
    const onCancelled = vi.fn();
    const { client, fetchMock } = mockClient(() => ({
      data: {
        cancelVoucher: {
          __typename: 'Voucher',
          id: 'v1',
          status: 'CANCELLED',
          currency: 'EUR',
          amount: '18000.00',
          redeemed: '0.00',
          remaining: '0.00',
          issuedAt: '2026-01-01T00:00:00Z',
          expiresAt: '2026-12-31T00:00:00Z',
          closedAt: '2026-02-01T00:00:00Z',
          closeReason: 'Closed.',
        },
      },
    }));
    await renderWithProviders(
      <CancelVoucher voucherId="v1" organisation="Klinik Nord" release="14400.00" currency="EUR" onCancelled={onCancelled} onStale={vi.fn()} />,
      { client },
    );
    fireEvent.click(screen.getByTestId('cancel-voucher'));
    fireEvent.change(screen.getByLabelText(en.vouchers.cancelReason), { target: { value: 'The clinic closed.' } });
    fireEvent.click(screen.getByTestId('cancel-voucher-confirm'));
    expect(fetchMock).not.toHaveBeenCalled();
    const dialog = screen.getByTestId('cancel-voucher-dialog');
    expect(dialog.textContent).toContain('€14,400.00, what was neither redeemed nor paid in advance, returns to the programme’s available budget.');
    expect(screen.getByTestId('cancel-voucher-dialog-confirm').textContent).toBe('Cancel the voucher and release €14,400.00');
    expect(screen.getByTestId('cancel-voucher-dialog-cancel').textContent).toBe(en.vouchers.keep);
    fireEvent.click(screen.getByTestId('cancel-voucher-dialog-cancel'));
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('cancel-voucher-confirm'));
    fireEvent.click(screen.getByTestId('cancel-voucher-dialog-confirm'));
    await waitFor(() => expect(onCancelled).toHaveBeenCalledOnce());
    expect(fetchMock).toHaveBeenCalledOnce();
  });
});
