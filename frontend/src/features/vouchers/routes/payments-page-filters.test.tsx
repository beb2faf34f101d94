import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { createSessionStore } from '@/lib/session';
import { memoryStorage } from '@/lib/storage';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import PaymentsPage from './payments-page';

function Where() {
  return <p data-testid="where">{useLocation().search}</p>;
}

function signedIn() {
  const store = createSessionStore({ storage: memoryStorage() });
  store.start({
    token: 'token-1',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 'u1', email: 'officer@example.eu', displayName: 'Officer', role: 'AGENCY_OFFICER' },
  });
  return store;
}

const recommended = {
  __typename: 'Redemption',
  id: 'r1',
  reference: 'DE-KH-CYBER-2027-R-000007',
  paymentReference: null,
  status: 'PENDING_PAYMENT',
  invoiceReference: 'INV-7',
  serviceCategory: 'PENETRATION_TESTING',
  currency: 'EUR',
  invoiceAmount: '10000.00',
  covered: '5000.00',
  clinicPays: '5000.00',
  payable: '1400.00',
  createdAt: '2027-03-01T10:00:00Z',
  paidAt: null,
  recommendedById: 'u2',
  recommendedByYou: false,
  recommendedAt: '2027-03-02T10:00:00Z',
  recommendedBy: { __typename: 'Officer', id: 'u2', displayName: 'Anna Weber' },
  attachments: [],
  serviceProvider: { __typename: 'Organisation', id: 'sp', name: 'SecureCare MSSP' },
  voucher: {
    __typename: 'Voucher',
    id: 'v1',
    reference: 'DE-KH-CYBER-2027-V-000007',
    program: {
      __typename: 'VoucherProgram',
      id: 'p1',
      code: 'DE-KH-CYBER-2027',
      name: 'Hospital vouchers',
      fourEyes: { __typename: 'FourEyes', mode: 'ALL', threshold: null },
    },
    application: {
      __typename: 'VoucherApplication',
      id: 'a1',
      reference: null,
      organisation: { __typename: 'Organisation', id: 'o1', name: 'Klinikum Nord' },
    },
  },
};

interface Sent {
  operationName: string;
  variables: Record<string, unknown>;
}

async function renderPayments(initialEntry: string, totalCount = 12) {
  const mock = mockClient((operation) => {
    if (operation === 'ReviewOfficer') return { data: { me: { __typename: 'User', id: 'u1', memberState: { __typename: 'MemberState', code: 'DE' } } } };
    if (operation === 'ReviewProgrammes')
      return { data: { voucherPrograms: { __typename: 'VoucherProgramConnection', nodes: [recommended.voucher.program] } } };
    return {
      data: {
        redemptions: {
          __typename: 'RedemptionConnection',
          totalCount,
          nodes: [recommended],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    };
  });
  await renderWithProviders(
    <>
      <PaymentsPage />
      <Where />
    </>,
    { client: mock.client, path: '/agency/payments', initialEntry, store: signedIn() },
  );
  const filtersSent = () =>
    mock.fetchMock.mock.calls
      .map((call) => JSON.parse(String(call[1]?.body)) as Sent)
      .filter((sent) => sent.operationName === 'Redemptions')
      .map((sent) => sent.variables['filter']);
  return { filtersSent };
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
