import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { OrganisationProfileForm } from './organisation-profile-form';

const EMPTY = { contactName: '', contactEmail: '', contactPhone: '', street: '', postalCode: '', city: '' };
const SME = { applicant: 'c', enterprises: [], holdings: [], controls: [] };

function saved(smeConfirmedAt: string | null) {
  return {
    data: {
      updateOrganisationProfile: {
        organisationId: 'o1',
        smeInput: null,
        smeConfirmedAt,
        contact: { name: 'Anna Weber', email: null, phone: null },
        address: { street: null, postalCode: null, city: null },
        updatedAt: '2026-12-01T09:00:00Z',
      },
    },
  };
}

describe('OrganisationProfileForm', () => {
  it('sends the SME data only when the clinic confirms it, and shows the new confirmation date', async () => {
    const sent: Record<string, unknown>[] = [];
    const { client } = mockClient((_op, vars) => {
      sent.push(vars);
      return saved('2026-12-01T09:00:00Z');
    });
    await renderWithProviders(<OrganisationProfileForm initial={EMPTY} smeConfirmedAt={null} smeToConfirm={SME} />, { client });
    expect(screen.getByTestId('profile-sme-confirmed').textContent).toBe(en.profile.sme.never);
    fireEvent.change(screen.getByLabelText(en.profile.fields.contactName), { target: { value: 'Anna Weber' } });
    fireEvent.click(screen.getByTestId('profile-confirm-sme'));
    fireEvent.click(screen.getByTestId('profile-save'));
    await screen.findByTestId('profile-saved');
    const input = (sent[0]?.['input'] ?? {}) as Record<string, unknown>;
    expect(input['sme']).toEqual(SME);
    expect(input['contact']).toEqual({ name: 'Anna Weber', email: '', phone: '' });
    expect(screen.getByTestId('profile-sme-confirmed').textContent).not.toBe(en.profile.sme.never);
  });

  it('does not send SME data the clinic did not confirm', async () => {
    const sent: Record<string, unknown>[] = [];
    const { client } = mockClient((_op, vars) => {
      sent.push(vars);
      return saved(null);
    });
    await renderWithProviders(<OrganisationProfileForm initial={EMPTY} smeConfirmedAt={null} smeToConfirm={SME} />, { client });
    fireEvent.click(screen.getByTestId('profile-save'));
    await screen.findByTestId('profile-saved');
    expect((sent[0]?.['input'] as Record<string, unknown>)['sme']).toBeNull();
  });

  it('puts a refused e-mail address next to its field', async () => {
    const { client } = mockClient(() => errorBody({ code: 'VALIDATION', field: 'contact.email' }));
    await renderWithProviders(<OrganisationProfileForm initial={EMPTY} smeConfirmedAt={null} smeToConfirm={null} />, { client });
    expect(screen.getByText(en.profile.sme.none)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(en.profile.fields.contactEmail), { target: { value: 'nobody' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(screen.getByText(en.profile.invalid.contactEmail)).toBeTruthy());
  });
});
