import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { writeLocalEdits } from '../model/local-edits';
import { fromApplication } from '../model/application-draft';
import { parseSmeInput } from '../model/sme-input';
import { application, directoryBody, programme, SECURECARE_ID } from '../test/fixtures';
import { ApplicationWizard } from './application-wizard';

function saved(extra: Record<string, unknown> = {}) {
  return { data: { updateVoucherApplication: { ...application(), ...extra } } };
}

/** The operations sent, without the reads of the directory and of the amount's derivation. */
function operationsOf(fetchMock: { mock: { calls: unknown[][] } }): string[] {
  return fetchMock.mock.calls
    .map((call) => {
      const init = call[1] as RequestInit | undefined;
      return (JSON.parse(String(init?.body)) as { operationName: string }).operationName;
    })
    .filter((name) => name !== 'ServiceProviders' && name !== 'VoucherAmountPreview');
}

function render(respond: (operation: string, variables: Record<string, unknown>) => unknown) {
  const mock = mockClient((operation, variables) =>
    operation === 'ServiceProviders' ? directoryBody() : respond(operation, variables),
  );
  return renderWithProviders(
    <ApplicationWizard programme={programme} application={application()} organisationName="Klinik" />,
    { client: mock.client, path: '/provider/applications/a1/edit' },
  ).then((result) => ({ ...result, ...mock }));
}

describe('ApplicationWizard', () => {
  it('opens a complete draft on the review step and lists failed rules of NOT_ELIGIBLE in plain words', async () => {
    const { fetchMock } = await render((operation) =>
      operation === 'SubmitApplication'
        ? errorBody({
            code: 'NOT_ELIGIBLE',
            failedRules: [
              { rule: 'MAXIMUM_AMOUNT', message: 'The programme pays at most 60000.00 EUR per voucher.' },
              { rule: 'AID_INTENSITY', message: '…' },
            ],
          })
        : saved(),
    );
    expect(screen.getByTestId('application-step').getAttribute('data-step')).toBe('review');
    fireEvent.click(screen.getByTestId('application-submit'));
    const alert = await screen.findByTestId('failed-rules');
    // Focus moves to the list, so a screen reader reads it.
    await waitFor(() => expect(document.activeElement?.id).toBe('application-failed-rules'));
    const items = within(alert).getAllByTestId('failed-rule');
    expect(items.map((li) => li.getAttribute('data-rule'))).toEqual(['MAXIMUM_AMOUNT', 'AID_INTENSITY']);
    expect(items[0]?.textContent).toContain('The amount asked is above the largest voucher of €60,000.00.');
    expect(items[1]?.textContent).toContain('at most 50% of the estimated cost');
    // Saved first, then submitted.
    expect(operationsOf(fetchMock)).toEqual(['UpdateApplication', 'SubmitApplication']);

    // "Change" leads to the services, whose costs the amount follows from.
    fireEvent.click(within(items[0] as HTMLElement).getByRole('button'));
    await waitFor(() => expect(screen.getByTestId('application-step').getAttribute('data-step')).toBe('services'));
    await waitFor(() => expect(document.activeElement?.id).toBe('application-services'));
    // The list stays next to the form while the clinic corrects it.
    expect(screen.getByTestId('failed-rules')).toBeTruthy();
  });

  it('shows a server VALIDATION error next to the service row it names', async () => {
    await render((operation) =>
      operation === 'UpdateApplication' ? errorBody({ code: 'VALIDATION', field: 'services[0].estimatedCost' }) : saved(),
    );
    fireEvent.click(screen.getByTestId('application-submit'));
    const error = await screen.findByTestId('application-services-0-estimatedCost-error');
    expect(error.textContent).toBe(en.applicationForm.problems.server);
    expect(screen.getByTestId('application-step').getAttribute('data-step')).toBe('services');
    const input = screen.getByLabelText(en.applicationForm.estimatedCost.replace('{{currency}}', 'EUR'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('resumes unsaved edits kept in this browser for the same version of the draft', async () => {
    const base = fromApplication({ ...application(), smeInput: parseSmeInput(application().smeInput) }, 'Klinik', null);
    writeLocalEdits(
      { applicationId: 'a1' },
      { baseUpdatedAt: application().updatedAt, step: 'sme', draft: { ...base, sme: { ...base.sme, staff: '45' } } },
    );
    await render(() => saved());
    expect(screen.getByTestId('application-restored')).toBeTruthy();
    expect(screen.getByTestId('application-step').getAttribute('data-step')).toBe('sme');
    expect((screen.getByLabelText(en.applicationForm.staff) as HTMLInputElement).value).toBe('45');
  });

  it('checks a step on the client before saving', async () => {
    const { fetchMock } = await render(() => saved());
    fireEvent.click(screen.getByRole('button', { name: `${en.applicationForm.edit}: ${en.applicationForm.steps.services}` }));
    fireEvent.change(screen.getByLabelText(en.applicationForm.estimatedCost.replace('{{currency}}', 'EUR')), {
      target: { value: '100.001' },
    });
    fireEvent.click(screen.getByTestId('application-next'));
    expect((await screen.findByTestId('application-services-0-estimatedCost-error')).textContent).toBe(
      en.applicationForm.problems.decimals,
    );
    expect(operationsOf(fetchMock)).toEqual([]);
  });

  it('asks a new application for its services and costs first, shows the amount they give, and sends no amount', async () => {
    const mock = mockClient((operation) => {
      if (operation === 'ServiceProviders') return directoryBody();
      if (operation === 'VoucherAmountPreview')
        return {
          data: {
            voucherAmountPreview: {
              eligibleCosts: '30000.00',
              aidIntensity: '50',
              aidAmount: '15000.00',
              cap: '60000.00',
              minimum: '5000.00',
              amount: '15000.00',
              capped: false,
              belowMinimum: false,
              currency: 'EUR',
            },
          },
        };
      return { data: { createVoucherApplication: application() } };
    });
    await renderWithProviders(<ApplicationWizard programme={programme} application={null} organisationName="Klinik" />, {
      client: mock.client,
      path: '/provider/programmes/p1/apply',
      routes: [{ path: '/provider/applications/:id/edit', element: <p>edit</p> }],
    });
    expect(screen.getByTestId('application-step').getAttribute('data-step')).toBe('services');
    expect(screen.queryByLabelText(en.serviceProviders.label)).toBeNull();
    fireEvent.change(screen.getByLabelText(en.applicationForm.category), { target: { value: 'PENETRATION_TESTING' } });
    fireEvent.change(screen.getByLabelText(en.applicationForm.description), { target: { value: 'Portal test' } });
    fireEvent.change(screen.getByLabelText(en.applicationForm.estimatedCost.replace('{{currency}}', 'EUR')), {
      target: { value: '30000' },
    });
    expect((await screen.findByTestId('amount-derivation-amount')).textContent).toBe('€15,000.00');
    fireEvent.click(screen.getByTestId('application-next'));
    await screen.findByText('edit');
    const create = mock.fetchMock.mock.calls
      .map((call) => JSON.parse(String(call[1]?.body)) as { operationName: string; variables: { input: Record<string, unknown> } })
      .find((body) => body.operationName === 'CreateApplication');
    expect(create?.variables.input).toMatchObject({
      services: [{ category: 'PENETRATION_TESTING', description: 'Portal test', estimatedCost: '30000' }],
    });
    expect(create?.variables.input).not.toHaveProperty('requestedAmount');
  });

  it('offers the directory on the provider step, "any" by default, and sends the provider picked', async () => {
    const mock = mockClient((operation) =>
      operation === 'ServiceProviders' ? directoryBody() : saved({ serviceProviderId: SECURECARE_ID }),
    );
    await renderWithProviders(<ApplicationWizard programme={programme} application={application()} organisationName="Klinik" />, {
      client: mock.client,
      path: '/provider/applications/a1/edit',
    });
    fireEvent.click(screen.getByRole('button', { name: `${en.applicationForm.edit}: ${en.applicationForm.steps.provider}` }));
    const picker = screen.getByLabelText(en.serviceProviders.label) as HTMLSelectElement;
    expect(picker.value).toBe('');
    await waitFor(() => expect(within(picker).getByRole('option', { name: 'SecureCare MSSP' })).toBeTruthy());
    fireEvent.change(picker, { target: { value: SECURECARE_ID } });
    fireEvent.click(screen.getByTestId('application-next'));
    await waitFor(() => expect(screen.getByTestId('application-step').getAttribute('data-step')).toBe('sme'));
    const update = mock.fetchMock.mock.calls
      .map((call) => JSON.parse(String(call[1]?.body)) as { operationName: string; variables: { input: unknown } })
      .find((body) => body.operationName === 'UpdateApplication');
    expect(update?.variables.input).toMatchObject({ serviceProviderId: SECURECARE_ID });
  });

  it('keeps the provider of a saved draft selected and shows its name on the review', async () => {
    const mock = mockClient((operation) =>
      operation === 'ServiceProviders' ? directoryBody() : saved({ serviceProviderId: SECURECARE_ID }),
    );
    await renderWithProviders(
      <ApplicationWizard
        programme={programme}
        application={application({ serviceProviderId: SECURECARE_ID })}
        organisationName="Klinik"
      />,
      { client: mock.client, path: '/provider/applications/a1/edit' },
    );
    await waitFor(() => expect(screen.getByTestId('review-service-provider').textContent).toBe('SecureCare MSSP (Germany)'));
    fireEvent.click(screen.getByRole('button', { name: `${en.applicationForm.edit}: ${en.applicationForm.steps.provider}` }));
    const picker = screen.getByLabelText(en.serviceProviders.label) as HTMLSelectElement;
    expect(picker.value).toBe(SECURECARE_ID);
    expect(picker.selectedOptions[0]?.textContent).toBe('SecureCare MSSP');
  });

  it('shows the server refusing the provider (VALIDATION on serviceProviderId) next to the picker', async () => {
    await render((operation) =>
      operation === 'UpdateApplication' ? errorBody({ code: 'VALIDATION', field: 'input.serviceProviderId' }) : saved(),
    );
    fireEvent.click(screen.getByTestId('application-submit'));
    const error = await screen.findByTestId('application-serviceProviderId-error');
    expect(error.textContent).toBe(en.serviceProviders.notVerified);
    expect(screen.getByTestId('application-step').getAttribute('data-step')).toBe('provider');
    const picker = screen.getByLabelText(en.serviceProviders.label);
    expect(picker.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(picker));
  });
});
