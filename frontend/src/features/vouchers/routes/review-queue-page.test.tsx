import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { renderQueuePage } from '../test/render';
import ReviewQueuePage from './review-queue-page';

const row = {
  __typename: 'VoucherApplication',
  id: 'a1',
  reference: 'DE-KH-CYBER-2027-A-000123',
  status: 'SUBMITTED',
  currency: 'EUR',
  requestedAmount: '20000.00',
  estimatedTotal: '42000.00',
  submittedAt: '2027-01-10T09:00:00Z',
  cutoff: null,
  organisation: { __typename: 'Organisation', id: 'o1', name: 'Klinikum Nord' },
  program: { __typename: 'VoucherProgram', id: 'p1', code: 'DE-KH-CYBER-2027', name: 'Hospital vouchers' },
};

async function renderQueue(initialEntry: string, totalCount = 42) {
  const { filtersSent } = await renderQueuePage(<ReviewQueuePage />, {
    path: '/agency/reviews',
    initialEntry,
    programme: row.program,
    list: () => ({
      data: {
        reviewQueue: {
          __typename: 'VoucherApplicationConnection',
          totalCount,
          nodes: [row],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    }),
  });
  return { queueFilters: () => filtersSent('ReviewQueue') };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('The review queue page', () => {
  it('asks for the queue under the filters of the address and shows the count and each reference', async () => {
    const { queueFilters } = await renderQueue('/agency/reviews?q=Nord&stage=second&from=2027-01-01');
    await waitFor(() => expect(screen.getByTestId('queue-count').textContent).toBe('42 applications'));
    expect(screen.getByTestId('review-reference').textContent).toBe('DE-KH-CYBER-2027-A-000123');
    expect(queueFilters()[0]).toEqual({ search: 'Nord', submittedFrom: '2027-01-01T00:00:00Z', recommended: true });
    expect((screen.getByLabelText(en.queueFilters.search) as HTMLInputElement).value).toBe('Nord');
    expect((screen.getByLabelText(en.queueFilters.stage) as HTMLSelectElement).value).toBe('second');
  });

  it('says one application in the singular', async () => {
    await renderQueue('/agency/reviews', 1);
    await waitFor(() => expect(screen.getByTestId('queue-count').textContent).toBe('1 application'));
  });

  it('writes the applied filters to the address and asks again with them', async () => {
    const { queueFilters } = await renderQueue('/agency/reviews');
    await screen.findByTestId('review-reference');
    const programme = screen.getByLabelText(en.queueFilters.programme);
    await waitFor(() => expect(within(programme).getByRole('option', { name: 'Hospital vouchers (DE-KH-CYBER-2027)' })).toBeTruthy());
    fireEvent.change(screen.getByLabelText(en.queueFilters.search), { target: { value: 'DE-KH-CYBER-2027-A-000123' } });
    fireEvent.change(programme, { target: { value: 'p1' } });
    fireEvent.change(screen.getByLabelText(en.queueFilters.to), { target: { value: '2027-01-31' } });
    fireEvent.click(screen.getByRole('button', { name: en.queueFilters.apply }));
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe('?programme=p1&q=DE-KH-CYBER-2027-A-000123&to=2027-01-31'),
    );
    await waitFor(() =>
      expect(queueFilters().at(-1)).toEqual({
        programId: 'p1',
        search: 'DE-KH-CYBER-2027-A-000123',
        submittedBefore: '2027-02-01T00:00:00Z',
      }),
    );
    expect(screen.getByRole('link', { name: en.queueFilters.clear }).getAttribute('href')).toBe('/agency/reviews');
  });

  it('downloads the CSV of the filtered queue with the bearer token', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response('reference\r\n', { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    await renderQueue('/agency/reviews?q=Nord&programme=p1');
    await screen.findByTestId('review-reference');
    fireEvent.click(screen.getByRole('button', { name: en.queueFilters.export }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/review-queue.csv?programId=p1&search=Nord');
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer token-1');
  });
});
