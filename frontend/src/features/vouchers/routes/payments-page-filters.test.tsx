import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { listedRedemption, redemptionsAnswer } from '../test/fixtures';
import { renderQueuePage } from '../test/render';
import PaymentsPage from './payments-page';

/** A payment another officer (Anna Weber) recommended, under "every payment" four eyes. */
const recommended = listedRedemption(
  {
    recommendedById: 'u2',
    recommendedAt: '2027-03-02T10:00:00Z',
    recommendedBy: { __typename: 'Officer', id: 'u2', displayName: 'Anna Weber' },
  },
  { mode: 'ALL', threshold: null },
);

async function renderPayments(initialEntry: string, totalCount = 12) {
  const { filtersSent } = await renderQueuePage(<PaymentsPage />, {
    path: '/agency/payments',
    initialEntry,
    programme: recommended.voucher.program,
    list: () => redemptionsAnswer([recommended], totalCount),
  });
  return { filtersSent: () => filtersSent('Redemptions') };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('The payment queue', () => {
  it('asks for the payments under the filters of the address, and counts them', async () => {
    const { filtersSent } = await renderPayments('/agency/payments?q=Nord&stage=second&programme=p1&from=2027-03-01');
    await waitFor(() => expect(screen.getByTestId('queue-count').textContent).toBe('12 payments'));
    expect(filtersSent()[0]).toEqual({
      status: 'PENDING_PAYMENT',
      programId: 'p1',
      search: 'Nord',
      redeemedFrom: '2027-03-01T00:00:00Z',
      recommended: true,
    });
    expect((screen.getByLabelText(en.queueFilters.search) as HTMLInputElement).value).toBe('Nord');
    expect(screen.getByLabelText(en.queueFilters.payments.from)).toBeTruthy();
  });

  it('names the officer who recommended a payment to the one who may approve it', async () => {
    await renderPayments('/agency/payments');
    expect((await screen.findByTestId('payment-recommended-by-other')).textContent).toMatch(
      /^Anna Weber recommended this payment on .+\. You may approve it\.$/,
    );
    expect(screen.getByTestId('approve-payment')).toBeTruthy();
  });

  it('writes the applied filters to the address, and clearing goes back to the whole queue', async () => {
    const { filtersSent } = await renderPayments('/agency/payments');
    await screen.findByTestId('payment-row');
    fireEvent.change(screen.getByLabelText(en.queueFilters.search), { target: { value: 'INV-7' } });
    fireEvent.change(screen.getByLabelText(en.queueFilters.stage), { target: { value: 'first' } });
    fireEvent.change(screen.getByLabelText(en.queueFilters.payments.to), { target: { value: '2027-03-31' } });
    fireEvent.click(screen.getByRole('button', { name: en.queueFilters.apply }));
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('?q=INV-7&to=2027-03-31&stage=first'));
    await waitFor(() =>
      expect(filtersSent().at(-1)).toEqual({
        status: 'PENDING_PAYMENT',
        search: 'INV-7',
        redeemedBefore: '2027-04-01T00:00:00Z',
        recommended: false,
      }),
    );
    expect(screen.getByRole('link', { name: en.queueFilters.clear }).getAttribute('href')).toBe('/agency/payments');
  });

  it('downloads the CSV of the filtered payments with the bearer token', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response('reference\r\n', { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    await renderPayments('/agency/payments?q=Nord');
    await screen.findByTestId('payment-row');
    fireEvent.click(screen.getByRole('button', { name: en.queueFilters.export }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/redemptions.csv?status=PENDING_PAYMENT&search=Nord');
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer token-1');
  });
});
