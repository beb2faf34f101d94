// @ts-check
/** Journeys of the foundation: home, public pages, login per role, language, registration, sessions. */
import assert from 'node:assert/strict';
import { expectAccessible, ready, test } from '../harness.mjs';
import { ACCOUNTS, ANONYMOUS_NAV, chooseLanguage, clickNav, hasHorizontalOverflow, login, logout, navHrefs, path, TEXT } from './shared.mjs';

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
    ['/sme-check', 'sme check'],
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
    // Other workspaces are not in the menu, and not reachable by typing the address either.
    const elsewhere = [
      ...(account.role !== 'AGENCY_OFFICER' ? ['/agency/verifications', '/agency/pending', '/agency/programmes/new'] : []),
      ...(account.role !== 'PLATFORM_ADMIN' ? ['/admin/accounts', '/admin/agencies'] : []),
    ];
    for (const url of elsewhere) {
      await page.goto(url);
      await ready(page);
      assert.ok(await page.getByTestId('forbidden').isVisible(), url);
    }
    if (account.role !== 'AGENCY_OFFICER') await visit('forbidden');
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
  await chooseLanguage(page, 'de');
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
  assert.match(await success.innerText(), /verified by the national agency/);
  assert.ok((await success.innerText()).includes(name));
  const answer = await success.innerText();
  await visit('register success');

  // The same address again: the same answer (issue #14: nothing says the address has an
  // account; its holder gets an e-mail instead). With a new registration number: a taken number
  // is refused whatever the address (below).
  await fillForm();
  await fill('registrationId', `${registrationId}-2`);
  await page.click('[data-testid="register-submit"]');
  await success.waitFor();
  assert.equal(await success.innerText(), answer);

  // The same registration number with another address: a conflict on the organisation.
  await fillForm();
  await fill('contactEmail', `e2e-other-${suffix}@klinik.example`);
  await page.click('[data-testid="register-submit"]');
  const conflict = page.getByTestId('register-error');
  await conflict.waitFor();
  assert.ok((await conflict.innerText()).includes(TEXT.alreadyRegistered), await conflict.innerText());
  await visit('register conflict');

  const row = page.locator('[data-testid="pending-organisation"]', { hasText: name });

  // Another Member State's officer never sees it.
  await login(page, 'officer.fr@cyberhealth.example');
  await clickNav(page, 'agency-verifications');
  await page.waitForURL((url) => url.pathname === '/agency/verifications');
  await visit('queue officer.fr');
  assert.equal(await row.count(), 0);
  await logout(page);

  await login(page, 'officer.de@cyberhealth.example');
  await clickNav(page, 'agency-verifications');
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

test('officer.de asks a registration for information, the clinic reads it, then the registration is rejected with a reason', async ({ page, visit }) => {
  const suffix = `${Date.now().toString(36)}q`;
  const name = `E2E Praxis ${suffix}`;
  const email = `e2e-${suffix}@praxis.example`;
  const password = 'E2e-Long-Passw0rd!';
  await page.goto('/register');
  await ready(page);
  await page.fill('#register-name', name);
  await page.selectOption('#register-memberState', 'DE');
  await page.selectOption('#register-healthcareType', 'CLINIC');
  await page.selectOption('#register-nis2Class', 'IMPORTANT');
  await page.fill('#register-registrationId', `HRB-E2E-${suffix}`);
  await page.fill('#register-contactName', 'Dr. E2E Frage');
  await page.fill('#register-contactEmail', email);
  await page.fill('#register-password', password);
  await page.click('[data-testid="register-submit"]');
  await page.getByTestId('register-success').waitFor();

  const row = page.locator('[data-testid="pending-organisation"]', { hasText: name });
  await login(page, 'officer.de@cyberhealth.example');
  await clickNav(page, 'agency-verifications');
  await page.waitForURL((url) => url.pathname === '/agency/verifications');
  await ready(page);
  await row.waitFor();
  // An empty question is refused next to its field.
  await row.getByTestId('ask-open').click();
  await row.getByTestId('ask-send').click();
  await row.locator('.field__error').waitFor();
  await visit('ask for information: empty');
  await row.getByTestId('ask-text').fill('Please send an extract of the commercial register.');
  await row.getByTestId('ask-send').click();
  await page.getByTestId('verification-status').filter({ hasText: `${name} has been asked for more information.` }).waitFor();
  await visit('ask for information: sent');
  await logout(page);

  // The clinic reads the question on its workspace.
  await page.fill('#login-email', email);
  await page.fill('#login-password', password);
  await page.click('[data-testid="login-submit"]');
  await page.waitForURL((url) => url.pathname === '/provider');
  const note = page.getByTestId('account-review-note');
  await note.waitFor();
  assert.equal(await note.getAttribute('data-kind'), 'INFORMATION_REQUEST');
  assert.match(await note.innerText(), /extract of the commercial register/);
  await visit('clinic reads the question');
  await logout(page);

  await login(page, 'officer.de@cyberhealth.example');
  await clickNav(page, 'agency-verifications');
  await page.waitForURL((url) => url.pathname === '/agency/verifications');
  await ready(page);
  await row.waitFor();
  assert.match(await row.getByTestId('pending-review-note').innerText(), /commercial register/);
  await row.getByTestId('reject-open').click();
  await row.getByTestId('reject-text').fill('The register extract names another legal entity.');
  await visit('reject with a reason');
  await row.getByTestId('reject-send').click();
  await page.getByTestId('verification-status').filter({ hasText: `The registration of ${name} has been rejected.` }).waitFor();
  await row.waitFor({ state: 'detached' });
  await logout(page);

  await page.fill('#login-email', email);
  await page.fill('#login-password', password);
  await page.click('[data-testid="login-submit"]');
  await page.waitForURL((url) => url.pathname === '/provider');
  await note.waitFor();
  assert.equal(await note.getAttribute('data-kind'), 'REJECTION');
  assert.match(await note.innerText(), /another legal entity/);
  await visit('clinic reads the rejection');
  await logout(page);
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
