import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { loadSavedSmeInput, SAVED_SME_INPUT_KEY } from '@/lib/sme-saved-input';
import { errorBody, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { WIZARD_STORAGE_KEY } from '../model/persistence';
import SmeCheckPage from './sme-check-page';

const assessment = {
  data: {
    smeAssessment: {
      __typename: 'SmeAssessment',
      category: 'SMALL',
      isSme: true,
      notSmeReason: null,
      aggregated: {
        __typename: 'SmeAggregatedFigures',
        staffAwu: '42.833333333333333333333333333',
        annualTurnover: '6900000',
        balanceSheetTotal: '5100000',
      },
      enterprises: [
        { __typename: 'SmeEnterpriseResult', id: 'applicant', name: 'Klinik Süd', relation: 'APPLICANT', includedPercent: '100', via: null, explanation: 'Klinik Süd is the applicant.' },
        { __typename: 'SmeEnterpriseResult', id: 'p2', name: 'MedInvest', relation: 'PARTNER', includedPercent: '30', via: null, explanation: 'MedInvest is a partner enterprise.' },
      ],
      trace: [{ __typename: 'SmeTraceStep', article: 'Art. 3(2)', text: 'MedInvest holds 30% of the capital, so it is a partner enterprise.' }],
      ruleVersion: 'rules-v1',
      periodCategories: [{ __typename: 'SmePeriodCategory', label: '2024', category: 'SMALL' }],
    },
  },
};

function fill(id: string, value: string) {
  const input = document.getElementById(id);
  if (!input) throw new Error(`no field #${id}`);
  fireEvent.change(input, { target: { value } });
}

const next = () => fireEvent.click(screen.getByTestId('sme-next'));

async function fillUpToReview() {
  const step = await screen.findByTestId('sme-step');
  expect(step.getAttribute('data-step')).toBe('applicant');
  fill('sme-party-applicant-name', 'Klinik Süd');
  const [period] = screen.getAllByTestId('sme-period');
  const label = period?.querySelector<HTMLInputElement>('input[name="label"]');
  if (!label) throw new Error('no period');
  const periodId = label.id.replace(/^sme-period-applicant-/, '').replace(/-label$/, '');
  fill(`sme-period-applicant-${periodId}-label`, '2024');
  fill(`sme-period-applicant-${periodId}-staff`, '30,5');
  fill(`sme-period-applicant-${periodId}-annualTurnover`, '4200000');
  fill(`sme-period-applicant-${periodId}-balanceSheetTotal`, '3000000');
  next();
  await waitFor(() => expect(screen.getByTestId('sme-step').getAttribute('data-step')).toBe('parties'));

  fireEvent.click(screen.getByTestId('sme-add-ENTERPRISE'));
  const card = screen.getByTestId('sme-party');
  const field = (name: string) => {
    const el = card.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!el) throw new Error(`no ${name}`);
    return el;
  };
  fireEvent.change(field('name'), { target: { value: 'MedInvest' } });
  fireEvent.change(field('staff'), { target: { value: '40' } });
  fireEvent.change(field('annualTurnover'), { target: { value: '9000000' } });
  fireEvent.change(field('balanceSheetTotal'), { target: { value: '7000000' } });
  next();
  await waitFor(() => expect(screen.getByTestId('sme-step').getAttribute('data-step')).toBe('holdings'));

  fireEvent.click(screen.getByTestId('sme-add-holding'));
  const holding = screen.getByTestId('sme-holding');
  fireEvent.change(within(holding).getByLabelText(en.sme.capitalPercent), { target: { value: '30' } });
  fireEvent.change(within(holding).getByLabelText(en.sme.votingPercent), { target: { value: '30' } });
  next();
  await waitFor(() => expect(screen.getByTestId('sme-step').getAttribute('data-step')).toBe('review'));
}

describe('SmeCheckPage', () => {
  it('refuses an empty first step next to the fields', async () => {
    const { client, fetchMock } = mockClient(() => assessment);
    await renderWithProviders(<SmeCheckPage />, { client, path: '/sme-check' });
    fill('sme-party-applicant-name', '');
    next();
    expect(await screen.findByTestId('sme-error-summary')).toBeTruthy();
    expect(screen.getByTestId('sme-party-applicant-name-error').textContent).toBe(en.sme.problems.required);
    expect(document.activeElement?.id).toBe('sme-party-applicant-name');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('builds the structure step by step, shows the result and saves the input for an application', async () => {
    const { client, fetchMock } = mockClient(() => assessment);
    await renderWithProviders(<SmeCheckPage />, { client, path: '/sme-check' });
    await fillUpToReview();
    expect(screen.getByTestId('sme-review-holding').textContent).toBe(
      'MedInvest holds 30% of the capital and 30% of the voting rights of Klinik Süd.',
    );
    fireEvent.click(screen.getByTestId('sme-submit'));

    const result = await screen.findByTestId('sme-result');
    expect(result.getAttribute('data-category')).toBe('SMALL');
    expect(screen.getByTestId('sme-category').textContent).toBe('Category: Small enterprise');
    expect(screen.getByTestId('sme-figures').textContent).toContain('42.83');
    expect(screen.getByTestId('sme-figures').textContent).toContain('€6,900,000.00');
    expect(screen.getByTestId('sme-trace').textContent).toContain('partner enterprise');
    expect(screen.getAllByTestId('sme-result-party').map((r) => r.getAttribute('data-relation'))).toEqual(['APPLICANT', 'PARTNER']);

    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as { variables: { input: Record<string, unknown> } };
    expect(body.variables.input).toMatchObject({
      applicant: 'applicant',
      enterprises: [
        { id: 'applicant', name: 'Klinik Süd', kind: 'ENTERPRISE', periods: [{ label: '2024', staff: '30.5' }] },
        { name: 'MedInvest', kind: 'ENTERPRISE' },
      ],
      holdings: [{ held: 'applicant', capitalPercent: '30', votingPercent: '30' }],
    });

    fireEvent.click(screen.getByTestId('sme-save'));
    expect(await screen.findByTestId('sme-saved')).toBeTruthy();
    expect(window.localStorage.getItem(SAVED_SME_INPUT_KEY)).not.toBeNull();
    expect(loadSavedSmeInput()).toEqual(body.variables.input);
  });

  it('brings a server VALIDATION error back to the holding field it names', async () => {
    const { client } = mockClient(() => errorBody({ code: 'VALIDATION', field: 'holdings[0].capitalPercent' }));
    await renderWithProviders(<SmeCheckPage />, { client, path: '/sme-check' });
    await fillUpToReview();
    fireEvent.click(screen.getByTestId('sme-submit'));
    await waitFor(() => expect(screen.getByTestId('sme-step').getAttribute('data-step')).toBe('holdings'));
    const holding = screen.getByTestId('sme-holding');
    const capital = within(holding).getByLabelText(en.sme.capitalPercent);
    expect(capital.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${capital.id}-error`)?.textContent).toBe(en.sme.problems.sharesOver100);
    await waitFor(() => expect(document.activeElement).toBe(capital));
  });

  it('keeps the answers over a reload and starts over on request', async () => {
    const { client } = mockClient(() => assessment);
    const first = await renderWithProviders(<SmeCheckPage />, { client, path: '/sme-check' });
    fill('sme-party-applicant-name', 'Praxisklinik');
    first.unmount();
    expect(window.localStorage.getItem(WIZARD_STORAGE_KEY)).toContain('Praxisklinik');

    await renderWithProviders(<SmeCheckPage />, { client, path: '/sme-check' });
    const name = (await screen.findByLabelText(en.sme.applicantName)) as HTMLInputElement;
    expect(name.value).toBe('Praxisklinik');
    fireEvent.click(screen.getByTestId('sme-start-over'));
    fireEvent.click(screen.getByTestId('sme-start-over-confirm'));
    await waitFor(() => expect((screen.getByLabelText(en.sme.applicantName) as HTMLInputElement).value).toBe(''));
    expect(window.localStorage.getItem(WIZARD_STORAGE_KEY)).not.toContain('Praxisklinik');
  });

  it('lets the user give a stated turnover, a public investor and a control without shares', async () => {
    const publicControl = {
      data: {
        smeAssessment: {
          ...assessment.data.smeAssessment,
          category: 'MEDIUM',
          isSme: false,
          notSmeReason: 'PUBLIC_BODY_CONTROL',
        },
      },
    };
    const { client, fetchMock } = mockClient(() => publicControl);
    await renderWithProviders(<SmeCheckPage />, { client, path: '/sme-check' });
    await screen.findByTestId('sme-step');
    fill('sme-party-applicant-name', 'Klinik Süd');
    const period = screen.getByTestId('sme-period');
    fireEvent.change(within(period).getByLabelText(en.sme.staff), { target: { value: '30' } });
    fireEvent.click(within(period).getByLabelText(en.sme.grossTurnover));
    expect(within(period).queryByLabelText(en.sme.annualTurnover)).toBeNull();
    fireEvent.change(within(period).getByLabelText(en.sme.statedTurnover), { target: { value: '100' } });
    fireEvent.change(within(period).getByLabelText(en.sme.indirectTaxes), { target: { value: '100.01' } });
    fireEvent.change(within(period).getByLabelText(en.sme.balanceSheetTotal), { target: { value: '3000000' } });
    next();
    // Taxes above the turnover that includes them are refused next to the field.
    const taxes = within(period).getByLabelText(en.sme.indirectTaxes);
    await waitFor(() => expect(taxes.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(`${taxes.id}-error`)?.textContent).toBe(en.sme.problems.taxesOverTurnover);
    fireEvent.change(within(period).getByLabelText(en.sme.statedTurnover), { target: { value: '4998000' } });
    fireEvent.change(taxes, { target: { value: '798000' } });
    next();
    await waitFor(() => expect(screen.getByTestId('sme-step').getAttribute('data-step')).toBe('parties'));

    fireEvent.click(screen.getByTestId('sme-add-EXEMPT_INVESTOR'));
    const card = screen.getByTestId('sme-party');
    fireEvent.change(within(card).getByLabelText(en.sme.name), { target: { value: 'Universität' } });
    fireEvent.change(within(card).getByLabelText(en.sme.exemptKind), { target: { value: 'UNIVERSITY' } });
    fireEvent.click(within(card).getByLabelText(en.sme.exemptPublicBody));
    for (const period of within(card).getAllByTestId('sme-remove-period')) fireEvent.click(period);
    next();
    await waitFor(() => expect(screen.getByTestId('sme-step').getAttribute('data-step')).toBe('holdings'));

    fireEvent.click(screen.getByTestId('sme-add-control'));
    const control = screen.getByTestId('sme-control');
    expect((within(control).getByLabelText(en.sme.controlled) as HTMLSelectElement).value).toBe('applicant');
    fireEvent.change(within(control).getByLabelText(en.sme.basis), { target: { value: 'ARTICLES_OF_ASSOCIATION' } });
    next();
    await waitFor(() => expect(screen.getByTestId('sme-step').getAttribute('data-step')).toBe('review'));
    expect(screen.getByTestId('sme-review-control').textContent).toBe(
      `Universität controls Klinik Süd without shares, through ${en.controlBasis.ARTICLES_OF_ASSOCIATION}.`,
    );
    expect(screen.getByTestId('sme-review').textContent).toContain('turnover as stated €4,998,000.00, including €798,000.00 of indirect taxes');
    fireEvent.click(screen.getByTestId('sme-submit'));

    await screen.findByTestId('sme-result');
    // Public control: the category its figures give is shown as such, next to "not an SME".
    expect(screen.getByTestId('sme-category').textContent).toBe('Category by its figures: Medium-sized enterprise');
    expect(screen.getByTestId('sme-not-sme-reason').textContent).toBe(en.sme.notSmeReason.PUBLIC_BODY_CONTROL);
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as { variables: { input: Record<string, unknown> } };
    expect(body.variables.input).toMatchObject({
      enterprises: [
        {
          id: 'applicant',
          periods: [
            {
              annualTurnover: '4200000',
              grossTurnover: { statedTurnover: '4998000', indirectTaxes: '798000' },
            },
          ],
        },
        { name: 'Universität', kind: 'EXEMPT_INVESTOR', exemptInvestor: { kind: 'UNIVERSITY' }, publicBody: true, periods: [] },
      ],
      controls: [{ controlled: 'applicant', basis: 'ARTICLES_OF_ASSOCIATION' }],
    });
  });
});
