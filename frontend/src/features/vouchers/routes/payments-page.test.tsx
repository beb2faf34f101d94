import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import PaymentsPage from './payments-page';

const redemption = {
  __typename: 'Redemption',
  id: 'r1',
  status: 'PENDING_PAYMENT',
  invoiceReference: 'INV-7',
  serviceCategory: 'PENETRATION_TESTING',
  currency: 'EUR',
  invoiceAmount: '10000.00',
  covered: '5000.00',
  clinicPays: '5000.00',
  payable: '1400.00',
  createdAt: '2026-03-01T10:00:00Z',
  paidAt: null,
  attachments: [{ __typename: 'Attachment', id: 'f1', kind: 'INVOICE', name: 'INV-7.pdf', contentType: 'application/pdf', sizeBytes: 4096 }],
  serviceProvider: { __typename: 'Organisation', id: 'sp', name: 'SecureCare MSSP' },
  voucher: {
    __typename: 'Voucher',
    id: 'v1',
    program: { __typename: 'VoucherProgram', id: 'p1', code: 'DE-1', name: 'Programme' },
    application: { __typename: 'VoucherApplication', id: 'a1', organisation: { __typename: 'Organisation', id: 'o1', name: 'Klinik Nord' } },
  },
};

function listing(nodes: unknown[]) {
  return {
    data: {
      redemptions: {
        __typename: 'RedemptionConnection',
        nodes,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  };
}

describe('PaymentsPage', () => {
  it('says when no invoice is attached, next to the payment and before paying', async () => {
    const { client } = mockClient(() => listing([{ ...redemption, attachments: [] }]));
    await renderWithProviders(<PaymentsPage />, { client });
    fireEvent.click(await screen.findByTestId('approve-payment'));
    expect(screen.getByTestId('payment-r1-invoice-empty').textContent).toBe(en.payments.invoicesEmpty);
    expect(screen.getByTestId('pay-confirm-no-invoice').textContent).toBe(en.confirm.payNoInvoice);
  });

  it('lists the invoice, says what is paid and pays only once confirmed', async () => {
    const sent: string[] = [];
    const { client } = mockClient((operation) => {
      sent.push(operation);
      if (operation === 'ApprovePayment') return { data: { approveRedemptionPayment: { ...redemption, status: 'PAID', paidAt: '2026-03-02T10:00:00Z' } } };
      return {
        data: {
          redemptions: {
            __typename: 'RedemptionConnection',
            nodes: sent.includes('ApprovePayment') ? [] : [redemption],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      };
    });
    await renderWithProviders(<PaymentsPage />, { client });
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
