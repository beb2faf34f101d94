import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { AmountDerivation } from './amount-derivation';

const ROW = { key: 'k1', category: 'PENETRATION_TESTING', description: 'Portal test', estimatedCost: '100000' };
const PREVIEW = {
  eligibleCosts: '100000.00',
  aidIntensity: '50',
  aidAmount: '50000.00',
  cap: '30000.00',
  minimum: '1000.00',
  amount: '30000.00',
  capped: true,
  belowMinimum: false,
  currency: 'EUR',
};

describe('AmountDerivation', () => {
  it('shows the amount and how it follows from the services', async () => {
    const asked: Record<string, unknown>[] = [];
    const { client } = mockClient((_op, vars) => {
      asked.push(vars);
      return { data: { voucherAmountPreview: PREVIEW } };
    });
    await renderWithProviders(<AmountDerivation programmeId="p1" services={[ROW]} />, { client });
    expect(await screen.findByText(en.amountDerivation.capped)).toBeTruthy();
    expect(screen.getByTestId('amount-derivation').getAttribute('data-amount')).toBe('30000.00');
    expect(asked[0]).toEqual({
      programId: 'p1',
      services: [{ category: 'PENETRATION_TESTING', description: 'Portal test', estimatedCost: '100000' }],
    });
    expect(screen.getByTestId('amount-derivation-amount').textContent).toBe('€30,000.00');
  });

  it('asks nothing while no service is complete', async () => {
    const { client, fetchMock } = mockClient(() => ({ data: { voucherAmountPreview: PREVIEW } }));
    await renderWithProviders(
      <AmountDerivation programmeId="p1" services={[{ ...ROW, estimatedCost: '' }]} />,
      { client },
    );
    expect(screen.queryByTestId('amount-derivation')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
