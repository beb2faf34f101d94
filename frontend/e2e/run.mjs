// @ts-check
/**
 * End-to-end journeys in real Chromium against the real server.
 * Run `npm run build` first; `npm run e2e` then seeds a temporary database and starts
 * $CYBERHEALTH_BIN (default ../target/debug/cyberhealth). Screenshots go to test-output/.
 */
import assert from 'node:assert/strict';
import { expectAccessible, ready, run, test } from './harness.mjs';

const PASSWORD = 'Demo-Passw0rd!';

/**
 * @typedef {{ email: string, role: string, home: string, nav: string[], memberState?: string, organisation?: boolean }} Account
 * @type {Account[]}
 */
const ACCOUNTS = [
  { email: 'admin@cyberhealth.example', role: 'PLATFORM_ADMIN', home: '/admin', nav: ['/', '/programmes', '/admin'] },
  { email: 'enisa@cyberhealth.example', role: 'ENISA_STAFF', home: '/enisa', nav: ['/', '/programmes', '/enisa'] },
  {
    email: 'officer.de@cyberhealth.example',
    role: 'AGENCY_OFFICER',
    home: '/agency',
    nav: ['/', '/programmes', '/agency', '/agency/verifications', '/agency/programmes', '/agency/reviews', '/agency/vouchers', '/agency/payments'],
    memberState: 'DE',
  },
  {
    email: 'officer.fr@cyberhealth.example',
    role: 'AGENCY_OFFICER',
    home: '/agency',
    nav: ['/', '/programmes', '/agency', '/agency/verifications', '/agency/programmes', '/agency/reviews', '/agency/vouchers', '/agency/payments'],
    memberState: 'FR',
  },
  {
    email: 'clinic.de@cyberhealth.example',
    role: 'PROVIDER_USER',
    home: '/provider',
    nav: ['/', '/programmes', '/provider', '/provider/programmes', '/provider/applications', '/provider/vouchers', '/provider/notifications'],
    memberState: 'DE',
    organisation: true,
  },
  {
    email: 'clinic.fr@cyberhealth.example',
    role: 'PROVIDER_USER',
    home: '/provider',
    nav: ['/', '/programmes', '/provider', '/provider/programmes', '/provider/applications', '/provider/vouchers', '/provider/notifications'],
    memberState: 'FR',
    organisation: true,
  },
  { email: 'vendor@cyberhealth.example', role: 'SERVICE_PROVIDER', home: '/vendor', nav: ['/', '/programmes', '/vendor', '/vendor/redeem', '/vendor/redemptions', '/vendor/notifications'] },
];
const ANONYMOUS_NAV = ['/', '/programmes', '/register', '/login'];
const TEXT = {
  invalidCredentials: 'The email address or password is incorrect.',
  sessionExpired: 'Your session has expired. Please log in again.',
  rateLimited: 'Too many attempts',
  homeTitleEn: 'Protecting Europe’s hospitals and healthcare providers against cyber attacks',
  homeTitleDe: 'Europas Krankenhäuser und Gesundheitsdienstleister vor Cyberangriffen schützen',
  alreadyRegistered: 'This organisation or contact email address is already registered.',
};

/** @typedef {import('playwright-core').Page} Page */

/** @param {Page} page */
async function navHrefs(page) {
  return page
    .locator('[data-testid="main-nav"] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** @param {Page} page */
function path(page) {
  return new URL(page.url()).pathname;
}

/**
 * Logs in through the form; waits and retries if the server rate-limits logins.
 * @param {Page} page
 * @param {string} email
 */
async function login(page, email) {
  for (let attempt = 0; ; attempt += 1) {
    await page.goto('/login');
    await ready(page);
    await page.fill('#login-email', email);
    await page.fill('#login-password', PASSWORD);
    await page.click('[data-testid="login-submit"]');
    const outcome = await Promise.race([
      page
        .waitForURL((url) => url.pathname !== '/login', { timeout: 20_000 })
        .then(() => 'ok'),
      page
        .locator('[data-testid="login-error"]')
        .waitFor({ timeout: 20_000 })
        .then(() => 'error'),
    ]);
    if (outcome === 'ok') {
      await ready(page);
      return;
    }
    const message = await page.locator('[data-testid="login-error"]').innerText();
    if (message.includes(TEXT.rateLimited) && attempt < 6) {
      await page.waitForTimeout(10_000);
      continue;
    }
    throw new Error(`login as ${email} failed: ${message}`);
  }
}

/** @param {Page} page */
async function logout(page) {
  await page.click('[data-testid="logout"]');
  await page.waitForURL((url) => url.pathname === '/login');
  await ready(page);
}

/** @param {Page} page */
async function hasHorizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

test('home page explains the programme; skip link reaches main', async ({ page, visit }) => {
  await page.goto('/');
  await visit('home');
  assert.equal(await page.locator('h1').innerText(), TEXT.homeTitleEn);
  assert.deepEqual(await navHrefs(page), ANONYMOUS_NAV);
  for (const heading of ['Prevention', 'Detection', 'Response and recovery', 'Deterrence']) {
    assert.ok(await page.getByRole('heading', { name: heading }).isVisible(), heading);
  }
  assert.ok(await page.locator('header').isVisible());
  assert.ok(await page.locator('footer').isVisible());

  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    'Skip to main content',
  );
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
});

test('public pages work at 320 px without horizontal scrolling', async ({ page, visit }) => {
  for (const [url, label] of [
    ['/', 'home'],
    ['/login', 'login'],
    ['/register', 'register'],
    ['/programmes', 'open programmes'],
    ['/no-such-page', 'not found'],
  ]) {
    await page.goto(url);
    await visit(`${label} 320px`);
    assert.equal(await hasHorizontalOverflow(page), false, `${url} overflows at 320 px`);
  }
}, { viewport: { width: 320, height: 640 } });

test('unknown pages show a 404 and workspaces ask for login', async ({ page, visit }) => {
  await page.goto('/no-such-page');
  await visit('not found');
  assert.equal(await page.locator('h1').innerText(), 'Page not found');
  await page.goto('/agency/verifications');
  await page.waitForURL((url) => url.pathname === '/login');
  await visit('login redirect');
});

for (const account of ACCOUNTS) {
  test(`login as ${account.email} shows the ${account.role} workspace only`, async ({ page, visit }) => {
    await login(page, account.email);
    assert.equal(path(page), account.home);
    await visit(`${account.role} workspace`);
    assert.deepEqual(await navHrefs(page), account.nav);
    assert.equal(await page.getByTestId('account-email').innerText(), account.email);
    if (account.memberState) {
      assert.equal(
        await page.getByTestId('account-member-state').getAttribute('data-code'),
        account.memberState,
      );
    }
    if (account.organisation) {
      assert.ok(await page.getByTestId('account-organisation').isVisible());
    }
    if (account.role !== 'AGENCY_OFFICER') {
      // Not in the menu, and not reachable by typing the address either.
      for (const url of ['/agency/verifications', '/agency/programmes/new']) {
        await page.goto(url);
        await ready(page);
        assert.ok(await page.getByTestId('forbidden').isVisible(), url);
      }
      await visit('forbidden');
    }
    await logout(page);
    assert.deepEqual(await navHrefs(page), ANONYMOUS_NAV);
    assert.ok(await page.getByTestId('logged-out').isVisible());
  });
}

test('a bad password fails without saying which part was wrong', async ({ page, visit }) => {
  await page.goto('/login');
  await ready(page);
  /** @type {string[]} */
  const messages = [];
  for (const email of ['officer.de@cyberhealth.example', 'nobody@cyberhealth.example']) {
    await page.fill('#login-email', email);
    await page.fill('#login-password', 'Wrong-Passw0rd!');
    await page.click('[data-testid="login-submit"]');
    const alert = page.getByTestId('login-error');
    await alert.waitFor();
    messages.push(await alert.innerText());
    await visit(`login error ${email.split('@')[0]}`);
    assert.equal(await page.locator('.field__error').count(), 0, 'no field is singled out');
    assert.equal(path(page), '/login');
    await page.reload();
    await ready(page);
  }
  assert.ok(
    messages.every((m) => m === TEXT.invalidCredentials || m.startsWith(TEXT.rateLimited)),
    `unexpected messages: ${messages.join(' | ')}`,
  );
  const sessionValue = await page.evaluate(() => sessionStorage.getItem('cyberhealth.session'));
  assert.equal(sessionValue, null);
});

test('language switch to German persists over reload', async ({ page, visit }) => {
  await page.goto('/');
  await ready(page);
  await page.selectOption('[data-testid="language-switcher"]', 'de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.equal(await page.locator('h1').innerText(), TEXT.homeTitleDe);
  await page.reload();
  await visit('home de');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await page.locator('h1').innerText(), TEXT.homeTitleDe);
  assert.equal(await page.locator('[data-nav-id="login"]').innerText(), 'Anmelden');
  assert.equal(await page.evaluate(() => localStorage.getItem('cyberhealth.language')), 'de');
  await page.goto('/login');
  await visit('login de');
  assert.equal(await page.locator('h1').innerText(), 'Anmelden');
});

test('register an organisation, then officer.de verifies it', async ({ page, visit }) => {
  const suffix = Date.now().toString(36);
  const name = `E2E Klinik ${suffix}`;
  const registrationId = `HRB-E2E-${suffix}`;
  const email = `e2e-${suffix}@klinik.example`;

  /** @param {string} id @param {string} value */
  const fill = (id, value) => page.fill(`#register-${id}`, value);
  const fillForm = async () => {
    await page.goto('/register');
    await ready(page);
    await fill('name', name);
    await page.selectOption('#register-memberState', 'DE');
    await page.selectOption('#register-healthcareType', 'CLINIC');
    await page.selectOption('#register-nis2Class', 'IMPORTANT');
    await fill('registrationId', registrationId);
    await fill('contactName', 'Dr. E2E Test');
    await fill('contactEmail', email);
    await fill('password', 'E2e-Long-Passw0rd!');
  };

  await page.goto('/register');
  await visit('register form');
  await page.click('[data-testid="register-submit"]');
  await page.getByTestId('register-error').waitFor();
  assert.ok(await page.getByTestId('register-name-error').isVisible());
  await visit('register required fields');

  await fillForm();
  await page.click('[data-testid="register-submit"]');
  const success = page.getByTestId('register-success');
  await success.waitFor();
  assert.match(await success.innerText(), /pending verification/);
  assert.ok((await success.innerText()).includes(name));
  await visit('register success');

  await fillForm();
  await page.click('[data-testid="register-submit"]');
  const conflict = page.getByTestId('register-error');
  await conflict.waitFor();
  assert.ok((await conflict.innerText()).includes(TEXT.alreadyRegistered), await conflict.innerText());
  await visit('register conflict');

  const row = page.locator('[data-testid="pending-organisation"]', { hasText: name });

  // Another Member State's officer never sees it.
  await login(page, 'officer.fr@cyberhealth.example');
  await page.click('[data-nav-id="agency-verifications"]');
  await page.waitForURL((url) => url.pathname === '/agency/verifications');
  await visit('queue officer.fr');
  assert.equal(await row.count(), 0);
  await logout(page);

  await login(page, 'officer.de@cyberhealth.example');
  await page.click('[data-nav-id="agency-verifications"]');
  await page.waitForURL((url) => url.pathname === '/agency/verifications');
  await ready(page);
  await row.waitFor();
  const before = await page.getByTestId('pending-organisation').count();
  assert.ok(before >= 2, `expected the seeded pending organisation too, found ${before} rows`);
  await visit('queue officer.de');

  await row.getByTestId('verify-button').click();
  await page.getByTestId('verification-status').filter({ hasText: `${name} has been verified.` }).waitFor();
  await row.waitFor({ state: 'detached' });
  await visit('queue after verify');
  assert.equal(await page.getByTestId('pending-organisation').count(), before - 1);

  await page.reload();
  await ready(page);
  await page.waitForLoadState('networkidle');
  assert.equal(await row.count(), 0, 'still gone after reload');
});

test('an expired session sends the user to login with a clear message', async ({ page, visit }) => {
  await login(page, 'clinic.de@cyberhealth.example');
  assert.equal(path(page), '/provider');
  // The stored expiry passes while the tab is closed.
  await page.evaluate(() => {
    const raw = sessionStorage.getItem('cyberhealth.session');
    if (!raw) throw new Error('no session stored');
    sessionStorage.setItem(
      'cyberhealth.session',
      JSON.stringify({ ...JSON.parse(raw), expiresAt: new Date(Date.now() - 1000).toISOString() }),
    );
  });
  await page.reload();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('session-expired').waitFor();
  assert.equal(await page.getByTestId('session-expired').innerText(), TEXT.sessionExpired);
  await visit('session expired');
  assert.deepEqual(await navHrefs(page), ANONYMOUS_NAV);
});

test('the expiry timer ends a session while the page is open', async ({ page, context }) => {
  await context.clock.install();
  await login(page, 'clinic.fr@cyberhealth.example');
  const expiresAt = await page.evaluate(
    () => JSON.parse(sessionStorage.getItem('cyberhealth.session') ?? '{}').expiresAt,
  );
  const remaining = Date.parse(String(expiresAt)) - (await page.evaluate(() => Date.now()));
  assert.ok(remaining > 0, `token already expired? expiresAt=${expiresAt}`);
  await context.clock.fastForward(remaining + 1_000);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('session-expired').waitFor();
  await expectAccessible(page, 'expired by timer');
});

test('a token the server rejects (UNAUTHENTICATED) ends the session', async ({ page, visit }) => {
  await login(page, 'vendor@cyberhealth.example');
  await page.evaluate(() => {
    const session = JSON.parse(sessionStorage.getItem('cyberhealth.session') ?? '{}');
    const token = String(session.token);
    // Same shape, broken signature.
    const tampered = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    sessionStorage.setItem('cyberhealth.session', JSON.stringify({ ...session, token: tampered }));
  });
  await page.reload();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('session-expired').waitFor();
  await visit('rejected token');
});

const CSV_HEADER =
  'entry_id,created_at,kind,amount,currency,reference,voucher_id,actor_id,allocated_after,committed_after,disbursed_after,available_after';

/** @param {number} offsetDays */
function utcDay(offsetDays) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

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
  await page.click('[data-nav-id="agency-programmes"]');
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
  assert.ok((await page.getByTestId('wizard-review').innerText()).includes('€25,000.50'));
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
  await page.click('[data-nav-id="agency-programmes"]');
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
  await page.click('[data-nav-id="programmes"]');
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
  await page.selectOption('[data-testid="language-switcher"]', 'de');
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

await import('./journeys/vouchers.mjs');
await run();
