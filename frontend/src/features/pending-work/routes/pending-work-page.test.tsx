import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PendingQueueFieldsFragment } from '@/gql/graphql';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import PendingWorkPage from './pending-work-page';

type Queue = PendingQueueFieldsFragment;
type Item = Queue['items'][number];

function item(id: string, days: number, extra: Partial<Item> = {}): Item {
  return {
    id,
    reference: `DE-DAY-A-00000${id.slice(-1)}`,
    organisationId: `org-${id}`,
    organisationName: `Klinik ${id}`,
    waitingSince: new Date(Date.UTC(2027, 2, 7 - days, 9)).toISOString(),
    waitingDays: days,
    amount: '3000.00',
    currency: 'EUR',
    recommendedByYou: false,
    actionable: true,
    ...extra,
  };
}

function queue(kind: Queue['kind'], items: Item[], extra: Partial<Queue> = {}): Queue {
  return {
    kind,
    count: items.length,
    actionableCount: items.filter((i) => i.actionable).length,
    oldestWaitingSince: items[0]?.waitingSince ?? null,
    oldestWaitingDays: items[0]?.waitingDays ?? null,
    items,
    ...extra,
  };
}

const WORK = {
  asOf: '2027-03-07T09:00:00Z',
  reviews: queue('REVIEW', [item('a1', 12), item('a2', 1)], { count: 7, actionableCount: 7 }),
  secondApprovals: queue('SECOND_APPROVAL', [item('a3', 3, { recommendedByYou: true, actionable: false })]),
  payments: queue('PAYMENT', []),
  paymentSecondApprovals: queue('PAYMENT_SECOND_APPROVAL', []),
  verifications: queue('VERIFICATION', [item('o1', 0, { reference: null, amount: null, currency: null })]),
};

async function show(respond: () => unknown, language: 'en' | 'de' | 'fr' = 'en') {
  const { client, fetchMock } = mockClient(respond);
  await renderWithProviders(<PendingWorkPage />, { client, language, path: '/agency/pending' });
  return fetchMock;
}

describe('the pending work page', () => {
  it('counts each kind, ages its oldest in words and lists the oldest first, linking to where each is dealt with', async () => {
    const fetchMock = await show(() => ({ data: { pendingWork: WORK } }));
    const reviews = within(await screen.findByRole('region', { name: 'Applications to review' }));
    expect(reviews.getByTestId('pending-count').textContent).toBe('7 waiting');
    expect(reviews.getByTestId('pending-oldest').textContent).toContain('the oldest waiting 12 days');
    const list = reviews.getByRole('list', { name: 'Applications to review, oldest first' });
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Klinik a1', '/agency/reviews/a1'],
      ['Klinik a2', '/agency/reviews/a2'],
    ]);
    expect(within(list).getAllByTestId('pending-item-age').map((e) => e.textContent)).toEqual([
      '(waiting 12 days)',
      '(waiting 1 day)',
    ]);
    expect(reviews.getByRole('link', { name: 'Open the review queue' }).getAttribute('href')).toBe('/agency/reviews');
    expect(screen.getByTestId('pending-total').textContent).toContain('9 items are waiting in all.');
    // Five of each kind are asked for.
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as { variables: { first: number } };
    expect(body.variables.first).toBe(5);
  });

  it('tells the recommender which second approvals another officer must make', async () => {
    await show(() => ({ data: { pendingWork: WORK } }));
    const second = within(await screen.findByRole('region', { name: 'Applications awaiting a second approval' }));
    expect(second.getByTestId('pending-left-to-others').textContent).toBe(
      '1 of them you recommended yourself: another officer approves it.',
    );
    expect(second.getByTestId('pending-item').getAttribute('data-actionable')).toBe('false');
    expect(second.getByTestId('pending-recommended-by-you')).toBeTruthy();
  });

  it('shows an empty state where nothing waits, and a registration waiting since today', async () => {
    await show(() => ({ data: { pendingWork: WORK } }));
    const payments = within(await screen.findByRole('region', { name: 'Payments to approve' }));
    expect(payments.getByTestId('empty').textContent).toBe('No payment is waiting for approval.');
    expect(payments.queryByRole('list')).toBeNull();
    expect(payments.getByRole('link', { name: 'Open the payments to approve' }).getAttribute('href')).toBe('/agency/payments');
    const verifications = within(screen.getByRole('region', { name: 'Organisations to verify' }));
    expect(verifications.getByTestId('pending-oldest').textContent).toContain('waiting since today');
    expect(verifications.getByRole('link', { name: 'Klinik o1' }).getAttribute('href')).toBe('/agency/verifications');
  });

  it('speaks German', async () => {
    await show(() => ({ data: { pendingWork: WORK } }), 'de');
    const reviews = within(await screen.findByRole('region', { name: 'Zu prüfende Anträge' }));
    expect(reviews.getByTestId('pending-oldest').textContent).toContain('wartet seit 12 Tagen');
  });

  it('speaks French too', async () => {
    await show(() => ({ data: { pendingWork: WORK } }), 'fr');
    const reviews = within(await screen.findByRole('region', { name: 'Demandes à examiner' }));
    expect(reviews.getByTestId('pending-oldest').textContent).toContain('en attente depuis 12 jours');
  });

  it('says so when the server refuses, with a retry', async () => {
    await show(() => errorBody({ code: 'FORBIDDEN' }));
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('The pending work could not be loaded.');
    expect(within(error).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
