import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, jsonResponse, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { signedIn } from '@/test/session';
import { redemptionRow } from '../test/fixtures';
import { RedeemVoucher } from './redeem-voucher';

const CODE = 'Q6MT-7NCF-C2DS-H6H0-1XX1';
const quote = {
  data: {
    voucherLookup: {
      clinicName: 'Klinik Nord',
      voucherId: 'v1',
      status: 'ISSUED',
      currency: 'EUR',
      remaining: '18000.00',
      expiresAt: '2027-11-29T00:00:00Z',
      aidIntensity: '50.00',
      serviceCategories: ['PENETRATION_TESTING'],
      covers: '5000.00',
      clinicPays: '5000.00',
    },
  },
};

/** The answer to `RedeemVoucher`: €5,000.00 covered of invoice INV-1, €13,000.00 left. */
const redeemed = {
  data: {
    redeemVoucher: {
      covered: '5000.00',
      clinicPays: '5000.00',
      remaining: '13000.00',
      voucherStatus: 'PARTIALLY_REDEEMED',
      redemption: redemptionRow({ invoiceReference: 'INV-1', createdAt: '2026-11-29T00:00:00Z' }),
    },
  },
};

async function lookUp(lookup: unknown, redeem: unknown = null) {
  const { client } = mockClient((operation) => (operation === 'VoucherLookup' ? lookup : redeem));
  await renderWithProviders(<RedeemVoucher />, { client, store: signedIn('SERVICE_PROVIDER', 'token-v') });
  fireEvent.change(screen.getByLabelText(en.redeem.code), { target: { value: CODE } });
  fireEvent.change(screen.getByLabelText(en.redeem.invoiceAmount), { target: { value: '10000' } });
  fireEvent.click(screen.getByTestId('lookup-submit'));
}

async function redeemWith(answer: unknown) {
  await lookUp(quote, answer);
  await screen.findByTestId('voucher-quote');
  fireEvent.change(screen.getByLabelText(en.redeem.invoiceReference), { target: { value: 'INV-1' } });
  fireEvent.change(screen.getByLabelText(en.redeem.serviceCategory), { target: { value: 'PENETRATION_TESTING' } });
  fireEvent.click(screen.getByTestId('redeem-submit'));
}

describe('RedeemVoucher: each refusal in its own words', () => {
  it('shows what the voucher pays and what the clinic pays', async () => {
    await lookUp(quote);
    expect((await screen.findByTestId('quote-covers')).textContent).toBe('€5,000.00');
    expect(screen.getByTestId('quote-clinic-pays').textContent).toBe('€5,000.00');
  });

  it('NOT_FOUND: unknown or not yours', async () => {
    await lookUp(errorBody({ code: 'NOT_FOUND' }));
    expect((await screen.findByTestId('redeem-not-found')).textContent).toBe(en.redeem.notFound);
  });

  it('RATE_LIMITED: blocked for a while', async () => {
    await lookUp(errorBody({ code: 'RATE_LIMITED' }));
    expect((await screen.findByTestId('redeem-rate-limited')).textContent).toBe(en.redeem.rateLimited);
  });

  it('VALIDATION on code: a typo, next to the code', async () => {
    await lookUp(errorBody({ code: 'VALIDATION', field: 'code' }));
    expect((await screen.findByTestId('redeem-code-error')).textContent).toBe(en.redeem.codeTypo);
    expect(screen.getByLabelText(en.redeem.code).getAttribute('aria-invalid')).toBe('true');
  });

  it('CONFLICT: the invoice reference was used before, next to it', async () => {
    await redeemWith(errorBody({ code: 'CONFLICT' }));
    expect((await screen.findByTestId('redeem-invoiceReference-error')).textContent).toBe(en.redeem.invoiceUsed);
  });

  it('INVALID_STATE_TRANSITION: expired, cancelled or used up', async () => {
    await redeemWith(errorBody({ code: 'INVALID_STATE_TRANSITION' }));
    expect((await screen.findByTestId('redeem-not-redeemable')).textContent).toBe(en.redeem.notRedeemableError);
  });

  it('VALIDATION on serviceCategory: not covered, next to the select', async () => {
    await redeemWith(errorBody({ code: 'VALIDATION', field: 'serviceCategory' }));
    expect((await screen.findByTestId('redeem-serviceCategory-error')).textContent).toBe(en.redeem.categoryNotCovered);
  });

  it('says what was covered after redeeming', async () => {
    await redeemWith(redeemed);
    expect((await screen.findByTestId('redeem-success')).textContent).toContain('Remaining on the voucher: €13,000.00.');
    expect(screen.getByTestId('quote-remaining').textContent).toBe('€13,000.00');
    expect(screen.getByTestId('quote-clinic').textContent).toBe('Klinik Nord');
  });
});

describe('RedeemVoucher: the invoice', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is attached to the redemption just made and listed', async () => {
    const upload = vi.fn(() =>
      Promise.resolve(jsonResponse(201, { id: 'f1', kind: 'INVOICE', name: 'inv-1.pdf', contentType: 'application/pdf', sizeBytes: 4096 })),
    );
    vi.stubGlobal('fetch', upload);
    await redeemWith(redeemed);
    const section = await screen.findByTestId('redemption-invoice-section');
    expect(section.querySelector('h2')?.textContent).toBe('Invoice INV-1');
    expect(screen.getByTestId('redemption-invoice-empty').textContent).toBe(en.redeem.invoiceEmpty);
    fireEvent.change(screen.getByLabelText(en.redeem.invoiceFile), {
      target: { files: [new File(['%PDF-1.4'], 'inv-1.pdf', { type: 'application/pdf' })] },
    });
    fireEvent.click(screen.getByTestId('redemption-invoice-upload'));
    await waitFor(() => expect(screen.getByTestId('redemption-invoice-list').textContent).toContain('inv-1.pdf'));
    const [url] = upload.mock.calls[0] as unknown as [string];
    expect(url).toBe('/redemptions/r1/attachments?name=inv-1.pdf');
  });
});
