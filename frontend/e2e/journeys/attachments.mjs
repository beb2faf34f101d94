// @ts-check
/**
 * Attachments (issue #17), in real Chromium against the real server: clinic.de attaches a
 * quote (a small PDF) to its submitted application on the application page and sees it
 * listed; a file that is not what it claims is refused with the field's message; officer.de
 * opens the application from the review queue and downloads the quote (fetched with the
 * bearer token, saved as a Blob) byte for byte. Each page in English, German and French, axe
 * clean. Then the application is approved and vendor@ redeems the voucher (set up through the
 * API); vendor@ attaches the invoice later from its redemptions list, clinic.de sees it on its
 * voucher page, and officer.de downloads it from the payments page.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ready, test } from '../harness.mjs';
import { chooseLanguage, graphql, hasHorizontalOverflow, login, logout } from './shared.mjs';

const NEXT_YEAR = new Date().getUTCFullYear() + 1;
const DE_PROGRAMME = `DE-KH-CYBER-${NEXT_YEAR}`;
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108020000009077', 'hex');

const PROGRAMMES = `query { voucherPrograms(first: 100, filter: { status: OPEN }) { edges { node { id code } } } }`;
const CREATE = `mutation($p: ID!, $i: VoucherApplicationInput!) { createVoucherApplication(programId: $p, input: $i) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitVoucherApplication(id: $id) { id status } }`;
const APPROVE = `mutation($id: ID!) { approveVoucherApplication(id: $id) { status voucher { id } } }`;
const VOUCHERS = `query { vouchers(first: 100) { nodes { id code } } }`;
const REDEEM = `mutation($i: RedeemVoucherInput!) { redeemVoucher(input: $i) { redemption { id status } } }`;

/**
 * The page at 320 px without horizontal scrolling, then in German and French (the heading
 * `selector` reads `titles` in each), each state visited; back to 1280 px and English.
 * @param {import('playwright-core').Page} page
 * @param {(label: string) => Promise<void>} visit
 * @param {string} label
 * @param {string} selector
 * @param {{ de: string, fr: string }} titles
 */
async function narrowAndTranslated(page, visit, label, selector, titles) {
  await page.setViewportSize({ width: 320, height: 800 });
  assert.equal(await hasHorizontalOverflow(page), false, `${label}: the page overflows at 320 px`);
  await visit(`${label} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [language, title] of Object.entries(titles)) {
    await chooseLanguage(page, language);
    await page.locator(selector, { hasText: title }).waitFor();
    await visit(`${label} in ${language}`);
  }
  await chooseLanguage(page, 'en');
}

/** The application clinic.de submits in the first journey: the second approves it. */
let submittedId = '';

function applicationInput() {
  const period = (/** @type {string} */ label) => ({
    label,
    staff: '8',
    annualTurnover: '1200000',
    balanceSheetTotal: '800000',
  });
  return {
    requestedAmount: '10000',
    services: [
      { category: 'PENETRATION_TESTING', description: 'Penetration test of the patient portal', estimatedCost: '20000' },
    ],
    sme: {
      applicant: 'clinic',
      enterprises: [{ id: 'clinic', name: 'Clinic', kind: 'ENTERPRISE', periods: [period('2024'), period('2025')] }],
      holdings: [],
    },
    deMinimisReceivedEur: '0',
  };
}

test('attachments: a clinic attaches a quote to its application and the officer downloads it', async ({ page, visit }) => {
  // Set-up through the API: clinic.de submits an application (the form is tested elsewhere).
  await login(page, 'clinic.de@cyberhealth.example');
  const programmes = await graphql(page, PROGRAMMES, {});
  const edges = /** @type {{ edges: { node: { id: string, code: string } }[] }} */ (programmes.voucherPrograms).edges;
  const programme = edges.find((e) => e.node.code === DE_PROGRAMME);
  assert.ok(programme, `${DE_PROGRAMME} is open`);
  const created = await graphql(page, CREATE, { p: programme.node.id, i: applicationInput() });
  const id = /** @type {{ id: string }} */ (created.createVoucherApplication).id;
  const submitted = await graphql(page, SUBMIT, { id });
  assert.equal(/** @type {{ status: string }} */ (submitted.submitVoucherApplication).status, 'SUBMITTED');
  submittedId = id;

  // The clinic's application page: nothing attached yet.
  await page.goto(`/provider/applications/${id}`);
  await ready(page);
  await page.getByTestId('application-attachments-empty').waitFor();
  await visit('application without attachments');

  // A PNG named and declared as a PDF is refused with the file field's message.
  await page.setInputFiles('#application-attachments-file', {
    name: 'quote.pdf',
    mimeType: 'application/pdf',
    buffer: PNG,
  });
  await page.getByTestId('application-attachments-upload').click();
  await page.getByTestId('application-attachments-file-error').waitFor();
  assert.equal(await page.getByTestId('attachment-item').count(), 0);
  await visit('a fake PDF refused');

  // The real quote is attached and listed.
  await page.setInputFiles('#application-attachments-file', {
    name: 'quote-pentest.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await page.getByTestId('application-attachments-upload').click();
  await page.getByTestId('application-attachments-message').waitFor();
  await page.getByTestId('attachment-item').first().waitFor();
  assert.match(await page.getByTestId('application-attachments-list').innerText(), /quote-pentest\.pdf/);
  assert.match(await page.getByTestId('application-attachments-list').innerText(), /Quote/);
  await visit('quote attached');
  await narrowAndTranslated(page, visit, 'quote attached', '#application-attachments-title', {
    de: 'Angebote und Rechnungen',
    fr: 'Devis et factures',
  });
  await logout(page);

  // The officer opens the application and downloads the quote.
  await login(page, 'officer.de@cyberhealth.example');
  await page.goto(`/agency/reviews/${id}`);
  await ready(page);
  await page.getByTestId('review-attachments-list').waitFor();
  assert.equal(await page.locator('#review-attachments-file').count(), 0, 'the officer cannot attach');
  await visit('officer sees the quote');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('attachment-download').first().click(),
  ]);
  assert.equal(download.suggestedFilename(), 'quote-pentest.pdf');
  const saved = await download.path();
  assert.ok(saved, 'the download was saved');
  assert.deepEqual(await readFile(saved), PDF);
  await logout(page);
});

test('attachments: a service provider attaches an invoice to an existing redemption and the agency downloads it', async ({ page, visit }) => {
  assert.ok(submittedId, 'the first journey submitted an application');
  // Set-up through the API: officer.de approves the application, vendor@ redeems its voucher.
  await login(page, 'officer.de@cyberhealth.example');
  const approved = await graphql(page, APPROVE, { id: submittedId });
  const voucherId = /** @type {{ voucher: { id: string } }} */ (approved.approveVoucherApplication).voucher.id;
  await logout(page);
  await login(page, 'clinic.de@cyberhealth.example');
  const vouchers = /** @type {{ nodes: { id: string, code: string | null }[] }} */ ((await graphql(page, VOUCHERS, {})).vouchers);
  const code = vouchers.nodes.find((v) => v.id === voucherId)?.code;
  assert.ok(code, 'the clinic holds the voucher code');
  await logout(page);
  await login(page, 'vendor@cyberhealth.example');
  const invoice = `LATER-${Date.now().toString(36)}`;
  const redeemed = await graphql(page, REDEEM, {
    i: { code, invoiceReference: invoice, serviceCategory: 'PENETRATION_TESTING', invoiceAmount: '4000' },
  });
  const redemption = /** @type {{ redemption: { id: string, status: string } }} */ (redeemed.redeemVoucher).redemption;
  assert.equal(redemption.status, 'PENDING_PAYMENT');
  const prefix = `vendor-invoices-${redemption.id}`;

  // The redemptions list: the row links to its invoices, none yet, and offers to attach one.
  await page.goto('/vendor/redemptions');
  await ready(page);
  const row = page.locator(`[data-testid="redemption-row"][data-invoice="${invoice}"]`);
  assert.equal(await row.getByTestId('redemption-invoices-link').innerText(), 'None yet');
  await row.getByTestId('redemption-invoices-link').click();
  await page.getByTestId(`${prefix}-empty`).waitFor();
  assert.equal(await page.locator(`#${prefix}-title`).innerText(), `Invoice ${invoice}`);
  await visit('redemptions with an invoice to attach');
  await page.setInputFiles(`#${prefix}-file`, { name: `${invoice}.pdf`, mimeType: 'application/pdf', buffer: PDF });
  await page.getByTestId(`${prefix}-upload`).click();
  await page.getByTestId(`${prefix}-list`).waitFor();
  assert.match(await page.getByTestId(`${prefix}-list`).innerText(), new RegExp(`${invoice}\\.pdf`));
  await row.getByTestId('redemption-invoices-link').filter({ hasText: '1 attached' }).waitFor();
  await visit('invoice attached from the redemptions list');
  await narrowAndTranslated(page, visit, 'redemption invoices', `#${prefix}-title`, {
    de: `Rechnung ${invoice}`,
    fr: `Facture ${invoice}`,
  });
  await logout(page);

  // The clinic sees it on its voucher page, where it could attach one too while payment is pending.
  await login(page, 'clinic.de@cyberhealth.example');
  await page.goto(`/provider/vouchers/${voucherId}`);
  await ready(page);
  await page.getByTestId(`voucher-invoices-${redemption.id}-list`).waitFor();
  assert.match(await page.getByTestId(`voucher-invoices-${redemption.id}-list`).innerText(), new RegExp(`${invoice}\\.pdf`));
  assert.equal(await page.locator(`#voucher-invoices-${redemption.id}-file`).count(), 1, 'the clinic may attach while payment is pending');
  await visit('clinic voucher page with the invoice');
  await logout(page);

  // The agency's payments page lists it with the payment, downloaded byte for byte.
  await login(page, 'officer.de@cyberhealth.example');
  await page.goto('/agency/payments');
  await ready(page);
  const list = page.getByTestId(`payment-${redemption.id}-invoice-list`);
  await list.waitFor();
  assert.match(await list.innerText(), new RegExp(`${invoice}\\.pdf`));
  await visit('payments page with the invoice attached later');
  const [download] = await Promise.all([page.waitForEvent('download'), list.getByTestId('attachment-download').click()]);
  assert.equal(download.suggestedFilename(), `${invoice}.pdf`);
  const saved = await download.path();
  assert.ok(saved, 'the download was saved');
  assert.deepEqual(await readFile(saved), PDF);
  await logout(page);
});
