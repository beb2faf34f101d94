import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import EditProgrammePage from './edit-programme-page';

const programme = {
  __typename: 'VoucherProgram',
  id: 'p1',
  code: 'DE-HEALTH-2027',
  status: 'OPEN',
  name: 'Health vouchers',
  memberState: { __typename: 'MemberState', code: 'DE', currency: 'EUR' },
  currency: 'EUR',
  names: [{ __typename: 'LocalisedText', language: 'en', text: 'Health vouchers' }],
  descriptions: [],
  minVoucher: '1000.00',
  maxVoucher: '25000.00',
  aidIntensity: '50',
  prefinancingShare: null,
  deMinimis: true,
  smeCategories: ['MICRO', 'SMALL', 'MEDIUM'],
  healthcareTypes: ['CLINIC'],
  nis2Classes: ['IMPORTANT'],
  serviceCategories: ['RISK_ASSESSMENT'],
  opensAt: '2027-01-01T00:00:00Z',
  closesAt: '2027-12-31T23:59:59Z',
  cutoffs: [],
  validityDays: 365,
};

async function goToReview() {
  await screen.findByTestId('programme-wizard');
  for (const step of ['amounts', 'eligibility', 'window', 'review']) {
    fireEvent.click(screen.getByTestId('wizard-next'));
    await waitFor(() => expect(screen.getByTestId('wizard-step').getAttribute('data-step')).toBe(step));
  }
}

describe('EditProgrammePage', () => {
  it('opens the form filled in, with the open programme\'s note, and sends the update', async () => {
    const sent: Record<string, unknown>[] = [];
    const { client } = mockClient((operation, variables) => {
      if (operation === 'ProgrammeForEdit') return { data: { voucherProgram: programme } };
      sent.push(variables);
      return { data: { updateVoucherProgram: { __typename: 'VoucherProgram', id: 'p1', code: 'DE-HEALTH-2027', status: 'OPEN', updatedAt: '2027-02-01T00:00:00Z' } } };
    });
    await renderWithProviders(<EditProgrammePage />, {
      client,
      path: '/agency/programmes/:id/edit',
      routes: [{ path: '/agency/programmes/:id', element: <p data-testid="dashboard">dashboard</p> }],
    });
    expect(await screen.findByTestId('edit-open-note')).toBeTruthy();
    expect((screen.getByLabelText(en.wizard.code) as HTMLInputElement).value).toBe('DE-HEALTH-2027');
    fireEvent.change(screen.getByLabelText('Name (English)'), { target: { value: 'Health vouchers 2027' } });
    await goToReview();
    fireEvent.click(screen.getByTestId('wizard-submit'));
    await screen.findByTestId('dashboard');
    expect(sent[0]).toMatchObject({
      id: 'p1',
      input: {
        code: 'DE-HEALTH-2027',
        names: [{ language: 'en', text: 'Health vouchers 2027' }],
        aidIntensity: '50',
        opensAt: '2027-01-01T00:00:00Z',
        closesAt: '2027-12-31T23:59:59Z',
      },
    });
  });

  it('shows a refused change of an open programme next to its field', async () => {
    const { client } = mockClient((operation) =>
      operation === 'ProgrammeForEdit'
        ? { data: { voucherProgram: programme } }
        : errorBody({ code: 'VALIDATION', field: 'aidIntensity' }),
    );
    await renderWithProviders(<EditProgrammePage />, { client, path: '/agency/programmes/:id/edit' });
    await screen.findByTestId('programme-wizard');
    fireEvent.click(screen.getByTestId('wizard-next'));
    fireEvent.change(await screen.findByLabelText(en.wizard.aidIntensity), { target: { value: '40' } });
    fireEvent.click(screen.getByTestId('wizard-next'));
    fireEvent.click(screen.getByTestId('wizard-next'));
    fireEvent.click(screen.getByTestId('wizard-next'));
    await screen.findByTestId('wizard-review');
    fireEvent.click(screen.getByTestId('wizard-submit'));
    const error = await screen.findByTestId('wizard-aidIntensity-error');
    expect(error.textContent).toBe(en.wizard.kept.unchanged);
    expect(screen.getByTestId('wizard-step').getAttribute('data-step')).toBe('amounts');
    await waitFor(() => expect(document.activeElement?.id).toBe('wizard-aidIntensity'));
  });
});
