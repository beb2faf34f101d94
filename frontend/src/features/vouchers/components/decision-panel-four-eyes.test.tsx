import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, variablesOf } from '@/test/mock-client';
import { application, approvedAnswer } from '../test/fixtures';
import { amountLabel, renderDecisionPanel } from '../test/render';
import type { Recommendation } from './decision-panel';

const rule = { mode: 'AT_OR_ABOVE' as const, threshold: '10000.00' };

/** The panel under a four-eyes rule from €10,000.00 on, with `recommendation` (none by default). */
function render(respond: (operation: string) => unknown, recommendation: Recommendation | null = null) {
  return renderDecisionPanel(respond, { fourEyes: rule, recommendation });
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
      () => approvedAnswer(),
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

  it('names the colleague who recommended it, when the server names them', async () => {
    await render(() => approvedAnswer(), {
      recommendedById: 'u1',
      recommendedBy: { displayName: 'Anna Weber' },
      recommendedByYou: false,
      recommendedAmount: '18000.00',
      recommendedAt: '2026-12-01T10:00:00Z',
    });
    expect(screen.getByTestId('recommended-by-other').textContent).toMatch(
      /^Anna Weber recommended €18,000\.00 on .+\. You may approve it\.$/,
    );
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
