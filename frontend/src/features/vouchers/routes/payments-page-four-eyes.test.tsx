import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import PaymentsPage from './payments-page';

const fourEyes = { __typename: 'FourEyes', mode: 'ALL', threshold: null };

function redemption(recommendation: { recommendedById: string | null; recommendedByYou: boolean; recommendedAt: string | null }) {
  return {
    __typename: 'Redemption',
    id: 'r1',
    reference: 'RED-1',
    paymentReference: null,
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
    ...recommendation,
    attachments: [],
    serviceProvider: { __typename: 'Organisation', id: 'sp', name: 'SecureCare MSSP' },
    voucher: {
      __typename: 'Voucher',
      id: 'v1',
      reference: null,
      program: { __typename: 'VoucherProgram', id: 'p1', code: 'DE-1', name: 'Programme', fourEyes },
      application: { __typename: 'VoucherApplication', id: 'a1', reference: null, organisation: { __typename: 'Organisation', id: 'o1', name: 'Klinik Nord' } },
    },
  };
}

function listing(node: unknown) {
  return {
    data: {
      redemptions: {
        __typename: 'RedemptionConnection',
        nodes: [node],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  };
}

const nobody = { recommendedById: null, recommendedByYou: false, recommendedAt: null };
const byYou = { recommendedById: 'u1', recommendedByYou: true, recommendedAt: '2026-12-01T10:00:00Z' };
const byOther = { recommendedById: 'u2', recommendedByYou: false, recommendedAt: '2026-12-01T10:00:00Z' };

describe('PaymentsPage under four eyes', () => {
  it('offers to recommend the payment, not to pay it, and recommends only once confirmed', async () => {
    const sent: string[] = [];
    const { client } = mockClient((operation) => {
      sent.push(operation);
      if (operation === 'RecommendPayment') return { data: { recommendRedemptionPayment: redemption(byYou) } };
      return listing(redemption(sent.includes('RecommendPayment') ? byYou : nobody));
    });
    await renderWithProviders(<PaymentsPage />, { client });
    fireEvent.click(await screen.findByTestId('recommend-payment'));
    expect(screen.queryByTestId('approve-payment')).toBeNull();
    expect(screen.getByTestId('recommend-payment-confirm').textContent).toContain(
      'Recommend paying €1,400.00; a second officer must approve it.',
    );
    fireEvent.click(screen.getByTestId('recommend-payment-confirm-cancel'));
    expect(sent).not.toContain('RecommendPayment');
    fireEvent.click(screen.getByTestId('recommend-payment'));
    fireEvent.click(screen.getByTestId('recommend-payment-confirm-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('payments-status').textContent).toBe(
        'You recommended paying €1,400.00 for invoice INV-7; another officer must approve it.',
      ),
    );
    expect(sent.filter((o) => o === 'RecommendPayment')).toHaveLength(1);
  });

  it('shows the recommender that another officer must approve, with no approve button', async () => {
    const { client } = mockClient(() => listing(redemption(byYou)));
    await renderWithProviders(<PaymentsPage />, { client });
    expect((await screen.findByTestId('payment-recommended-by-you')).textContent).toMatch(
      /^You recommended this payment on .+; another officer must approve it\.$/,
    );
    expect(screen.queryByTestId('approve-payment')).toBeNull();
    expect(screen.queryByTestId('recommend-payment')).toBeNull();
  });

  it('lets another officer approve a recommended payment', async () => {
    const { client } = mockClient(() => listing(redemption(byOther)));
    await renderWithProviders(<PaymentsPage />, { client });
    expect((await screen.findByTestId('payment-recommended-by-other')).textContent).toContain('Another officer recommended');
    fireEvent.click(screen.getByTestId('approve-payment'));
    expect(screen.getByTestId('pay-confirm-confirm').textContent).toBe(en.confirm.payConfirm.replace('{{amount}}', '€1,400.00'));
  });
});
