import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { createSessionStore } from '@/lib/session';
import { memoryStorage } from '@/lib/storage';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { SignOutEverywhere } from './sign-out-everywhere';

function signedIn() {
  const store = createSessionStore({ storage: memoryStorage() });
  store.start({
    token: 'token',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 'u1', email: 'someone@example.eu', displayName: 'Someone', role: 'AGENCY_OFFICER' },
  });
  return store;
}

describe('SignOutEverywhere', () => {
  it('asks first, then ends every session and this one', async () => {
    const store = signedIn();
    const { client, fetchMock } = mockClient(() => ({ data: { signOutEverywhere: { id: 'u1' } } }));
    await renderWithProviders(<SignOutEverywhere />, { client, store });
    fireEvent.click(screen.getByTestId('sign-out-everywhere'));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByText(en.workspace.signOutEverywhereConfirm)).toBeTruthy();
    fireEvent.click(screen.getByTestId('sign-out-everywhere-confirm'));
    await waitFor(() => expect(store.getSession()).toBeNull());
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('keeps the session and says why when the server refuses', async () => {
    const store = signedIn();
    const { client } = mockClient(() => errorBody({ code: 'RATE_LIMITED' }));
    await renderWithProviders(<SignOutEverywhere />, { client, store });
    fireEvent.click(screen.getByTestId('sign-out-everywhere'));
    fireEvent.click(screen.getByTestId('sign-out-everywhere-confirm'));
    expect((await screen.findByRole('alert')).textContent).toBe(en.errors.RATE_LIMITED);
    expect(store.getSession()).not.toBeNull();
  });
});
