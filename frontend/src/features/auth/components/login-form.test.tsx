import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { LoginForm } from './login-form';

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(en.auth.email), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(en.auth.password), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: en.auth.submit }));
}

describe('LoginForm', () => {
  it.each([
    ['UNAUTHENTICATED'],
    ['NOT_FOUND'],
    ['VALIDATION'],
    ['FORBIDDEN'],
  ])('shows one neutral message for %s, whichever part was wrong', async (code) => {
    const { client } = mockClient(() => errorBody({ code, field: 'password' }));
    await renderWithProviders(<LoginForm />, { client });
    fill('clinic.de@cyberhealth.example', 'wrong');
    expect(await screen.findByTestId('login-error')).toHaveProperty(
      'textContent',
      en.auth.invalidCredentials,
    );
    expect(screen.queryByTestId('login-password-error')).toBeNull();
    expect((screen.getByLabelText(en.auth.password) as HTMLInputElement).value).toBe('');
  });

  it('says when login is rate limited', async () => {
    const { client } = mockClient(() => errorBody({ code: 'RATE_LIMITED' }));
    await renderWithProviders(<LoginForm />, { client });
    fill('a@b.example', 'x');
    expect((await screen.findByTestId('login-error')).textContent).toBe(en.errors.RATE_LIMITED);
  });

  it('validates required fields before calling the server', async () => {
    const { client, fetchMock } = mockClient(() => ({}));
    await renderWithProviders(<LoginForm />, { client });
    fill('', '');
    expect(screen.getByTestId('login-email-error').textContent).toBe(en.errors.fieldRequired);
    expect(screen.getByLabelText(en.auth.email).getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('starts the session from the login payload', async () => {
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const { client } = mockClient(() => ({
      data: {
        login: {
          __typename: 'LoginPayload',
          token: 'jwt',
          expiresAt,
          user: {
            __typename: 'User',
            id: 'u1',
            email: 'officer.de@cyberhealth.example',
            displayName: 'Officer DE',
            role: 'AGENCY_OFFICER',
          },
        },
      },
    }));
    const { store } = await renderWithProviders(<LoginForm />, { client });
    fill('officer.de@cyberhealth.example', 'Demo-Passw0rd!');
    await waitFor(() => expect(store.getSession()?.token).toBe('jwt'));
    expect(store.getSession()?.user.role).toBe('AGENCY_OFFICER');
    expect(store.getSession()?.expiresAt).toBe(expiresAt);
  });
});
