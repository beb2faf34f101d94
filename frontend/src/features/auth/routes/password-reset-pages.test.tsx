import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { initI18n } from '@/lib/i18n';
import { memoryStorage } from '@/lib/storage';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import ForgotPasswordPage from './forgot-password-page';
import ResetPasswordPage, { resetErrorMessage } from './reset-password-page';

describe('ForgotPasswordPage', () => {
  it('answers the same for any address and sends it as typed', async () => {
    const { client, fetchMock } = mockClient(() => ({ data: { requestPasswordReset: true } }));
    await renderWithProviders(<ForgotPasswordPage />, { client });
    fireEvent.change(screen.getByLabelText(en.auth.email), { target: { value: ' someone@clinic.example ' } });
    fireEvent.click(screen.getByRole('button', { name: en.reset.send }));
    const done = await screen.findByTestId('reset-requested');
    expect(done.textContent).toContain('If someone@clinic.example has an account');
    const body: unknown = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body));
    expect(body).toMatchObject({ variables: { email: 'someone@clinic.example' } });
  });

  it('shows a rate limit as such', async () => {
    const { client } = mockClient(() => errorBody({ code: 'RATE_LIMITED' }));
    await renderWithProviders(<ForgotPasswordPage />, { client });
    fireEvent.change(screen.getByLabelText(en.auth.email), { target: { value: 'a@b.example' } });
    fireEvent.click(screen.getByRole('button', { name: en.reset.send }));
    expect((await screen.findByTestId('reset-request-error')).textContent).toContain(en.errors.RATE_LIMITED);
  });
});

describe('ResetPasswordPage', () => {
  it('without a token in the link says the link is not valid', async () => {
    const { client } = mockClient(() => ({ data: { resetPassword: true } }));
    await renderWithProviders(<ResetPasswordPage />, { client });
    expect(screen.getByTestId('reset-no-token').textContent).toContain(en.reset.linkInvalid);
  });

  it('branches on the error code: a used or expired link, a broken link, anything else', async () => {
    const i18n = await initI18n({ storage: memoryStorage(), preferred: ['en'] });
    const t = i18n.t.bind(i18n);
    expect(resetErrorMessage(t, { kind: 'INVALID_STATE_TRANSITION' })).toBe(en.reset.linkUsedOrExpired);
    expect(resetErrorMessage(t, { kind: 'VALIDATION', field: 'token' })).toBe(en.reset.linkInvalid);
    expect(resetErrorMessage(t, { kind: 'RATE_LIMITED' })).toBe(en.errors.RATE_LIMITED);
  });
});
