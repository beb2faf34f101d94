// @ts-check
/**
 * Voucher journeys across the personas, in real Chromium against the real server:
 * (a) a new clinic registers, is verified, applies (with a reload mid-way), is approved, sees its
 *     voucher and notification and names the demo vendor as its service provider; the service
 *     provider looks up and redeems the code; the agency approves the payment and the
 *     programme's funds show it; at each step the agency's pending work counts it, then no
 *     longer;
 * (b) a clinic's application is refused with its reasons (amount above the cap, a large
 *     enterprise from the saved SME self-assessment) and stays a draft;
 * (c) the service provider uses up clinic.fr's seeded voucher, then is refused a second time;
 * and the new pages at 320 px. Helpers are local to this file.
 */
import assert from 'node:assert/strict';
import { ready, test } from '../harness.mjs';
import { chooseLanguage, clickNav, logout } from './shared.mjs';

const DEMO_PASSWORD = 'Demo-Passw0rd!';
const NEXT_YEAR = new Date().getUTCFullYear() + 1;
const DE_PROGRAMME = `DE-KH-CYBER-${NEXT_YEAR}`;
const SAVED_SME_KEY = 'cyberhealth.sme.savedInput';

/** @typedef {import('playwright-core').Page} Page */

/** @param {Page} page */
function path(page) {
  return new URL(page.url()).pathname;
}

/** @param {Page} page */
async function navHrefs(page) {
  return page
    .locator('[data-testid="main-nav"] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/**
 * Logs in through the form; waits and retries if the server rate-limits logins.
 * @param {Page} page
 * @param {string} email
 * @param {string} [password]
 */
async function login(page, email, password = DEMO_PASSWORD) {
  for (let attempt = 0; ; attempt += 1) {
    await page.goto('/login');
    await ready(page);
    await page.fill('#login-email', email);
    await page.fill('#login-password', password);
    await page.click('[data-testid="login-submit"]');
    const outcome = await Promise.race([
      page.waitForURL((url) => url.pathname !== '/login', { timeout: 20_000 }).then(() => 'ok'),
      page.locator('[data-testid="login-error"]').waitFor({ timeout: 20_000 }).then(() => 'error'),
    ]);
    if (outcome === 'ok') {
      await ready(page);
      return;
    }
    const message = await page.locator('[data-testid="login-error"]').innerText();
    if (message.includes('Too many attempts') && attempt < 6) {
      await page.waitForTimeout(10_000);
      continue;
    }
    throw new Error(`login as ${email} failed: ${message}`);
  }
}

/** @param {Page} page @param {string} navId */
async function openNav(page, navId) {
  await clickNav(page, navId);
  await ready(page);
}

/** The sections of the agency's pending work page (issue 17). */
const PENDING_KINDS = ['reviews', 'secondApprovals', 'payments', 'paymentSecondApprovals', 'verifications'];

/**
 * Opens the agency's pending work from the menu and reads each section's count.
 * @param {Page} page
 * @returns {Promise<Record<string, number>>}
 */
async function pendingCounts(page) {
  await openNav(page, 'agency-pending');
  await page.getByTestId('pending-total').waitFor();
  /** @type {Record<string, number>} */
  const counts = {};
  for (const kind of PENDING_KINDS) {
    counts[kind] = Number(await page.getByTestId(`pending-${kind}`).getAttribute('data-count'));
  }
  return counts;
}

/** @param {Page} page */
async function hasHorizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** @param {Page} page @param {string} step */
async function atStep(page, step) {
  await page.locator(`[data-testid="application-step"][data-step="${step}"]`).waitFor();
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A well-formed voucher code that no voucher has: 19 random characters and the check character
 * (their value modulo 37), as the server's `VoucherCode` computes it.
 */
function unknownValidCode() {
  for (;;) {
    let body = '';
    let value = 0n;
    for (let i = 0; i < 19; i += 1) {
      const digit = Math.floor(Math.random() * 32);
      body += CROCKFORD[digit];
      value = value * 32n + BigInt(digit);
    }
    const check = Number(value % 37n);
    if (check < 32) {
      const code = body + CROCKFORD[check];
      return code.match(/.{1,4}/g)?.join('-') ?? code;
    }
  }
}

/**
 * One character changed: the check character catches it without asking the database.
 * @param {string} code
 */
function withTypo(code) {
  const at = code.indexOf('-') + 1;
  const replaced = code[at] === 'A' ? 'B' : 'A';
  return code.slice(0, at) + replaced + code.slice(at + 1);
}

test('voucher journey: register, verify, apply with a reload, approve, notify, redeem, pay, funds', async ({ page, visit }) => {
  const suffix = Date.now().toString(36);
  const name = `E2E Vouchers Klinik ${suffix}`;
  const email = `e2e-vouchers-${suffix}@klinik.example`;
  const password = 'E2e-Vouchers-Passw0rd!';
  const invoice = `INV-${suffix}`;

  // 1. The clinic registers on the public page.
  await page.goto('/register');
  await ready(page);
  await page.fill('#register-name', name);
  await page.selectOption('#register-memberState', 'DE');
  await page.selectOption('#register-healthcareType', 'CLINIC');
  await page.selectOption('#register-nis2Class', 'IMPORTANT');
  await page.fill('#register-registrationId', `HRB-V-${suffix}`);
  await page.fill('#register-contactName', 'Dr. Voucher Test');
  await page.fill('#register-contactEmail', email);
  await page.fill('#register-password', password);
  await page.click('[data-testid="register-submit"]');
  await page.getByTestId('register-success').waitFor();

  // 2. officer.de sees it waiting on the day's pending work, and verifies it.
  await login(page, 'officer.de@cyberhealth.example');
  const registered = await pendingCounts(page);
  assert.ok(registered.verifications >= 1, 'the new registration waits for verification');
  const verifications = page.getByTestId('pending-verifications');
  // The oldest first, each aged in words and opening the verification queue.
  const ages = await verifications.getByTestId('pending-item-age').allInnerTexts();
  assert.equal(ages.length, Math.min(registered.verifications, 5));
  assert.ok(ages.every((age) => /^\(waiting (since today|\d+ days?)\)$/.test(age)), ages.join());
  const listedRegistration = verifications.locator('[data-testid="pending-item"]', { hasText: name });
  if (registered.verifications <= 5) assert.equal(await listedRegistration.count(), 1, 'the newest is listed last');
  await visit('pending work');
  await verifications.getByRole('link', { name: 'Open the verification queue' }).click();
  await ready(page);
  assert.equal(path(page), '/agency/verifications');
  const pending = page.locator('[data-testid="pending-organisation"]', { hasText: name });
  await pending.getByTestId('verify-button').click();
  await page.getByTestId('verification-status').filter({ hasText: name }).waitFor();
  const verified = await pendingCounts(page);
  assert.equal(verified.verifications, registered.verifications - 1, 'verified, it no longer waits');
  await logout(page);

  // 3. The clinic checks its eligibility, rule by rule.
  await login(page, email, password);
  assert.deepEqual((await navHrefs(page)).filter((href) => href.startsWith('/provider')), [
    '/provider/training',
    '/provider/reserve',
    '/provider',
    '/provider/programmes',
    '/provider/applications',
    '/provider/vouchers',
    '/provider/profile',
    '/provider/incidents',
    '/provider/notifications',
  ]);

  // The clinic keeps its SME data, contact person and address on its organisation's profile. Its
  // SME self-assessment (a small enterprise on its own) was saved in this browser; the profile
  // confirms it, and a new application starts from it.
  await page.evaluate(
    ({ key, org }) => {
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 1,
          savedAt: new Date().toISOString(),
          input: {
            applicant: 'clinic',
            enterprises: [
              {
                id: 'clinic',
                name: org,
                kind: 'ENTERPRISE',
                periods: [{ label: '2025', staff: '40', annualTurnover: '8000000', balanceSheetTotal: '6000000' }],
              },
            ],
            holdings: [],
          },
          result: null,
        }),
      );
    },
    { key: SAVED_SME_KEY, org: name },
  );
  await openNav(page, 'provider-profile');
  await page.getByTestId('profile-form').waitFor();
  assert.equal(await page.getByTestId('profile-sme-confirmed').innerText(), 'Not confirmed yet.');
  await visit('organisation profile');
  await page.fill('#profile-contactEmail', 'not-an-address');
  await page.click('[data-testid="profile-save"]');
  await page.locator('#profile-contactEmail-error').waitFor();
  await visit('organisation profile error');
  await page.fill('#profile-contactName', 'Dr. Voucher Test');
  await page.fill('#profile-contactEmail', email);
  await page.fill('#profile-contactPhone', '+49 30 1234567');
  await page.fill('#profile-city', 'Berlin');
  await page.check('[data-testid="profile-confirm-sme"]');
  await page.click('[data-testid="profile-save"]');
  await page.getByTestId('profile-saved').waitFor();
  // From now on the SME data come from the profile, not from this browser.
  await page.evaluate((key) => localStorage.removeItem(key), SAVED_SME_KEY);
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#profile-city'), 'Berlin');
  assert.match(await page.getByTestId('profile-sme-confirmed').innerText(), /^Last confirmed on /);

  await openNav(page, 'provider-programmes');
  const card = page.locator(`[data-testid="applicable-programme"][data-code="${DE_PROGRAMME}"]`);
  await card.locator('[data-testid="eligibility-verdict"]').waitFor();
  assert.equal(await card.getByTestId('eligibility-verdict').getAttribute('data-eligible'), 'true');
  assert.equal(
    await card.locator('[data-rule="ORGANISATION_VERIFIED"]').getAttribute('data-outcome'),
    'PASSED',
  );
  assert.equal(await card.locator('[data-rule="MAXIMUM_AMOUNT"]').getAttribute('data-outcome'), 'CHECKED_ON_APPLICATION');
  assert.match(await card.locator('[data-rule="MAXIMUM_AMOUNT"]').innerText(), /Ask for at most €60,000\.00/);
  assert.equal(await page.locator('[data-testid="applicable-programme"][data-code^="FR-"]').count(), 0, 'only its member state');
  await visit('eligibility');

  // 4. The application, step by step: the services and their costs first; no amount to type.
  await card.getByTestId('apply-link').click();
  await ready(page);
  await atStep(page, 'services');
  assert.equal(await page.locator('#application-requestedAmount').count(), 0);
  await page.click('[data-testid="application-next"]');
  await page.getByTestId('application-services-error').waitFor();
  await visit('application services error');
  await page.selectOption('#application-services-0-category', 'PENETRATION_TESTING');
  await page.fill('#application-services-0-description', 'External penetration test of the patient portal');
  await page.fill('#application-services-0-estimatedCost', '30000');
  await page.click('[data-testid="add-service"]');
  await page.selectOption('#application-services-1-category', 'RISK_ASSESSMENT');
  await page.fill('#application-services-1-description', 'Row to be removed');
  await page.click('[data-testid="add-service"]');
  await page.selectOption('#application-services-2-category', 'SECURITY_TRAINING');
  await page.fill('#application-services-2-description', 'Phishing awareness training for all staff');
  await page.fill('#application-services-2-estimatedCost', '12000,50');
  await page.locator('[data-testid="service-row"]').nth(1).getByTestId('remove-service').click();
  assert.equal(await page.getByTestId('service-row').count(), 2);
  await page.getByTestId('estimated-total').filter({ hasText: '€42,000.50' }).waitFor();
  // The amount follows from the costs, shown with its derivation: 50% of €42,000.50.
  await page.getByTestId('amount-derivation').waitFor();
  await page.locator('[data-testid="amount-derivation"][data-amount="21000.25"]').waitFor();
  assert.equal(await page.getByTestId('amount-derivation-amount').innerText(), '€21,000.25');
  await visit('application services');
  await page.click('[data-testid="application-next"]');
  // Saved as a draft on the server: the form continues at the draft's own address.
  await page.waitForURL((url) => /^\/provider\/applications\/[^/]+\/edit$/.test(url.pathname));
  await atStep(page, 'provider');
  const draftUrl = page.url();
  const applicationId = path(page).split('/')[3];
  // The service provider is picked from the directory; any provider by default.
  await page.locator('#application-serviceProviderId option', { hasText: 'SecureCare MSSP' }).waitFor({ state: 'attached' });
  assert.equal(await page.inputValue('#application-serviceProviderId'), '');
  await visit('application service provider');
  await page.click('[data-testid="application-next"]');
  await atStep(page, 'sme');
  // The SME data confirmed on the profile are there already.
  assert.equal(await page.getByTestId('sme-imported').getAttribute('data-origin'), 'saved');
  assert.ok(await page.isChecked('#application-sme-source-imported'));
  assert.ok((await page.getByTestId('sme-imported').innerText()).includes(name));
  await page.fill('#application-deMinimisReceivedEur', '10000');

  // A reload mid-way: the server draft plus the unsaved edit kept in this browser.
  const stored = await page.evaluate((id) => localStorage.getItem(`cyberhealth.applicationDraft.${id}`), applicationId);
  assert.ok(stored && stored.includes('"deMinimisReceivedEur":"10000"'), 'the unsaved edit is kept locally');
  await page.reload();
  await ready(page);
  assert.equal(page.url(), draftUrl);
  await atStep(page, 'sme');
  await page.getByTestId('application-restored').waitFor();
  assert.equal(await page.inputValue('#application-deMinimisReceivedEur'), '10000');
  assert.ok(await page.isChecked('#application-sme-source-imported'));
  await visit('application restored after reload');
  await page.click('[data-testid="application-next"]');
  await atStep(page, 'review');
  await page.locator('[data-testid="application-review"] [data-testid="amount-derivation"][data-amount="21000.25"]').waitFor();
  const review = await page.getByTestId('application-review').innerText();
  assert.ok(review.includes('€21,000.25') && review.includes('€42,000.50'), review);
  await visit('application review');
  await page.click('[data-testid="application-submit"]');
  await page.waitForURL((url) => url.pathname === `/provider/applications/${applicationId}`);
  await page.getByTestId('application-submitted').waitFor();
  assert.equal(await page.getByTestId('application-status').getAttribute('data-status'), 'SUBMITTED');
  assert.equal(await page.locator('[data-testid="application-history"] li').count(), 2);
  assert.equal(await page.getByTestId('sme-category').innerText(), 'Small enterprise');
  assert.equal(
    await page.evaluate((id) => localStorage.getItem(`cyberhealth.applicationDraft.${id}`), applicationId),
    null,
    'local edits are cleared once submitted',
  );
  await visit('application submitted');
  await logout(page);

  // 5. officer.de approves a lower amount from the review queue, reached from the pending work.
  await login(page, 'officer.de@cyberhealth.example');
  const submitted = await pendingCounts(page);
  assert.ok(submitted.reviews >= 1, 'the application waits for review');
  const reviewLinks = await page
    .getByTestId('pending-reviews')
    .locator('[data-testid="pending-item"] h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  assert.equal(reviewLinks.length, Math.min(submitted.reviews, 5));
  assert.ok(reviewLinks.every((href) => /^\/agency\/reviews\/[^/]+$/.test(href)), reviewLinks.join());
  await visit('pending work with an application');
  await page.getByTestId('pending-reviews').getByRole('link', { name: 'Open the review queue' }).click();
  await ready(page);
  const queued = page.locator('[data-testid="review-row"]', { hasText: name });
  await queued.waitFor();
  // Each row has the application's reference; the queue says how many wait.
  const reference = (await queued.getByTestId('review-reference').innerText()).trim();
  assert.match(reference, new RegExp(`^${DE_PROGRAMME}-A-\\d{6}$`), reference);
  assert.match(await page.getByTestId('queue-count').innerText(), /^\d+ applications?$/);
  await visit('review queue');
  // Searching by the reference narrows the queue to this application, in a linkable address.
  await page.fill('#queue-search', reference);
  await page.click('[data-testid="queue-apply"]');
  await page.waitForURL((url) => url.searchParams.get('q') === reference);
  await page.getByTestId('queue-count').filter({ hasText: /^1 application$/ }).waitFor();
  assert.equal(await page.getByTestId('review-row').count(), 1);
  await visit('review queue filtered by reference');
  await page.click('[data-testid="queue-clear"]');
  await page.waitForURL((url) => url.search === '');
  // Find by reference: a reference of nothing says so next to the field; a real one opens it.
  await page.fill('#find-reference', `${DE_PROGRAMME}-A-999999`);
  await page.click('[data-testid="find-reference-submit"]');
  await page.getByTestId('find-reference-error').waitFor();
  assert.equal(await page.getAttribute('#find-reference', 'aria-invalid'), 'true');
  await visit('find by reference: not found');
  await page.fill('#find-reference', 'not a reference');
  await page.click('[data-testid="find-reference-submit"]');
  await page.getByTestId('find-reference-error').filter({ hasText: 'This is not a reference' }).waitFor();
  await page.fill('#find-reference', reference);
  await page.click('[data-testid="find-reference-submit"]');
  await page.waitForURL((url) => /^\/agency\/reviews\/[^/]+$/.test(url.pathname));
  await ready(page);
  assert.equal((await page.getByTestId('application-reference').innerText()).trim(), reference);
  await page.getByTestId('decision-panel').waitFor();
  assert.ok((await page.getByTestId('sme-trace').innerText()).includes('Art. 2'), 'the SME trace is shown');
  await visit('review application');
  // An internal note the clinic never sees.
  await page.getByTestId('internal-notes-empty').waitFor();
  await page.fill('#internal-note-text', 'Called the clinic: the training quote follows.');
  await page.click('[data-testid="internal-note-add"]');
  await page.getByTestId('internal-notes-list').filter({ hasText: 'the training quote follows' }).waitFor();
  await visit('review internal note');
  await page.fill('#decision-amount', '25000');
  await page.click('[data-testid="approve"]');
  await page.getByTestId('decision-amount-error').waitFor();
  await page.fill('#decision-amount', '18000');
  await page.click('[data-testid="approve"]');
  // Nothing is sent yet: the confirmation says what approving commits and pays.
  const approveDialog = page.getByTestId('approve-confirm');
  await approveDialog.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'approve-confirm-cancel');
  assert.match(await approveDialog.innerText(), /€18,000\.00 is committed from the programme’s budget/);
  assert.match(
    await page.getByTestId('approve-confirm-prefinancing').innerText(),
    /pre-financing of €3,600\.00 \(20 % of the voucher\) is paid/,
  );
  assert.match(await page.getByTestId('approve-confirm-available').innerText(), /The programme then has €[\d,]+\.\d\d available/);
  assert.equal(await page.getByTestId('approve-confirm-confirm').innerText(), 'Approve €18,000.00 and pay €3,600.00');
  await visit('review approve confirmation');
  // Escape keeps the application as it is, and gives focus back to the button.
  await page.keyboard.press('Escape');
  await approveDialog.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'approve');
  assert.equal(await page.locator('[data-testid="application-status"][data-status="SUBMITTED"]').count(), 1);
  await page.click('[data-testid="approve"]');
  await page.getByTestId('approve-confirm-confirm').click();
  await page.getByTestId('decision-result').filter({ hasText: '€18,000.00' }).waitFor();
  await page.locator('[data-testid="application-status"][data-status="APPROVED"]').waitFor();
  assert.equal(await page.getByTestId('decision-panel').count(), 0);
  await visit('review approved');
  assert.equal((await pendingCounts(page)).reviews, submitted.reviews - 1, 'decided, it no longer waits');
  await logout(page);

  // 6. The clinic has a notification and its voucher code.
  await login(page, email, password);
  assert.equal(await page.getByTestId('unread-count').innerText(), '1');
  await openNav(page, 'provider-notifications');
  const notification = page.locator('[data-testid="notification"][data-kind="APPLICATION_APPROVED"]');
  await notification.waitFor();
  assert.equal(await notification.getAttribute('data-read'), 'false');
  await visit('notifications');
  await notification.getByRole('link').click();
  await ready(page);
  const code = (await page.getByTestId('voucher-code').innerText()).trim();
  assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  assert.equal(await page.getByTestId('voucher-amount').innerText(), '€18,000.00');
  assert.equal(await page.getByTestId('voucher-remaining').innerText(), '€18,000.00');
  await page.click('[data-testid="copy-code"]');
  await page.getByTestId('copy-status').filter({ hasText: 'The code has been copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await visit('voucher with code');
  // The clinic names the demo vendor (vendor@'s organisation) as the only provider who may redeem it.
  assert.equal(await page.getByTestId('voucher-service-provider').innerText(), 'Any verified service provider with the code');
  await page.locator('#voucher-serviceProviderId optgroup[label="Germany"] option', { hasText: 'SecureCare MSSP' }).waitFor({ state: 'attached' });
  await page.selectOption('#voucher-serviceProviderId', { label: 'SecureCare MSSP' });
  await page.click('[data-testid="choose-provider-submit"]');
  await page
    .locator('[data-testid="choose-provider-message"][role="status"]')
    .filter({ hasText: 'Only SecureCare MSSP can now redeem this voucher.' })
    .waitFor();
  await page.getByTestId('voucher-service-provider').filter({ hasText: 'SecureCare MSSP (Germany)' }).waitFor();
  await visit('voucher provider chosen');
  await openNav(page, 'provider-notifications');
  await page.click('[data-testid="mark-all-read"]');
  await page.getByTestId('notifications-status').filter({ hasText: 'All notifications are marked as read.' }).waitFor();
  await page.getByTestId('unread-count').waitFor({ state: 'detached' });
  await visit('notifications read');
  await logout(page);

  // 7. The service provider looks the code up and redeems it; each refusal has its own words.
  await login(page, 'vendor@cyberhealth.example');
  await openNav(page, 'vendor-redeem');
  await visit('redeem');
  await page.fill('#redeem-code', withTypo(code));
  await page.click('[data-testid="lookup-submit"]');
  assert.match(await page.getByTestId('redeem-code-error').innerText(), /typo/);
  await visit('redeem typo');
  await page.fill('#redeem-code', unknownValidCode());
  await page.click('[data-testid="lookup-submit"]');
  await page.getByTestId('redeem-not-found').waitFor();
  await visit('redeem not found');
  await page.fill('#redeem-code', code.toLowerCase().replaceAll('-', ' '));
  await page.fill('#redeem-invoiceAmount', '10000');
  await page.click('[data-testid="lookup-submit"]');
  await page.getByTestId('voucher-quote').waitFor();
  assert.equal(await page.getByTestId('quote-covers').innerText(), '€5,000.00');
  assert.equal(await page.getByTestId('quote-clinic-pays').innerText(), '€5,000.00');
  await visit('redeem quote');
  await page.fill('#redeem-invoiceReference', invoice);
  await page.selectOption('#redeem-serviceCategory', 'PENETRATION_TESTING');
  await page.click('[data-testid="redeem-submit"]');
  await page.getByTestId('redeem-success').filter({ hasText: '€13,000.00' }).waitFor();
  await visit('redeem success');
  // The invoice is attached to the redemption just made, for the agency to read.
  await page.getByTestId('redemption-invoice-empty').waitFor();
  await page.setInputFiles('#redemption-invoice-file', {
    name: `${invoice}.pdf`,
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await page.getByTestId('redemption-invoice-upload').click();
  await page.getByTestId('redemption-invoice-list').filter({ hasText: `${invoice}.pdf` }).waitFor();
  await visit('redeem invoice attached');
  // The same invoice again: CONFLICT next to the reference.
  await page.fill('#redeem-invoiceAmount', '100');
  await page.click('[data-testid="lookup-submit"]');
  await page.getByTestId('redeem-form').waitFor();
  await page.fill('#redeem-invoiceReference', invoice);
  await page.selectOption('#redeem-serviceCategory', 'PENETRATION_TESTING');
  await page.click('[data-testid="redeem-submit"]');
  assert.match(await page.getByTestId('redeem-invoiceReference-error').innerText(), /already been used/);
  await visit('redeem invoice reused');
  await openNav(page, 'vendor-redemptions');
  const redemption = page.locator(`[data-testid="redemption-row"][data-invoice="${invoice}"]`);
  await redemption.waitFor();
  assert.equal(await redemption.getAttribute('data-status'), 'PENDING_PAYMENT');
  await visit('vendor redemptions');
  await logout(page);

  // 8. officer.de approves the payment; the programme's funds show committed and disbursed.
  await login(page, 'officer.de@cyberhealth.example');
  const redeemed = await pendingCounts(page);
  assert.ok(redeemed.payments >= 1, 'the redemption waits for payment');
  await page.getByTestId('pending-payments').getByRole('link', { name: 'Open the payments to approve' }).click();
  await ready(page);
  const payment = page.locator(`[data-testid="payment-row"][data-invoice="${invoice}"]`);
  await payment.waitFor();
  // 20% (€3,600.00) was paid on approval, so €5,000.00 covered leaves €1,400.00 to pay.
  assert.equal(await payment.getByTestId('payment-payable').innerText(), '€1,400.00');
  // The invoice the service provider attached, to download before paying.
  await payment.getByTestId('attachment-item').filter({ hasText: `${invoice}.pdf` }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), payment.getByTestId('attachment-download').click()]);
  assert.equal(download.suggestedFilename(), `${invoice}.pdf`);
  await visit('payments');
  await payment.getByTestId('approve-payment').click();
  assert.equal(await page.getByTestId('pay-confirm-confirm').innerText(), 'Approve and pay €1,400.00');
  await page.getByTestId('pay-confirm-confirm').click();
  await page.getByTestId('payments-status').filter({ hasText: invoice }).waitFor();
  await payment.waitFor({ state: 'detached' });
  await visit('payment approved');
  assert.equal((await pendingCounts(page)).payments, redeemed.payments - 1, 'paid, it no longer waits');
  await openNav(page, 'agency-programmes');
  await page.locator(`[data-testid="agency-programme"][data-code="${DE_PROGRAMME}"] a`).click();
  await page.getByTestId('funds-cards').waitFor();
  await ready(page);
  // 18,000 committed on approval; 3,600 pre-financing and 1,400 payment disbursed.
  assert.equal(await page.getByTestId('funds-committed').innerText(), '€13,000.00');
  assert.equal(await page.getByTestId('funds-disbursed').innerText(), '€5,000.00');
  const chartTable = await page.getByTestId('funds-chart-table').innerText();
  assert.ok(chartTable.includes('€13,000.00') && chartTable.includes('€5,000.00'), chartTable);
  await visit('funds dashboard after payment');
  // From the dashboard to the programme's payments: none left to approve.
  await page.click('[data-testid="programme-payments-link"]');
  await ready(page);
  assert.equal(path(page), '/agency/payments');
  await page.getByTestId('empty').waitFor();
  // The ledger links the voucher's movements by the voucher's reference, to its application.
  await openNav(page, 'agency-programmes');
  await page.locator(`[data-testid="agency-programme"][data-code="${DE_PROGRAMME}"] a`).click();
  await page.getByTestId('ledger-table').waitFor();
  const ledgerLink = page.getByTestId('ledger-voucher-link').first();
  const voucherReference = (await ledgerLink.innerText()).trim();
  assert.match(voucherReference, new RegExp(`^${DE_PROGRAMME}-V-\\d{6}$`), voucherReference);
  await ledgerLink.click();
  await page.waitForURL((url) => url.pathname.startsWith('/agency/reviews/') && url.hash === '#voucher');
  await page.getByTestId('review-voucher').waitFor();
  await ready(page);
  assert.equal((await page.getByTestId('voucher-reference').innerText()).trim(), voucherReference);
  assert.ok((await page.getByTestId('redemption-reference').first().innerText()).includes('-R-'));
  await visit('review application with its voucher');

  // The agency cancels the voucher with a reason; its unspent funds are released.
  await openNav(page, 'agency-vouchers');
  const voucher = page.locator('[data-testid="agency-voucher"]', { hasText: name });
  await voucher.getByTestId('cancel-voucher').click();
  await voucher.getByTestId('cancel-voucher-confirm').click();
  assert.match(await voucher.getByTestId(/cancel-reason-.*-error/).innerText(), /required/);
  await page.locator('[data-testid="cancel-voucher-form"] textarea').fill('The clinic closed its IT department.');
  await visit('agency vouchers cancel form');
  await voucher.getByTestId('cancel-voucher-confirm').click();
  // €18,000 less the larger of €5,000 redeemed and €3,600 paid in advance returns to the budget.
  assert.equal(await page.getByTestId('cancel-voucher-dialog-confirm').innerText(), 'Cancel the voucher and release €13,000.00');
  await page.getByTestId('cancel-voucher-dialog-confirm').click();
  await page.getByTestId('vouchers-message').filter({ hasText: name }).waitFor();
  await page.locator('[data-testid="agency-voucher"][data-status="CANCELLED"]', { hasText: name }).waitFor();
  await visit('agency voucher cancelled');
}, { permissions: ['clipboard-read', 'clipboard-write'] });

test('a refused application lists its reasons and stays a draft; the clinic withdraws it', async ({ page, visit }) => {
  await login(page, 'clinic.de@cyberhealth.example');
  // The public SME wizard saved a group that is not an SME (a large parent holding 60%).
  await page.evaluate((key) => {
    /** @param {string} staff @param {string} turnover */
    const period = (staff, turnover) => ({ label: '2025', staff, annualTurnover: turnover, balanceSheetTotal: turnover });
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 1,
        savedAt: new Date().toISOString(),
        input: {
          applicant: 'clinic',
          enterprises: [
            { id: 'clinic', name: 'Klinikum Beispielstadt', kind: 'ENTERPRISE', periods: [period('120', '20000000')] },
            { id: 'parent', name: 'Kliniken Holding AG', kind: 'ENTERPRISE', periods: [period('2400', '400000000')] },
          ],
          holdings: [{ holder: 'parent', held: 'clinic', capitalPercent: '60', votingPercent: '60' }],
        },
        result: null,
      }),
    );
  }, SAVED_SME_KEY);
  await openNav(page, 'provider-programmes');
  const card = page.locator(`[data-testid="applicable-programme"][data-code="${DE_PROGRAMME}"]`);
  await card.locator('[data-rule="SME_CATEGORY"][data-outcome="FAILED"]').waitFor();
  assert.equal(await card.getByTestId('eligibility-verdict').getAttribute('data-eligible'), 'false');
  await visit('eligibility with saved SME');

  await card.getByTestId('apply-link').click();
  await ready(page);
  await atStep(page, 'services');
  await page.selectOption('#application-services-0-category', 'BACKUP_AND_RECOVERY');
  await page.fill('#application-services-0-description', 'Offline backups and a restore drill');
  // Half of €8,000 is below the smallest voucher: said before submitting.
  await page.fill('#application-services-0-estimatedCost', '8000');
  await page.getByTestId('amount-derivation-below-minimum').waitFor();
  await page.click('[data-testid="application-next"]');
  await page.waitForURL((url) => /^\/provider\/applications\/[^/]+\/edit$/.test(url.pathname));
  await atStep(page, 'provider');
  await page.click('[data-testid="application-next"]');
  await atStep(page, 'sme');
  // The saved self-assessment is offered and chosen.
  assert.equal(await page.getByTestId('sme-imported').getAttribute('data-origin'), 'saved');
  assert.ok(await page.isChecked('#application-sme-source-imported'));
  await visit('application with saved SME');
  await page.click('[data-testid="application-next"]');
  await atStep(page, 'review');
  await page.click('[data-testid="application-submit"]');
  const refusal = page.getByTestId('failed-rules');
  await refusal.waitFor();
  const rules = await refusal
    .locator('[data-testid="failed-rule"]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));
  assert.ok(rules.includes('MINIMUM_AMOUNT') && rules.includes('SME_CATEGORY'), rules.join());
  assert.match(await refusal.innerText(), /€5,000\.00/);
  await visit('application refused');
  // "Change" leads to the services, whose costs the amount follows from.
  await refusal.locator('[data-rule="MINIMUM_AMOUNT"] button').click();
  await atStep(page, 'services');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'application-services');

  await openNav(page, 'provider-applications');
  await page.locator('[data-testid="application-row"][data-status="DRAFT"]').first().waitFor();
  await visit('applications with draft');

  // In German: the draft's status and the rules in German words.
  await chooseLanguage(page, 'de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.equal(await page.locator('h1').innerText(), 'Meine Anträge');
  assert.equal(await page.locator('[data-testid="application-row"][data-status="DRAFT"] [data-testid="application-status"]').first().innerText(), 'Entwurf');
  await visit('applications de');
  await openNav(page, 'provider-programmes');
  await card.locator('[data-rule="MAXIMUM_AMOUNT"]').filter({ hasText: 'Beantragen Sie höchstens 60.000,00 €' }).waitFor();
  await visit('eligibility de');

  // The clinic withdraws the refused draft.
  await openNav(page, 'provider-applications');
  await page.locator('[data-testid="application-row"][data-status="DRAFT"] a').first().click();
  await ready(page);
  await page.click('[data-testid="withdraw"]');
  await page.click('[data-testid="withdraw-confirm"]');
  await page.locator('[data-testid="application-status"][data-status="WITHDRAWN"]').waitFor();
  await page.locator('[data-testid="application-history"] li[data-event="withdrawn"]').waitFor();
  await visit('application withdrawn de');
});

test('the service provider uses up clinic.fr’s voucher, then is refused', async ({ page, visit }) => {
  await login(page, 'clinic.fr@cyberhealth.example');
  await openNav(page, 'provider-vouchers');
  await page.locator('[data-testid="voucher-row"] a').first().click();
  await ready(page);
  const code = (await page.getByTestId('voucher-code').innerText()).trim();
  await visit('clinic.fr voucher');
  await logout(page);

  await login(page, 'vendor@cyberhealth.example');
  await openNav(page, 'vendor-redeem');
  const lookUp = async () => {
    await page.fill('#redeem-code', code);
    await page.fill('#redeem-invoiceAmount', '25000');
    await page.click('[data-testid="lookup-submit"]');
    await page.getByTestId('voucher-quote').waitFor();
  };
  await lookUp();
  // 80% of 25,000 is 20,000: the whole voucher.
  assert.equal(await page.getByTestId('quote-covers').innerText(), '€20,000.00');
  assert.equal(await page.getByTestId('quote-clinic-pays').innerText(), '€5,000.00');
  await page.fill('#redeem-invoiceReference', `FR-${Date.now().toString(36)}`);
  await page.selectOption('#redeem-serviceCategory', 'RISK_ASSESSMENT');
  await page.click('[data-testid="redeem-submit"]');
  await page.getByTestId('redeem-success').waitFor();
  await page.locator('[data-testid="voucher-quote"][data-status="REDEEMED"]').waitFor();
  await visit('voucher used up');
  // Looked up again it says it cannot be redeemed; redeeming anyway is refused by the server.
  await page.fill('#redeem-invoiceAmount', '100');
  await page.click('[data-testid="lookup-submit"]');
  await page.locator('[data-testid="voucher-quote"][data-status="REDEEMED"]').waitFor();
  assert.equal(await page.getByTestId('redeem-form').count(), 0);
  await page.evaluate(async (voucherCode) => {
    const session = JSON.parse(sessionStorage.getItem('cyberhealth.session') ?? '{}');
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify({
        query: 'mutation($i: RedeemVoucherInput!) { redeemVoucher(input: $i) { covered } }',
        variables: { i: { code: voucherCode, invoiceReference: `FR-again-${Date.now()}`, serviceCategory: 'RISK_ASSESSMENT', invoiceAmount: '100' } },
      }),
    });
    const body = await response.json();
    if (body.errors?.[0]?.extensions?.code !== 'INVALID_STATE_TRANSITION') {
      throw new Error(`expected INVALID_STATE_TRANSITION, got ${JSON.stringify(body)}`);
    }
  }, code);
  await visit('voucher not redeemable');
});

test('voucher pages work at 320 px without horizontal scrolling', async ({ page, visit }) => {
  await login(page, 'clinic.de@cyberhealth.example');
  for (const [url, label] of [
    ['/provider/programmes', 'apply list'],
    ['/provider/applications', 'applications'],
    ['/provider/vouchers', 'vouchers'],
    ['/provider/notifications', 'notifications'],
  ]) {
    await page.goto(url);
    await visit(`${label} 320px`);
    assert.equal(await hasHorizontalOverflow(page), false, `${url} overflows at 320 px`);
  }
  await page.goto('/provider/applications');
  await ready(page);
  await page.locator('[data-testid="application-row"] a').first().click();
  await visit('application 320px');
  assert.equal(await hasHorizontalOverflow(page), false, 'the application page overflows at 320 px');
  await page.goto('/provider/programmes');
  await ready(page);
  await page.locator(`[data-testid="applicable-programme"][data-code="${DE_PROGRAMME}"] [data-testid="apply-link"]`).click();
  await ready(page);
  await visit('application form 320px');
  assert.equal(await hasHorizontalOverflow(page), false, 'the application form overflows at 320 px');
  await logout(page);
  await login(page, 'officer.de@cyberhealth.example');
  for (const [url, label] of [
    ['/agency/reviews', 'review queue'],
    ['/agency/vouchers', 'agency vouchers'],
    ['/agency/payments', 'payments'],
  ]) {
    await page.goto(url);
    await visit(`${label} 320px`);
    assert.equal(await hasHorizontalOverflow(page), false, `${url} overflows at 320 px`);
  }
  await logout(page);
  await login(page, 'vendor@cyberhealth.example');
  await page.goto('/vendor/redeem');
  await visit('redeem 320px');
  assert.equal(await hasHorizontalOverflow(page), false, '/vendor/redeem overflows at 320 px');
}, { viewport: { width: 320, height: 640 } });
