import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { createSessionStore, EXPIRED_NOTICE_KEY } from '@/lib/session';
import { memoryStorage } from '@/lib/storage';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import LoginPage, { landingPath } from './login-page';

describe('LoginPage', () => {
  it('says that the session expired, once', async () => {
    const storage = memoryStorage({ [EXPIRED_NOTICE_KEY]: '1' });
    const store = createSessionStore({ storage });
    const { client } = mockClient(() => ({}));
    await renderWithProviders(<LoginPage />, { client, store, path: '/login' });
    expect(screen.getByTestId('session-expired').textContent).toBe(en.auth.sessionExpired);
    expect(store.expiredNotice()).toBe(false);
  });

  it('shows no expiry message on a normal visit', async () => {
    const { client } = mockClient(() => ({}));
    await renderWithProviders(<LoginPage />, { client, path: '/login' });
    expect(screen.queryByTestId('session-expired')).toBeNull();
  });
});

describe('landingPath', () => {
  it('returns to the protected page the role may open, else the workspace home', () => {
    expect(landingPath('AGENCY_OFFICER', '/agency/verifications')).toBe('/agency/verifications');
    expect(landingPath('PROVIDER_USER', '/agency/verifications')).toBe('/provider');
    expect(landingPath('ENISA_STAFF', undefined)).toBe('/enisa');
    expect(landingPath('SERVICE_PROVIDER', '/')).toBe('/vendor');
  });
});
