// @ts-check
/**
 * Four eyes on money (issue #17), in real Chromium against the real server: recommend → second
 * approval. Set-up through the API (the forms are tested elsewhere): officer.de creates and
 * opens a programme where every approval needs a second officer, clinic.de submits an
 * application to it, the admin creates a second DE agency officer. Then officer.de recommends
 * the application on its review page (confirmed in words) and sees it waiting for another
 * officer, with no approve button; the second officer sees who recommended what and approves
 * it. The payment follows the same rule: the vendor redeems the voucher (API), officer B finds
 * the payment in the payment queue by the invoice's reference and recommends it; officer A
 * sees B's name on it and approves it. Axe on every state.
 */
import assert from 'node:assert/strict';
import { test } from '../harness.mjs';
import { graphql, login, logout } from './shared.mjs';

const ME = `query { me { id organisation { id } } }`;
const CREATE_PROGRAMME = `mutation($i: VoucherProgramInput!) { createVoucherProgram(input: $i) { id } }`;
const ALLOCATE = `mutation($i: FundsInput!) { allocateFunds(input: $i) { replayed } }`;
const OPEN = `mutation($id: ID!) { openVoucherProgram(id: $id) { status } }`;
const CREATE_APPLICATION = `mutation($p: ID!, $i: VoucherApplicationInput!) { createVoucherApplication(programId: $p, input: $i) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitVoucherApplication(id: $id) { id status } }`;
const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`;
const VOUCHER_CODE = `query($id: ID!) { voucherApplication(id: $id) { voucher { code } } }`;
const REDEEM = `mutation($i: RedeemVoucherInput!) { redeemVoucher(input: $i) { redemption { id payable } } }`;
const PASSWORD = 'Demo-Passw0rd!';

/** @param {string} code */
function programmeInput(code) {
  const day = 86_400_000;
  return {
    code,
    names: [
      { language: 'en', text: `Four eyes ${code}` },
      { language: 'de', text: `Vier Augen ${code}` },
    ],
    currency: 'EUR',
    minVoucher: '1000',
    maxVoucher: '30000',
    aidIntensity: '50',
    prefinancingShare: '20',
    smeCategories: ['MICRO', 'SMALL', 'MEDIUM'],
    healthcareTypes: ['HOSPITAL', 'CLINIC'],
    nis2Classes: ['ESSENTIAL', 'IMPORTANT', 'NOT_IN_SCOPE'],
    serviceCategories: ['RISK_ASSESSMENT', 'PENETRATION_TESTING'],
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + 90 * day).toISOString(),
    validityDays: 365,
    deMinimis: false,
    fourEyes: { mode: 'ALL' },
  };
}

function applicationInput() {
  const period = (/** @type {string} */ label) => ({ label, staff: '8', annualTurnover: '1200000', balanceSheetTotal: '800000' });
  return {
    requestedAmount: '10000',
    services: [{ category: 'PENETRATION_TESTING', description: 'Penetration test of the patient portal', estimatedCost: '20000' }],
    sme: {
      applicant: 'clinic',
      enterprises: [{ id: 'clinic', name: 'Clinic', kind: 'ENTERPRISE', periods: [period('2024'), period('2025')] }],
      holdings: [],
    },
    deMinimisReceivedEur: '0',
  };
}

test('four eyes: officer A recommends, sees it waiting; officer B approves (recommend → second approval); the payment likewise', async ({ page, visit }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const secondOfficer = `officer2.de.${suffix.toLowerCase()}@cyberhealth.example`;

  await login(page, 'officer.de@cyberhealth.example');
  const me = /** @type {{ organisation: { id: string } }} */ ((await graphql(page, ME, {})).me);
  const created = await graphql(page, CREATE_PROGRAMME, { i: programmeInput(`DE-4EYES-${suffix}`) });
  const programmeId = /** @type {{ id: string }} */ (created.createVoucherProgram).id;
  await graphql(page, ALLOCATE, { i: { programId: programmeId, amount: '100000', currency: 'EUR', reference: `BD-${suffix}` } });
  await graphql(page, OPEN, { id: programmeId });
  await logout(page);

  await login(page, 'clinic.de@cyberhealth.example');
  const application = await graphql(page, CREATE_APPLICATION, { p: programmeId, i: applicationInput() });
  const id = /** @type {{ id: string }} */ (application.createVoucherApplication).id;
  const submitted = await graphql(page, SUBMIT, { id });
  assert.equal(/** @type {{ status: string }} */ (submitted.submitVoucherApplication).status, 'SUBMITTED');
  await logout(page);

  await login(page, 'admin@cyberhealth.example');
  await graphql(page, CREATE_USER, {
    i: { email: secondOfficer, displayName: 'Second agency officer, Germany', role: 'AGENCY_OFFICER', organisationId: me.organisation.id, password: PASSWORD },
  });
  await logout(page);

  // Officer A: the primary action is a recommendation, confirmed in words.
  await login(page, 'officer.de@cyberhealth.example');
  await page.goto(`/agency/reviews/${id}`);
  await page.getByTestId('recommend').waitFor();
  assert.equal(await page.getByTestId('approve').count(), 0, 'no approve button before a recommendation');
  await visit('officer A: recommend approval');
  await page.getByTestId('recommend').click();
  const dialog = page.getByTestId('recommend-confirm');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /Recommend €10,000\.00 for approval; a second officer must approve it\./);
  await visit('officer A: the recommendation confirmation', { screenshot: false });
  await page.getByTestId('recommend-confirm-confirm').click();
  const waiting = page.getByTestId('recommended-by-you');
  await waiting.waitFor();
  assert.match(await waiting.innerText(), /^You recommended €10,000\.00 on .+; another officer must approve it\.$/);
  assert.equal(await page.getByTestId('approve').count(), 0, 'the recommender has no approve button');
  await visit('officer A: waiting for another officer');
  await logout(page);

  // Officer B: sees the recommendation and approves the recommended amount.
  await login(page, secondOfficer);
  await page.goto(`/agency/reviews/${id}`);
  const recommended = page.getByTestId('recommended-by-other');
  await recommended.waitFor();
  assert.match(await recommended.innerText(), /^Agency officer, Germany recommended €10,000\.00 on .+\. You may approve it\.$/);
  await visit('officer B: approve the recommendation');
  await page.getByTestId('approve').click();
  await page.getByTestId('approve-confirm').waitFor();
  assert.equal(await page.getByTestId('approve-confirm-confirm').innerText(), 'Approve €10,000.00 and pay €2,000.00');
  await page.getByTestId('approve-confirm-confirm').click();
  const result = page.getByTestId('decision-result');
  await result.waitFor();
  assert.match(await result.innerText(), /€10,000\.00/);
  await page.getByTestId('review-voucher').waitFor();
  await visit('officer B: approved');
  await logout(page);

  // The vendor redeems the voucher against an invoice of €20,000: the voucher covers €10,000,
  // of which the pre-financing paid €2,000, so €8,000 waits for payment.
  await login(page, 'clinic.de@cyberhealth.example');
  const voucher = /** @type {{ voucherApplication: { voucher: { code: string } } }} */ (await graphql(page, VOUCHER_CODE, { id }));
  await logout(page);
  const invoice = `INV-4E-${suffix}`;
  await login(page, 'vendor@cyberhealth.example');
  const redeemed = await graphql(page, REDEEM, {
    i: { code: voucher.voucherApplication.voucher.code, invoiceReference: invoice, serviceCategory: 'PENETRATION_TESTING', invoiceAmount: '20000' },
  });
  assert.equal(/** @type {{ redemption: { payable: string } }} */ (redeemed.redeemVoucher).redemption.payable, '8000.00');
  await logout(page);

  // Officer B finds the payment by the invoice's reference and recommends it.
  await login(page, secondOfficer);
  await page.goto('/agency/payments');
  await page.getByLabel('Search').fill(invoice.toLowerCase());
  await page.getByTestId('queue-apply').click();
  await page.waitForURL(/\/agency\/payments\?q=/);
  await page.getByTestId('queue-count').getByText('1 payment').waitFor();
  const row = page.locator(`[data-testid="payment-row"][data-invoice="${invoice}"]`);
  await row.getByTestId('recommend-payment').click();
  const recommendPayment = page.getByTestId('recommend-payment-confirm');
  await recommendPayment.waitFor();
  assert.match(await recommendPayment.innerText(), /Recommend paying €8,000\.00; a second officer must approve it\./);
  await visit('officer B: recommend the payment', { screenshot: false });
  await page.getByTestId('recommend-payment-confirm-confirm').click();
  await row.getByTestId('payment-recommended-by-you').waitFor();
  assert.equal(await row.getByTestId('approve-payment').count(), 0, 'the recommender cannot pay');
  await logout(page);

  // Officer A sees who recommended it and pays.
  await login(page, 'officer.de@cyberhealth.example');
  await page.goto(`/agency/payments?q=${encodeURIComponent(invoice)}&stage=second`);
  const byOther = row.getByTestId('payment-recommended-by-other');
  await byOther.waitFor();
  assert.match(await byOther.innerText(), /^Second agency officer, Germany recommended this payment on .+\. You may approve it\.$/);
  await visit('officer A: approve the recommended payment');
  await row.getByTestId('approve-payment').click();
  await page.getByTestId('pay-confirm').waitFor();
  await page.getByTestId('pay-confirm-confirm').click();
  await page.getByTestId('payments-status').getByText(`The payment for invoice ${invoice} has been approved: €8,000.00 disbursed.`).waitFor();
  await logout(page);
});
