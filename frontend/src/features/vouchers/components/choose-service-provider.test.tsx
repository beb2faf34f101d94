import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient, type Responder } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import ProviderVoucherPage from '../routes/provider-voucher-page';
import { directoryBody, SECURECARE_ID, voucherDetail } from '../test/fixtures';

function voucher(serviceProviderId: string | null, status = 'ISSUED') {
  return voucherDetail({ serviceProviderId, status });
}

interface Sent {
  operationName: string;
  variables: Record<string, unknown>;
}

/** The voucher page of an ISSUED voucher with no provider chosen; `choose` answers the mutation. */
async function renderPage(choose: Responder, detail: () => unknown = () => ({ data: { voucher: voucher(null) } })) {
  const mock = mockClient((operation, variables) => {
    if (operation === 'ServiceProviders') return directoryBody();
    if (operation === 'VoucherDetail') return detail();
    if (operation === 'MatchingServices') return { data: { matchingServices: [] } };
    return choose(operation, variables);
  });
  await renderWithProviders(<ProviderVoucherPage />, { client: mock.client, path: '/provider/vouchers/:id' });
  const picker = (await screen.findByLabelText(en.serviceProviders.label)) as HTMLSelectElement;
  await waitFor(() => expect(within(picker).getByRole('option', { name: 'SecureCare MSSP' })).toBeTruthy());
  const sent = () =>
    mock.fetchMock.mock.calls.map((call) => JSON.parse(String(call[1]?.body)) as Sent);
  return { picker, sent };
}

describe('Choosing the service provider on the voucher page', () => {
  it('sends chooseServiceProvider with the voucher and the provider, says so politely and reloads the page', async () => {
    let chosen: string | null = null;
    const { picker, sent } = await renderPage(
      (_operation, variables) => {
        chosen = typeof variables.serviceProviderId === 'string' ? variables.serviceProviderId : null;
        return { data: { chooseServiceProvider: { __typename: 'Voucher', id: 'v1', status: 'ISSUED', serviceProviderId: chosen } } };
      },
      () => ({ data: { voucher: voucher(chosen) } }),
    );
    expect(picker.value).toBe('');
    expect(screen.getByTestId('voucher-service-provider').textContent).toBe(en.vouchers.anyProvider);
    fireEvent.change(picker, { target: { value: SECURECARE_ID } });
    fireEvent.click(screen.getByTestId('choose-provider-submit'));
    const message = await screen.findByTestId('choose-provider-message');
    expect(message.getAttribute('role')).toBe('status');
    expect(message.textContent).toBe('Saved. Only SecureCare MSSP can now redeem this voucher.');
    const mutation = sent().find((body) => body.operationName === 'ChooseServiceProvider');
    expect(mutation?.variables).toEqual({ voucherId: 'v1', serviceProviderId: SECURECARE_ID });
    // The page's data is read again and shows the provider by name.
    await waitFor(() =>
      expect(screen.getByTestId('voucher-service-provider').textContent).toBe('SecureCare MSSP (Germany)'),
    );
    expect(sent().filter((body) => body.operationName === 'VoucherDetail').length).toBe(2);
    // Only read once for the page.
    expect(sent().filter((body) => body.operationName === 'ServiceProviders').length).toBe(1);
  });

  it('sends null for "Any service provider"', async () => {
    const variables: Record<string, unknown>[] = [];
    await renderPage(
      (_operation, vars) => {
        variables.push(vars);
        return { data: { chooseServiceProvider: { __typename: 'Voucher', id: 'v1', status: 'ISSUED', serviceProviderId: null } } };
      },
      () => ({ data: { voucher: voucher(SECURECARE_ID) } }),
    );
    const picker = screen.getByLabelText(en.serviceProviders.label) as HTMLSelectElement;
    expect(picker.value).toBe(SECURECARE_ID);
    fireEvent.change(picker, { target: { value: '' } });
    fireEvent.click(screen.getByTestId('choose-provider-submit'));
    expect((await screen.findByTestId('choose-provider-message')).textContent).toBe(en.serviceProviders.chosenAny);
    expect(variables).toEqual([{ voucherId: 'v1', serviceProviderId: null }]);
  });

  it('shows VALIDATION on serviceProviderId next to the field', async () => {
    const { picker } = await renderPage(() => errorBody({ code: 'VALIDATION', field: 'serviceProviderId' }));
    fireEvent.change(picker, { target: { value: SECURECARE_ID } });
    fireEvent.click(screen.getByTestId('choose-provider-submit'));
    const error = await screen.findByTestId('voucher-serviceProviderId-error');
    expect(error.textContent).toBe(en.serviceProviders.notVerified);
    expect(picker.getAttribute('aria-invalid')).toBe('true');
    expect(picker.getAttribute('aria-describedby')).toContain(error.id);
    expect(document.activeElement).toBe(picker);
    expect(screen.queryByTestId('choose-provider-message')).toBeNull();
  });

  it('says so when the voucher is no longer active (INVALID_STATE_TRANSITION), and the form goes', async () => {
    let stale = false;
    await renderPage(
      () => {
        stale = true;
        return errorBody({ code: 'INVALID_STATE_TRANSITION' });
      },
      () => ({ data: { voucher: voucher(null, stale ? 'CANCELLED' : 'ISSUED') } }),
    );
    fireEvent.click(screen.getByTestId('choose-provider-submit'));
    const message = await screen.findByTestId('choose-provider-message');
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent).toBe(en.serviceProviders.notActive);
    // Reloaded: the voucher is cancelled, the form is gone, the message stays.
    await waitFor(() => expect(screen.queryByTestId('choose-provider-form')).toBeNull());
    expect(screen.getByTestId('choose-provider-message').textContent).toBe(en.serviceProviders.notActive);
  });

  it('NOT_FOUND: the voucher is not (or no longer) available', async () => {
    await renderPage(() => errorBody({ code: 'NOT_FOUND' }));
    fireEvent.click(screen.getByTestId('choose-provider-submit'));
    expect((await screen.findByTestId('choose-provider-message')).textContent).toBe(en.vouchers.notFound);
  });
});
