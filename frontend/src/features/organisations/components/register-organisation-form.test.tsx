import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { RegisterOrganisationForm } from './register-organisation-form';

const memberStates = [
  { __typename: 'MemberState' as const, code: 'DE', name: 'Germany', currency: 'EUR' },
  { __typename: 'MemberState' as const, code: 'FR', name: 'France', currency: 'EUR' },
];

function fillValid() {
  const set = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  set(en.register.name, 'Klinik Test');
  set(en.register.memberState, 'DE');
  set(en.register.healthcareType, 'CLINIC');
  set(en.register.nis2Class, 'IMPORTANT');
  set(en.register.registrationId, 'HRB-1');
  set(en.register.contactName, 'Dr. Test');
  set(en.register.contactEmail, 'test@klinik.example');
  set(en.register.password, 'a-long-password-1');
  fireEvent.click(screen.getByRole('button', { name: en.register.submit }));
}

describe('RegisterOrganisationForm', () => {
  it('shows a server VALIDATION error next to the named field', async () => {
    const { client } = mockClient(() =>
      errorBody({ code: 'VALIDATION', field: 'input.registrationId' }),
    );
    await renderWithProviders(<RegisterOrganisationForm memberStates={memberStates} />, { client });
    fillValid();
    const fieldError = await screen.findByTestId('register-registrationId-error');
    expect(fieldError.textContent).toBe(en.errors.fieldInvalid);
    const input = screen.getByLabelText(en.register.registrationId);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('register-registrationId-error');
    expect(screen.getByTestId('register-error').textContent).toContain(en.errors.VALIDATION);
  });

  it('shows CONFLICT as already registered', async () => {
    const { client } = mockClient(() => errorBody({ code: 'CONFLICT' }));
    await renderWithProviders(<RegisterOrganisationForm memberStates={memberStates} />, { client });
    fillValid();
    expect((await screen.findByTestId('register-error')).textContent).toContain(
      en.register.alreadyRegistered,
    );
  });

  it('checks required fields and email format on the client', async () => {
    const { client, fetchMock } = mockClient(() => ({}));
    await renderWithProviders(<RegisterOrganisationForm memberStates={memberStates} />, { client });
    fireEvent.change(screen.getByLabelText(en.register.contactEmail), {
      target: { value: 'not-an-email' },
    });
    fireEvent.click(screen.getByRole('button', { name: en.register.submit }));
    expect(screen.getByTestId('register-name-error').textContent).toBe(en.errors.fieldRequired);
    expect(screen.getByTestId('register-contactEmail-error').textContent).toBe(en.errors.fieldEmail);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says an e-mail tells what happens next, the same whether or not the address had an account', async () => {
    const { client, fetchMock } = mockClient(() => ({
      data: {
        registerOrganisation: {
          __typename: 'RegisterOrganisationPayload',
          received: true,
          contactEmail: 'test@klinik.example',
        },
      },
    }));
    await renderWithProviders(<RegisterOrganisationForm memberStates={memberStates} />, { client });
    fillValid();
    const success = await screen.findByTestId('register-success');
    expect(success.textContent).toContain('registration of Klinik Test');
    expect(success.textContent).toContain('sent an e-mail to test@klinik.example');
    const body: unknown = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body));
    expect(body).toMatchObject({
      variables: { input: { memberState: 'DE', healthcareType: 'CLINIC', nis2Class: 'IMPORTANT', language: 'EN' } },
    });
  });
});
