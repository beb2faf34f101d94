import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { MailLanguagePicker } from './mail-language';

describe('MailLanguagePicker', () => {
  it('shows the saved language, saves the one chosen only on "Save" and says so', async () => {
    const { client, fetchMock } = mockClient(() => ({ data: { setMyLanguage: { __typename: 'User', id: 'u1', language: 'DE' } } }));
    await renderWithProviders(<MailLanguagePicker language="EN" />, { client });
    const select = screen.getByLabelText(en.mailLanguage.label) as HTMLSelectElement;
    expect(select.value).toBe('EN');
    expect([...select.options].map((o) => o.textContent)).toEqual(['English', 'Deutsch', 'Français']);
    fireEvent.change(select, { target: { value: 'DE' } });
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('mail-language-save'));
    await waitFor(() => expect(screen.getByTestId('mail-language-status').textContent).toBe('Your e-mails will be written in Deutsch.'));
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as { variables: unknown };
    expect(body.variables).toEqual({ language: 'DE' });
  });

  it('says why the language was not saved', async () => {
    const { client } = mockClient(() => errorBody({ code: 'UNAUTHENTICATED' }));
    await renderWithProviders(<MailLanguagePicker language="FR" />, { client });
    fireEvent.click(screen.getByTestId('mail-language-save'));
    expect((await screen.findByTestId('mail-language-error')).textContent).toBe(en.errors.UNAUTHENTICATED);
    expect(screen.getByTestId('mail-language-status').textContent).toBe('');
  });
});
