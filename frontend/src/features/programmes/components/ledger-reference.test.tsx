import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { LedgerReference } from './ledger-section';

async function renderReference(entry: { reference: string; voucherReference: string | null }) {
  const { client } = mockClient(() => null);
  await renderWithProviders(
    <p>
      <LedgerReference entry={entry} />
    </p>,
    { client },
  );
}

describe('A ledger movement’s reference', () => {
  it('links a voucher’s movement by the voucher’s reference, not by its id', async () => {
    await renderReference({ reference: 'DE-KH-CYBER-2027-V-000042', voucherReference: 'DE-KH-CYBER-2027-V-000042' });
    const link = screen.getByRole('link', { name: 'DE-KH-CYBER-2027-V-000042' });
    expect(link.getAttribute('href')).toBe('/agency/references/DE-KH-CYBER-2027-V-000042');
    expect(link.querySelector('code.reference')).not.toBeNull();
  });

  it('keeps a different text under the link', async () => {
    await renderReference({ reference: 'Payment of INV-7', voucherReference: 'DE-KH-CYBER-2027-V-000042' });
    expect(screen.getByText('Payment of INV-7')).toBeTruthy();
    expect(screen.getByRole('link').textContent).toBe('DE-KH-CYBER-2027-V-000042');
  });

  it('shows a movement without a voucher (a budget decision) as plain text', async () => {
    await renderReference({ reference: 'Budget decision 2027/1', voucherReference: null });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Budget decision 2027/1')).toBeTruthy();
  });
});
