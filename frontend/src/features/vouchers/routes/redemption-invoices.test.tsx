import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { jsonResponse, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { signedIn } from '@/test/session';
import { directoryBody, invoiceFile, listedRedemption, redemptionsAnswer, voucherDetail } from '../test/fixtures';
import { attachInvoice } from '../test/render';
import ProviderVoucherPage from './provider-voucher-page';
import VendorRedemptionsPage from './vendor-redemptions-page';

/** INV-7 awaits payment with nothing attached; INV-8 was paid, with its invoice. */
const pending = { id: 'r1', invoiceReference: 'INV-7', status: 'PENDING_PAYMENT', attachments: [] };
const paid = { id: 'r2', invoiceReference: 'INV-8', status: 'PAID', paidAt: '2026-03-05T10:00:00Z', attachments: [invoiceFile('f8', 'INV-8.pdf')] };
const uploaded = invoiceFile('f7', 'INV-7.pdf');

/** The server's answer to the upload, with the file it stored. */
function stubUpload() {
  const upload = vi.fn(() => Promise.resolve(jsonResponse(201, { ...uploaded, sha256: 'x', createdAt: '2026-03-02T10:00:00Z' })));
  vi.stubGlobal('fetch', upload);
  return upload;
}

/** Checks the invoices of INV-7 (pending: a labelled picker) and INV-8 (paid: the file, no picker). */
function expectControlOnlyWhilePending() {
  const open = within(screen.getByRole('region', { name: 'Invoice INV-7' }));
  expect(open.getByText(en.redemptionInvoices.empty)).toBeTruthy();
  expect(open.getByLabelText(en.redemptionInvoices.fileLabel)).toBeTruthy();
  const closed = within(screen.getByRole('region', { name: 'Invoice INV-8' }));
  expect(closed.getByRole('list', { name: 'Invoice INV-8' }).textContent).toContain('INV-8.pdf');
  expect(closed.getByRole('button', { name: 'Download INV-8.pdf' })).toBeTruthy();
  expect(closed.queryByLabelText(en.redemptionInvoices.fileLabel)).toBeNull();
  expect(screen.getAllByLabelText(en.redemptionInvoices.fileLabel)).toHaveLength(1);
}

/** Attaches INV-7.pdf to INV-7 on a page rendered by `renderPage` and checks the page read its data again. */
async function expectUploadReadsAgain(renderPage: () => Promise<{ reads: () => number }>) {
  const upload = stubUpload();
  const { reads } = await renderPage();
  attachInvoice('Invoice INV-7', 'INV-7.pdf');
  await waitFor(() =>
    expect(within(screen.getByRole('region', { name: 'Invoice INV-7' })).getByRole('list').textContent).toContain('INV-7.pdf'),
  );
  expect(reads()).toBe(2);
  expect((upload.mock.calls[0] as unknown as [string])[0]).toBe('/redemptions/r1/attachments?name=INV-7.pdf');
}

afterEach(() => vi.unstubAllGlobals());

describe('The service provider’s redemptions: invoices', () => {
  async function renderPage() {
    let reads = 0;
    const { client } = mockClient(() => {
      reads += 1;
      return redemptionsAnswer([
        listedRedemption({ ...pending, attachments: reads > 1 ? [uploaded] : [] }),
        listedRedemption(paid),
      ]);
    });
    await renderWithProviders(<VendorRedemptionsPage />, { client, store: signedIn('SERVICE_PROVIDER') });
    await screen.findByRole('region', { name: 'Invoice INV-7' });
    return { reads: () => reads };
  }

  it('lists each redemption’s invoices and offers to attach one only while its payment is pending', async () => {
    await renderPage();
    expectControlOnlyWhilePending();
    const links = screen.getAllByTestId('redemption-invoices-link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      [en.redemptionInvoices.none, '#vendor-invoices-r1-title'],
      ['1 attached', '#vendor-invoices-r2-title'],
    ]);
  });

  it('attaches an invoice to the pending redemption and reads the list again', async () => {
    await expectUploadReadsAgain(renderPage);
    expect(screen.getAllByTestId('redemption-invoices-link')[0]?.textContent).toBe('1 attached');
  });
});

describe('The clinic’s voucher page: invoices', () => {
  async function renderPage() {
    let reads = 0;
    const { client } = mockClient((operation) => {
      if (operation === 'ServiceProviders') return directoryBody();
      if (operation === 'MatchingServices') return { data: { matchingServices: [] } };
      reads += 1;
      const redemptions = [
        listedRedemption({ ...pending, attachments: reads > 1 ? [uploaded] : [] }),
        listedRedemption(paid),
      ];
      return { data: { voucher: voucherDetail({ status: 'PARTIALLY_REDEEMED', redemptions }) } };
    });
    await renderWithProviders(<ProviderVoucherPage />, {
      client,
      store: signedIn('PROVIDER_USER'),
      path: '/provider/vouchers/:id',
      initialEntry: '/provider/vouchers/v1',
    });
    await screen.findByRole('region', { name: 'Invoice INV-7' });
    return { reads: () => reads };
  }

  it('lists each redemption’s invoices and offers to attach one only while its payment is pending', async () => {
    await renderPage();
    expectControlOnlyWhilePending();
    expect(screen.getByRole('region', { name: en.redemptionInvoices.title }).textContent).toContain(en.redemptionInvoices.introClinic);
  });

  it('attaches an invoice to the pending redemption and reads the voucher again', async () => {
    await expectUploadReadsAgain(renderPage);
  });
});
