// @ts-check
/** Journeys of the voucher programmes: creation, funds, opening, the public list. */
import assert from 'node:assert/strict';
import { ready, test } from '../harness.mjs';
import { chooseLanguage, clickNav, graphql, hasHorizontalOverflow, login, logout, utcDay } from './shared.mjs';

const CSV_HEADER =
  'entry_id,created_at,kind,amount,currency,reference,voucher_id,actor_id,allocated_after,committed_after,disbursed_after,available_after,voucher_reference';

test('officer.de creates, funds and opens a programme; anonymous visitors then see it', async ({ page, visit }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const code = `E2E-${suffix}`;
  const name = `E2E health vouchers ${suffix}`;

  // Anonymous: the seed's two open programmes (DE and FR), not this one yet.
  await page.goto('/');
  await ready(page);
  await page.click('[data-testid="home-programmes-link"]');
  await page.waitForURL((url) => url.pathname === '/programmes');
  await page.locator('[data-testid="programme-group"][data-code="FR"]').waitFor();
  assert.equal(await page.locator('[data-testid="public-programme"]', { hasText: name }).count(), 0);
  await visit('public programmes (seed)');

  await login(page, 'officer.de@cyberhealth.example');
  await clickNav(page, 'agency-programmes');
  await page.waitForURL((url) => url.pathname === '/agency/programmes');
  await ready(page);
  await visit('agency programmes');

  // Wizard: an empty first step is refused next to the fields.
  await page.click('[data-testid="new-programme"]');
  await page.waitForURL((url) => url.pathname === '/agency/programmes/new');
  await ready(page);
  await visit('wizard identity');
  await page.click('[data-testid="wizard-next"]');
  await page.getByTestId('wizard-error-summary').waitFor();
  assert.ok(await page.getByTestId('wizard-code-error').isVisible());
  assert.ok(await page.getByTestId('wizard-name-en-error').isVisible());
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'wizard-code');
  await visit('wizard identity errors');

  await page.fill('#wizard-code', code);
  await page.fill('#wizard-name-en', name);
  await page.fill('#wizard-name-de', `E2E Gesundheitsgutscheine ${suffix}`);
  await page.fill('#wizard-description-en', 'Vouchers for cybersecurity services, created by the e2e suite.');
  await page.click('[data-testid="wizard-next"]');
  await page.locator('[data-step="amounts"]').waitFor();
  await page.fill('#wizard-minVoucher', '1000');
  await page.fill('#wizard-maxVoucher', '25000.505');
  await page.fill('#wizard-aidIntensity', '50');
  await page.fill('#wizard-prefinancingShare', '20');
  await page.click('[data-testid="wizard-next"]');
  await page.getByTestId('wizard-maxVoucher-error').waitFor();
  await visit('wizard amounts errors');
  await page.fill('#wizard-maxVoucher', '25000.50');
  // Four eyes from an amount on: the threshold is asked for, and checked, only then.
  await page.selectOption('#wizard-fourEyesMode', 'AT_OR_ABOVE');
  await page.click('[data-testid="wizard-next"]');
  await page.getByTestId('wizard-fourEyesThreshold-error').waitFor();
  await page.fill('#wizard-fourEyesThreshold', '10000');
  await page.click('[data-testid="wizard-next"]');
  await page.locator('[data-step="eligibility"]').waitFor();
  await page.check('#wizard-healthcareTypes-CLINIC');
  await page.check('#wizard-healthcareTypes-HOSPITAL');
  await page.check('#wizard-nis2Classes-IMPORTANT');
  await page.check('#wizard-serviceCategories-RISK_ASSESSMENT');
  await page.check('#wizard-serviceCategories-SECURITY_TRAINING');
  await visit('wizard eligibility');
  await page.click('[data-testid="wizard-next"]');
  await page.locator('[data-step="window"]').waitFor();
  await page.fill('#wizard-opensAt', utcDay(0));
  await page.fill('#wizard-closesAt', utcDay(365));
  await page.click('[data-testid="wizard-next"]');
  await page.getByTestId('wizard-review').waitFor();
  const review = await page.getByTestId('wizard-review').innerText();
  assert.ok(review.includes('€25,000.50'), review);
  assert.ok(review.includes('A second officer approves €10,000.00 or more'), review);
  await visit('wizard review');
  await page.click('[data-testid="wizard-submit"]');

  // The dashboard of the new draft.
  await page.getByTestId('programme-created').waitFor();
  await ready(page);
  const dashboardUrl = page.url();
  assert.equal(await page.getByTestId('programme-name').innerText(), name);
  assert.equal(await page.getByTestId('programme-status').getAttribute('data-status'), 'DRAFT');
  assert.equal(await page.getByTestId('funds-allocated').innerText(), '€0.00');
  assert.equal(await page.getByTestId('funds-chart').count(), 0, 'no chart before any movement');
  await visit('dashboard draft');

  // Opening without a budget is refused with a clear message.
  await page.click('[data-testid="status-open"]');
  const statusMessage = page.getByTestId('status-message');
  await statusMessage.waitFor();
  assert.match(await statusMessage.innerText(), /Allocate a budget before opening/);
  await visit('dashboard open refused');

  // Allocate: too many decimals is refused in the form, then a valid amount is booked.
  await page.fill('#allocate-amount', '1000.005');
  await page.fill('#allocate-reference', `BD-${suffix}`);
  await page.click('[data-testid="allocate-submit"]');
  await page.getByTestId('allocate-amount-error').waitFor();
  await visit('allocate field error');
  await page.fill('#allocate-amount', '150000.00');
  await page.click('[data-testid="allocate-submit"]');
  await page.getByTestId('allocate-success').waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="funds-allocated"]')?.textContent === '€150,000.00',
  );
  assert.equal(await page.getByTestId('funds-available').innerText(), '€150,000.00');
  // The refusal to open no longer applies once there is a budget: its message is gone.
  assert.equal(await page.getByTestId('status-message').count(), 0);
  const chart = page.getByTestId('funds-chart');
  await chart.waitFor();
  assert.equal(await chart.getAttribute('data-months'), '1');
  assert.equal(await chart.getAttribute('data-last-allocated'), '150000');
  assert.equal(await chart.getAttribute('role'), 'img');
  assert.ok(
    (await page.getByTestId('funds-chart-table').innerText()).includes('€150,000.00'),
    'the table alternative has the month-end figure',
  );
  assert.equal(await page.getByTestId('ledger-row').count(), 1);
  await visit('dashboard funded');

  // A second allocation moves the chart's month-end value.
  await page.fill('#allocate-amount', '50000');
  await page.fill('#allocate-reference', `BD-${suffix}-2`);
  await page.click('[data-testid="allocate-submit"]');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="funds-chart"]')?.getAttribute('data-last-allocated') === '200000',
  );
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="ledger-row"]').length === 2);

  await page.click('[data-testid="status-open"]');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="programme-status"]')?.getAttribute('data-status') === 'OPEN',
  );
  await visit('dashboard open');

  // CSV export with the bearer token, downloaded as a Blob.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid="ledger-csv"]'),
  ]);
  assert.equal(download.suggestedFilename(), `${code}-ledger.csv`);
  const stream = await download.createReadStream();
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  const csv = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n').filter(Boolean);
  assert.equal(lines[0], CSV_HEADER);
  assert.equal(lines.length, 3, `header and two entries:\n${csv}`);

  // The list shows it as open.
  await clickNav(page, 'agency-programmes');
  await ready(page);
  const row = page.locator(`[data-testid="agency-programme"][data-code="${code}"]`);
  await row.waitFor();
  assert.ok((await row.innerText()).includes('€200,000.00'));
  await visit('agency programmes listed');

  // The same code again: the server's CONFLICT lands on the code field of the first step.
  await page.click('[data-testid="new-programme"]');
  await ready(page);
  await page.fill('#wizard-code', code);
  await page.fill('#wizard-name-en', `${name} again`);
  await page.click('[data-testid="wizard-next"]');
  await page.fill('#wizard-minVoucher', '1000');
  await page.fill('#wizard-maxVoucher', '2000');
  await page.fill('#wizard-aidIntensity', '40');
  await page.click('[data-testid="wizard-next"]');
  await page.check('#wizard-healthcareTypes-CLINIC');
  await page.check('#wizard-nis2Classes-ESSENTIAL');
  await page.check('#wizard-serviceCategories-PENETRATION_TESTING');
  await page.click('[data-testid="wizard-next"]');
  await page.fill('#wizard-opensAt', utcDay(1));
  await page.fill('#wizard-closesAt', utcDay(200));
  await page.click('[data-testid="wizard-next"]');
  await page.click('[data-testid="wizard-submit"]');
  await page.locator('[data-step="identity"]').waitFor();
  await page.getByTestId('wizard-code-error').waitFor();
  assert.match(await page.getByTestId('wizard-code-error').innerText(), /already exists/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'wizard-code');
  await visit('wizard conflict');

  // Anonymous visitors see the open programme, grouped under Germany.
  await logout(page);
  await clickNav(page, 'programmes');
  await page.waitForURL((url) => url.pathname === '/programmes');
  await ready(page);
  const card = page.locator('[data-testid="public-programme"]', { hasText: name });
  await card.waitFor();
  assert.equal(
    await card.locator('xpath=ancestor::section[@data-testid="programme-group"]').getAttribute('data-code'),
    'DE',
  );
  const text = await card.innerText();
  assert.ok(text.includes('€1,000.00 to €25,000.50'), text);
  assert.ok(text.includes('50% of the eligible costs'), text);
  assert.ok(text.includes('Risk assessment, Security training'), text);
  await visit('public programmes');
  await page.selectOption('#programmes-member-state', 'AT');
  await page.getByTestId('empty').waitFor();
  await visit('public programmes filtered empty');
  await page.selectOption('#programmes-member-state', 'DE');
  await card.waitFor();

  // In German: the name in the UI language and amounts in German format.
  await chooseLanguage(page, 'de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  const cardDe = page.locator('[data-testid="public-programme"]', { hasText: `E2E Gesundheitsgutscheine ${suffix}` });
  await cardDe.waitFor();
  const textDe = (await cardDe.innerText()).replace(/\s/g, ' ');
  assert.ok(textDe.includes('1.000,00 € bis 25.000,50 €'), textDe);
  assert.ok(textDe.includes('Risikobewertung'), textDe);
  await visit('public programmes de');

  // A direct visit to the dashboard without login asks for login.
  await page.goto(dashboardUrl);
  await page.waitForURL((url) => url.pathname === '/login');
});

test('officer.de edits an open programme and removes unused funds', async ({ page, visit }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const name = `E2E edit vouchers ${suffix}`;
  await login(page, 'officer.de@cyberhealth.example');

  // Set-up through the API: an open programme with EUR 100,000 (creation is tested above).
  const created = await graphql(
    page,
    `mutation Create($input: VoucherProgramInput!) { createVoucherProgram(input: $input) { id } }`,
    {
      input: {
        code: `E2E-EDIT-${suffix}`,
        names: [{ language: 'en', text: name }],
        currency: 'EUR',
        minVoucher: '1000',
        maxVoucher: '20000',
        aidIntensity: '50',
        smeCategories: ['MICRO', 'SMALL', 'MEDIUM'],
        healthcareTypes: ['CLINIC'],
        nis2Classes: ['IMPORTANT'],
        serviceCategories: ['RISK_ASSESSMENT'],
        opensAt: `${utcDay(0)}T00:00:00Z`,
        closesAt: `${utcDay(180)}T23:59:59Z`,
        validityDays: 365,
        deMinimis: true,
      },
    },
  );
  const id = String(created.createVoucherProgram?.['id']);
  await graphql(
    page,
    `mutation Allocate($input: FundsInput!) { allocateFunds(input: $input) { replayed } }`,
    { input: { programId: id, amount: '100000.00', currency: 'EUR', reference: `BD-${suffix}` } },
  );
  await graphql(page, `mutation Open($id: ID!) { openVoucherProgram(id: $id) { status } }`, { id });

  await page.goto(`/agency/programmes/${id}`);
  await page.getByTestId('funds-cards').waitFor();
  assert.equal(await page.getByTestId('programme-status').getAttribute('data-status'), 'OPEN');

  // An accepted edit: a new name and a higher cap.
  await page.click('[data-testid="edit-programme"]');
  await page.waitForURL((url) => url.pathname === `/agency/programmes/${id}/edit`);
  await page.getByTestId('edit-open-note').waitFor();
  assert.equal(await page.inputValue('#wizard-code'), `E2E-EDIT-${suffix}`);
  await visit('edit open programme');
  await page.fill('#wizard-name-en', `${name} (extended)`);
  await page.click('[data-testid="wizard-next"]');
  await page.locator('[data-step="amounts"]').waitFor();
  assert.match(await page.inputValue('#wizard-maxVoucher'), /^20000(\.00)?$/);
  await page.fill('#wizard-maxVoucher', '30000');
  for (const step of ['eligibility', 'window', 'review']) {
    await page.click('[data-testid="wizard-next"]');
    await page.locator(`[data-step="${step}"]`).waitFor();
  }
  await page.click('[data-testid="wizard-submit"]');
  await page.getByTestId('programme-updated').waitFor();
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="programme-name"]')?.textContent === expected,
    `${name} (extended)`,
  );
  await visit('dashboard after edit');

  // A refused edit: an open programme keeps its aid intensity; the error is next to the field.
  await page.click('[data-testid="edit-programme"]');
  await page.getByTestId('edit-open-note').waitFor();
  await page.click('[data-testid="wizard-next"]');
  await page.locator('[data-step="amounts"]').waitFor();
  assert.match(await page.inputValue('#wizard-maxVoucher'), /^30000(\.00)?$/);
  await page.fill('#wizard-aidIntensity', '40');
  for (const step of ['eligibility', 'window', 'review']) {
    await page.click('[data-testid="wizard-next"]');
    await page.locator(`[data-step="${step}"]`).waitFor();
  }
  await page.click('[data-testid="wizard-submit"]');
  await page.locator('[data-step="amounts"]').waitFor();
  const fieldError = page.getByTestId('wizard-aidIntensity-error');
  await fieldError.waitFor();
  assert.equal(await fieldError.innerText(), 'An open programme keeps this rule: applications and vouchers depend on it.');
  assert.equal(await page.getByLabel('Aid intensity (%)').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'wizard-aidIntensity');
  await visit('edit refused on open programme');

  // Deallocation: part of the budget, then more than is available.
  await page.goto(`/agency/programmes/${id}`);
  await page.getByTestId('deallocate-form').waitFor();
  assert.match(await page.getByTestId('deallocate-form').innerText(), /€100,000\.00/);
  await page.fill('#deallocate-amount', '25000.00');
  await page.fill('#deallocate-reference', `CUT-${suffix}`);
  await page.click('[data-testid="deallocate-submit"]');
  await page.getByTestId('deallocate-success').waitFor();
  assert.equal(await page.getByTestId('deallocate-success').innerText(), '€25,000.00 removed. Available now: €75,000.00.');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="funds-allocated"]')?.textContent === '€75,000.00',
  );
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="ledger-row"]').length === 2);
  await visit('dashboard after deallocation');

  await page.fill('#deallocate-amount', '75000.01');
  await page.fill('#deallocate-reference', `CUT-${suffix}-2`);
  await page.click('[data-testid="deallocate-submit"]');
  const refusal = page.getByTestId('deallocate-error');
  await refusal.waitFor();
  assert.equal(
    await refusal.innerText(),
    'You cannot remove more than the available funds (€75,000.00). Committed and disbursed funds stay with the programme.',
  );
  assert.equal(await page.getByTestId('funds-available').innerText(), '€75,000.00');
  await visit('deallocation refused');
  await logout(page);
});

test('agency programme pages work at 320 px without horizontal scrolling', async ({ page, visit }) => {
  await login(page, 'officer.de@cyberhealth.example');
  await page.goto('/agency/programmes');
  await visit('agency programmes 320px');
  assert.equal(await hasHorizontalOverflow(page), false, '/agency/programmes overflows at 320 px');
  // The programme created by the previous journey.
  const link = page.locator('[data-testid="agency-programme"] a').first();
  if ((await link.count()) > 0) {
    await link.click();
    await page.getByTestId('funds-cards').waitFor();
    await visit('dashboard 320px');
    assert.equal(await hasHorizontalOverflow(page), false, 'the dashboard overflows at 320 px');
  }
  await page.goto('/agency/programmes/new');
  await visit('wizard 320px');
  assert.equal(await hasHorizontalOverflow(page), false, 'the wizard overflows at 320 px');
}, { viewport: { width: 320, height: 640 } });
