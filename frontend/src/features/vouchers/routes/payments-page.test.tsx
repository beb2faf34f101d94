import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { listedRedemption, redemptionsAnswer } from '../test/fixtures';
import { renderPaymentsPage } from '../test/render';

describe('PaymentsPage', () => {
  it('says when no invoice is attached, next to the payment and before paying', async () => {
    await renderPaymentsPage(() => redemptionsAnswer([listedRedemption({ attachments: [] })]));
    fireEvent.click(await screen.findByTestId('approve-payment'));
    expect(screen.getByTestId('payment-r1-invoice-empty').textContent).toBe(en.payments.invoicesEmpty);
    expect(screen.getByTestId('pay-confirm-no-invoice').textContent).toBe(en.confirm.payNoInvoice);
  });

  it('lists the invoice, says what is paid and pays only once confirmed', async () => {
    const redemption = listedRedemption();
    const { sent } = await renderPaymentsPage((operation, sentSoFar) => {
      if (operation === 'ApprovePayment') return { data: { approveRedemptionPayment: { ...redemption, status: 'PAID', paidAt: '2026-03-02T10:00:00Z' } } };
      return redemptionsAnswer(sentSoFar.includes('ApprovePayment') ? [] : [redemption]);
    });
    fireEvent.click(await screen.findByTestId('approve-payment'));
    expect(screen.getByTestId('payment-r1-invoice-list').textContent).toContain('INV-7.pdf');
    expect(screen.getByRole('button', { name: 'Download INV-7.pdf' })).toBeTruthy();
    expect(screen.queryByTestId('pay-confirm-no-invoice')).toBeNull();
    expect(screen.getByTestId('pay-confirm').textContent).toContain('€1,400.00 is disbursed from the programme’s budget: the €5,000.00 the voucher covers');
    expect(screen.getByTestId('pay-confirm-confirm').textContent).toBe('Approve and pay €1,400.00');
    fireEvent.click(screen.getByTestId('pay-confirm-cancel'));
    expect(sent).not.toContain('ApprovePayment');
    fireEvent.click(screen.getByTestId('approve-payment'));
    fireEvent.click(screen.getByTestId('pay-confirm-confirm'));
    await waitFor(() => expect(screen.getByTestId('payments-status').textContent).toContain('INV-7'));
    expect(sent.filter((o) => o === 'ApprovePayment')).toHaveLength(1);
  });
});
