import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange } from '@urql/core';
import { describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { AllocateFundsForm, DeallocateFundsForm } from './allocate-funds-form';

const posting = {
  data: {
    allocateFunds: {
      __typename: 'FundsPosting',
      replayed: false,
      funds: {
        __typename: 'ProgramFunds',
        allocated: '1500.00',
        committed: '0',
        disbursed: '0',
        available: '1500.00',
        currency: 'EUR',
      },
      entry: { __typename: 'LedgerEntry', id: 'e1' },
    },
  },
};

const amountLabel = en.dashboard.amountLabel.replace('{{currency}}', 'EUR');

function submit(amount: string, reference = 'BD-1') {
  fireEvent.change(screen.getByLabelText(amountLabel), { target: { value: amount } });
  fireEvent.change(screen.getByLabelText(en.dashboard.referenceLabel), { target: { value: reference } });
  fireEvent.click(screen.getByRole('button', { name: en.dashboard.allocate }));
}

function keysOf(fetchMock: { mock: { calls: unknown[][] } }): string[] {
  return fetchMock.mock.calls.map((call) => {
    const init = call[1] as RequestInit | undefined;
    const body = JSON.parse(String(init?.body)) as { variables: { input: { idempotencyKey: string } } };
    return body.variables.input.idempotencyKey;
  });
}

describe('AllocateFundsForm', () => {
  it('checks the amount as a decimal string against the currency before sending', async () => {
    const { client, fetchMock } = mockClient(() => posting);
    await renderWithProviders(<AllocateFundsForm programmeId="p1" currency="EUR" onAllocated={() => undefined} />, { client });
    submit('10.005');
    expect(screen.getByTestId('allocate-amount-error').textContent).toBe(en.wizard.problems.decimals);
    submit('1e3');
    expect(screen.getByTestId('allocate-amount-error').textContent).toBe(en.wizard.problems.format);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the amount unchanged with the programme currency, and a new key per allocation', async () => {
    const onAllocated = vi.fn();
    const { client, fetchMock } = mockClient(() => posting);
    await renderWithProviders(<AllocateFundsForm programmeId="p1" currency="EUR" onAllocated={onAllocated} />, { client });
    submit('1500.00');
    await screen.findByTestId('allocate-success');
    submit('1500.00');
    await waitFor(() => expect(onAllocated).toHaveBeenCalledTimes(2));
    const init = fetchMock.mock.calls[0]?.[1];
    const body = JSON.parse(String(init?.body)) as { variables: { input: Record<string, unknown> } };
    expect(body.variables.input).toMatchObject({ programId: 'p1', amount: '1500.00', currency: 'EUR', reference: 'BD-1' });
    const [first, second] = keysOf(fetchMock);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });

  it('retries a request that got no answer with the same key', async () => {
    let calls = 0;
    const fetchMock = vi.fn<typeof fetch>(async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(posting), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const client = new Client({ url: 'http://localhost/graphql', exchanges: [fetchExchange], fetch: fetchMock });
    await renderWithProviders(<AllocateFundsForm programmeId="p1" currency="EUR" onAllocated={() => undefined} />, { client });
    submit('100');
    expect((await screen.findByTestId('allocate-error')).textContent).toContain(en.errors.NETWORK);
    fireEvent.click(screen.getByRole('button', { name: en.dashboard.allocate }));
    await screen.findByTestId('allocate-success');
    const [first, second] = keysOf(fetchMock);
    expect(second).toBe(first);
  });

  it('shows INSUFFICIENT_FUNDS clearly and VALIDATION next to the field', async () => {
    let answer: unknown = errorBody({ code: 'INSUFFICIENT_FUNDS' });
    const { client } = mockClient(() => answer);
    await renderWithProviders(<AllocateFundsForm programmeId="p1" currency="EUR" onAllocated={() => undefined} />, { client });
    submit('100');
    expect((await screen.findByTestId('allocate-error')).textContent).toBe(en.dashboard.insufficientFunds);
    answer = errorBody({ code: 'VALIDATION', field: 'input.reference' });
    submit('100', 'x');
    expect((await screen.findByTestId('allocate-reference-error')).textContent).toBe(en.errors.fieldInvalid);
    expect(screen.getByLabelText(en.dashboard.referenceLabel).getAttribute('aria-invalid')).toBe('true');
  });
});

describe('DeallocateFundsForm', () => {
  const removal = {
    data: {
      deallocateFunds: {
        ...posting.data.allocateFunds,
        funds: { ...posting.data.allocateFunds.funds, allocated: '1000.00', available: '1000.00' },
      },
    },
  };
  const label = en.dashboard.deallocateAmountLabel.replace('{{currency}}', 'EUR');

  function remove(amount: string) {
    fireEvent.change(screen.getByLabelText(label), { target: { value: amount } });
    fireEvent.change(screen.getByLabelText(en.dashboard.referenceLabel), { target: { value: 'Cut-1' } });
    fireEvent.click(screen.getByRole('button', { name: en.dashboard.deallocate }));
  }

  it('removes funds with deallocateFunds and says what is left', async () => {
    const onDeallocated = vi.fn();
    const { client, fetchMock } = mockClient(() => removal);
    await renderWithProviders(
      <DeallocateFundsForm programmeId="p1" currency="EUR" available="1500.00" onDeallocated={onDeallocated} />,
      { client },
    );
    expect(screen.getByText(/At most the available funds can be removed: €1,500.00/)).toBeTruthy();
    remove('500');
    expect((await screen.findByTestId('deallocate-success')).textContent).toBe('€500.00 removed. Available now: €1,000.00.');
    expect(onDeallocated).toHaveBeenCalledOnce();
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as { operationName: string; variables: { input: Record<string, unknown> } };
    expect(body.operationName).toBe('DeallocateFunds');
    expect(body.variables.input).toMatchObject({ programId: 'p1', amount: '500', currency: 'EUR', reference: 'Cut-1' });
  });

  it('says clearly that no more than the available funds can be removed', async () => {
    const { client } = mockClient(() => errorBody({ code: 'INSUFFICIENT_FUNDS' }));
    await renderWithProviders(
      <DeallocateFundsForm programmeId="p1" currency="EUR" available="1500.00" onDeallocated={() => undefined} />,
      { client },
    );
    remove('999999');
    expect((await screen.findByTestId('deallocate-error')).textContent).toBe(
      'You cannot remove more than the available funds (€1,500.00). Committed and disbursed funds stay with the programme.',
    );
  });
});
