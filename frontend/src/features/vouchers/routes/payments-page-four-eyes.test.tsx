import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { listedRedemption, redemptionsAnswer } from '../test/fixtures';
import { renderPaymentsPage } from '../test/render';

const nobody = { recommendedById: null, recommendedByYou: false, recommendedAt: null };
const byYou = { recommendedById: 'u1', recommendedByYou: true, recommendedAt: '2026-12-01T10:00:00Z' };
const byOther = { recommendedById: 'u2', recommendedByYou: false, recommendedAt: '2026-12-01T10:00:00Z' };

/** The payment under a programme whose every payment needs four eyes, with no invoice. */
function redemption(recommendation: typeof nobody | typeof byYou) {
  return listedRedemption({ ...recommendation, attachments: [] }, { mode: 'ALL', threshold: null });
}

describe('PaymentsPage under four eyes', () => {
  it('offers to recommend the payment, not to pay it, and recommends only once confirmed', async () => {
    const { sent } = await renderPaymentsPage((operation, sentSoFar) => {
      if (operation === 'RecommendPayment') return { data: { recommendRedemptionPayment: redemption(byYou) } };
      return redemptionsAnswer([redemption(sentSoFar.includes('RecommendPayment') ? byYou : nobody)]);
    });
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
    await renderPaymentsPage(() => redemptionsAnswer([redemption(byYou)]));
    expect((await screen.findByTestId('payment-recommended-by-you')).textContent).toMatch(
      /^You recommended this payment on .+; another officer must approve it\.$/,
    );
    expect(screen.queryByTestId('approve-payment')).toBeNull();
    expect(screen.queryByTestId('recommend-payment')).toBeNull();
  });

  it('lets another officer approve a recommended payment', async () => {
    await renderPaymentsPage(() => redemptionsAnswer([redemption(byOther)]));
    expect((await screen.findByTestId('payment-recommended-by-other')).textContent).toContain('Another officer recommended');
    fireEvent.click(screen.getByTestId('approve-payment'));
    expect(screen.getByTestId('pay-confirm-confirm').textContent).toBe(en.confirm.payConfirm.replace('{{amount}}', '€1,400.00'));
  });
});
