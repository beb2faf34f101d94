import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { application } from '../test/fixtures';
import { DecisionPanel, type Recommendation } from './decision-panel';

const amountLabel = en.review.approveAmount.replace('{{currency}}', 'EUR');
const rule = { mode: 'AT_OR_ABOVE' as const, threshold: '10000.00' };
const notRecommended: Recommendation = { recommendedById: null, recommendedByYou: false, recommendedAmount: null, recommendedAt: null };

async function render(respond: (operation: string) => unknown, recommendation: Recommendation = notRecommended) {
  const onDecided = vi.fn();
  const mock = mockClient(respond);
  await renderWithProviders(
    <DecisionPanel
      applicationId="a1"
      currency="EUR"
      requestedAmount="20000.00"
      minVoucher="5000.00"
      prefinancingShare="20"
      available="50000.00"
      fourEyes={rule}
      recommendation={recommendation}
      onDecided={onDecided}
    />,
    { client: mock.client },
  );
  return { ...mock, onDecided };
}

function variablesOf(call: unknown[] | undefined): Record<string, unknown> {
  const init = call?.[1] as RequestInit | undefined;
  return (JSON.parse(String(init?.body)) as { variables: Record<string, unknown> }).variables;
}

describe('DecisionPanel under four eyes', () => {
  it('offers to recommend, not approve, at or above the threshold, and sends nothing before confirming', async () => {
    const { fetchMock, onDecided } = await render(() => ({
      data: {
        recommendVoucherApplication: application({
          status: 'SUBMITTED',
          recommendedById: 'u1',
          recommendedByYou: true,
          recommendedAmount: '18000.00',
          recommendedAt: '2026-12-01T10:00:00Z',
        }),
      },
    }));
    expect(screen.queryByTestId('approve')).toBeNull();
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '18000' } });
    fireEvent.click(screen.getByTestId('recommend'));
    const dialog = screen.getByTestId('recommend-confirm');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.textContent).toContain('Recommend €18,000.00 for approval; a second officer must approve it.');
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('recommend-confirm-confirm'));
    await waitFor(() =>
      expect(onDecided).toHaveBeenCalledWith({
        tone: 'success',
        text: 'You recommended €18,000.00 for approval; another officer must approve it.',
      }),
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(variablesOf(fetchMock.mock.calls[0])).toEqual({ id: 'a1', amount: '18000' });
  });

  it('lets one officer approve alone an amount typed below the threshold', async () => {
    await render(() => ({}));
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '9000' } });
    expect(screen.getByTestId('approve')).toBeTruthy();
    expect(screen.queryByTestId('recommend')).toBeNull();
  });

  it('shows the recommender that another officer must approve, with no approve button', async () => {
    await render(() => ({}), {
      recommendedById: 'u1',
      recommendedByYou: true,
      recommendedAmount: '18000.00',
      recommendedAt: '2026-12-01T10:00:00Z',
    });
    expect(screen.getByTestId('recommended-by-you').textContent).toMatch(
      /^You recommended €18,000\.00 on .+; another officer must approve it\.$/,
    );
    expect(screen.queryByTestId('approve')).toBeNull();
    expect(screen.queryByTestId('recommend')).toBeNull();
    expect(screen.getByTestId('reject')).toBeTruthy();
  });

  it('lets another officer approve the recommended amount after the confirmation with the budget effect', async () => {
    const { fetchMock, onDecided } = await render(
      () => ({
        data: {
          approveVoucherApplication: {
            ...application({ status: 'APPROVED' }),
            voucher: { id: 'v1', status: 'ISSUED', amount: '18000.00', currency: 'EUR' },
          },
        },
      }),
      { recommendedById: 'u1', recommendedByYou: false, recommendedAmount: '18000.00', recommendedAt: '2026-12-01T10:00:00Z' },
    );
    expect(screen.getByTestId('recommended-by-other').textContent).toContain('Another officer recommended €18,000.00 on');
    fireEvent.click(screen.getByTestId('approve'));
    expect(screen.getByTestId('approve-confirm-confirm').textContent).toBe('Approve €18,000.00 and pay €3,600.00');
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('approve-confirm-confirm'));
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith({ tone: 'success', text: expect.stringContaining('€18,000.00') }));
    expect(variablesOf(fetchMock.mock.calls[0])).toMatchObject({ id: 'a1', amount: null });
  });

  it('says in its own sentence that the recommender may not approve', async () => {
    const { onDecided } = await render(() => errorBody({ code: 'VALIDATION', field: 'recommendedBy' }), {
      recommendedById: 'u1',
      recommendedByYou: false,
      recommendedAmount: '18000.00',
      recommendedAt: '2026-12-01T10:00:00Z',
    });
    fireEvent.click(screen.getByTestId('approve'));
    fireEvent.click(screen.getByTestId('approve-confirm-confirm'));
    await waitFor(() =>
      expect(onDecided).toHaveBeenCalledWith({ tone: 'error', text: en.review.fourEyes.recommenderMayNotApprove }),
    );
  });

  it('says in its own sentence that an approval needs a recommendation first', async () => {
    const { onDecided } = await render(() => errorBody({ code: 'INVALID_STATE_TRANSITION' }));
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '9000' } });
    fireEvent.click(screen.getByTestId('approve'));
    fireEvent.click(screen.getByTestId('approve-confirm-confirm'));
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith({ tone: 'error', text: en.review.fourEyes.needsRecommendation }));
  });
});

describe('DecisionPanel budget effect', () => {
  it('shows what approving commits, pays and leaves available before anyone clicks, following the amount typed', async () => {
    const { fetchMock } = await render(() => ({ data: {} }));
    const effect = screen.getByTestId('decision-budget-effect');
    // The amount asked: €20,000.00, 20 % pre-financing, €50,000.00 available now.
    expect(effect.textContent).toContain('€20,000.00 is committed');
    expect(effect.textContent).toContain('€4,000.00 (20 % of the voucher)');
    expect(effect.textContent).toContain('€30,000.00 available (now €50,000.00)');
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '12500' } });
    expect(effect.textContent).toContain('€12,500.00 is committed');
    expect(effect.textContent).toContain('€2,500.00 (20 % of the voucher)');
    expect(effect.textContent).toContain('€37,500.00 available');
    // An amount above the one asked is not previewed: the panel keeps the amount asked.
    fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: '25000' } });
    expect(effect.textContent).toContain('€20,000.00 is committed');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
