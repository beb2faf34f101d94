import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { AccountsTable } from './accounts-table';
import { CreateAccountForm } from './create-account-form';

const agencies = {
  data: {
    organisations: {
      __typename: 'OrganisationConnection',
      nodes: [
        {
          __typename: 'Organisation',
          id: 'org-at',
          name: 'Gesundheitsagentur Österreich',
          kind: 'AGENCY',
          status: 'VERIFIED',
          registrationId: null,
          createdAt: '2025-01-01T00:00:00Z',
          memberState: { __typename: 'MemberState', code: 'AT', name: 'Austria' },
        },
      ],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
};

function fillAccount() {
  fireEvent.change(screen.getByLabelText(en.admin.email), { target: { value: 'new@agency.example' } });
  fireEvent.change(screen.getByLabelText(en.admin.displayName), { target: { value: 'New Officer' } });
  fireEvent.change(screen.getByLabelText(en.admin.role), { target: { value: 'AGENCY_OFFICER' } });
  fireEvent.change(screen.getByLabelText(en.admin.password), { target: { value: 'Long-enough-pass' } });
}

describe('CreateAccountForm', () => {
  it('offers the organisations of the role\'s kind and creates the account', async () => {
    const onCreated = vi.fn();
    const calls: { operation: string; variables: Record<string, unknown> }[] = [];
    const { client } = mockClient((operation, variables) => {
      calls.push({ operation, variables });
      if (operation === 'AdminOrganisations') return agencies;
      return { data: { createUser: { __typename: 'User', id: 'u1', email: 'new@agency.example', displayName: 'New Officer', role: 'AGENCY_OFFICER', active: true } } };
    });
    await renderWithProviders(<CreateAccountForm onCreated={onCreated} />, { client });
    expect(screen.queryByLabelText(en.admin.organisation)).toBeNull();
    fillAccount();
    const organisation = await screen.findByRole('option', { name: 'Gesundheitsagentur Österreich (Austria)' });
    expect(calls.find((c) => c.operation === 'AdminOrganisations')?.variables).toMatchObject({ kind: 'AGENCY' });
    fireEvent.change(screen.getByLabelText(en.admin.organisation), { target: { value: organisation.getAttribute('value') } });
    fireEvent.click(screen.getByTestId('account-submit'));
    expect((await screen.findByTestId('account-created')).textContent).toBe('The account new@agency.example has been created.');
    expect(onCreated).toHaveBeenCalledOnce();
    expect(calls.find((c) => c.operation === 'CreateUser')?.variables).toEqual({
      input: { email: 'new@agency.example', displayName: 'New Officer', role: 'AGENCY_OFFICER', organisationId: 'org-at', password: 'Long-enough-pass' },
    });
  });

  it('asks for the organisation first, and shows a taken email next to the field', async () => {
    const { client } = mockClient((operation) => (operation === 'AdminOrganisations' ? agencies : errorBody({ code: 'CONFLICT' })));
    await renderWithProviders(<CreateAccountForm onCreated={() => undefined} />, { client });
    fillAccount();
    fireEvent.click(screen.getByTestId('account-submit'));
    expect((await screen.findByTestId('account-organisationId-error')).textContent).toBe(en.admin.problems.required);

    await screen.findByRole('option', { name: 'Gesundheitsagentur Österreich (Austria)' });
    fireEvent.change(screen.getByLabelText(en.admin.organisation), { target: { value: 'org-at' } });
    fireEvent.click(screen.getByTestId('account-submit'));
    expect((await screen.findByTestId('account-email-error')).textContent).toBe(en.admin.emailTaken);
    expect(screen.getByLabelText(en.admin.email).getAttribute('aria-invalid')).toBe('true');
  });
});

describe('AccountsTable', () => {
  const accounts = [
    { __typename: 'User' as const, id: 'me', email: 'admin@x.example', displayName: 'Admin', role: 'PLATFORM_ADMIN' as const, active: true, organisation: null, memberState: null },
    {
      __typename: 'User' as const,
      id: 'u2',
      email: 'officer@x.example',
      displayName: 'Officer',
      role: 'AGENCY_OFFICER' as const,
      active: true,
      organisation: { __typename: 'Organisation' as const, id: 'o', name: 'Agency', kind: 'AGENCY' as const },
      memberState: { __typename: 'MemberState' as const, code: 'DE', name: 'Germany' },
    },
  ];

  it('deactivates another account, never one\'s own, and says so', async () => {
    const onChanged = vi.fn();
    const { client, fetchMock } = mockClient(() => ({
      data: { setUserActive: { __typename: 'User', id: 'u2', email: 'officer@x.example', active: false } },
    }));
    await renderWithProviders(<AccountsTable accounts={accounts} ownId="me" onChanged={onChanged} />, { client });
    const [mine, other] = screen.getAllByTestId('account-row');
    expect(within(mine as HTMLElement).queryByRole('button')).toBeNull();
    expect(within(mine as HTMLElement).getByText(en.admin.yourAccount)).toBeTruthy();
    fireEvent.click(within(other as HTMLElement).getByRole('button', { name: en.admin.deactivate }));
    // Nothing is sent before the confirmation, which says what deactivating does.
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByTestId('deactivate-confirm').textContent).toContain(
      'officer@x.example can no longer log in, and every session of the account stops working within 30 seconds.',
    );
    fireEvent.click(screen.getByTestId('deactivate-confirm-confirm'));
    await waitFor(() => expect(other?.getAttribute('data-active')).toBe('false'));
    expect(screen.getByTestId('account-status-message').textContent).toContain('officer@x.example has been deactivated.');
    expect(within(other as HTMLElement).getByRole('button', { name: en.admin.reactivate })).toBeTruthy();
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as { variables: unknown };
    expect(body.variables).toEqual({ id: 'u2', active: false });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('sends nothing when the deactivation is not confirmed', async () => {
    const { client, fetchMock } = mockClient(() => ({}));
    await renderWithProviders(<AccountsTable accounts={accounts} ownId="me" onChanged={() => undefined} />, { client });
    const deactivate = screen.getByRole('button', { name: en.admin.deactivate });
    deactivate.focus();
    fireEvent.click(deactivate);
    fireEvent.click(screen.getByTestId('deactivate-confirm-cancel'));
    expect((screen.getByTestId('deactivate-confirm') as HTMLDialogElement).open).toBe(false);
    expect(document.activeElement).toBe(deactivate);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows a refusal on the row', async () => {
    const { client } = mockClient(() => errorBody({ code: 'FORBIDDEN' }));
    await renderWithProviders(<AccountsTable accounts={accounts} ownId="me" onChanged={() => undefined} />, { client });
    fireEvent.click(screen.getByRole('button', { name: en.admin.deactivate }));
    fireEvent.click(screen.getByTestId('deactivate-confirm-confirm'));
    expect((await screen.findByRole('alert')).textContent).toBe(en.errors.FORBIDDEN);
  });
});
