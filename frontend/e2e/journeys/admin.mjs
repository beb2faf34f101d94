// @ts-check
/** Journeys of the admin workspace: agencies and accounts. */
import assert from 'node:assert/strict';
import { ready, test } from '../harness.mjs';
import { clickNav, hasHorizontalOverflow, login, logout, TEXT } from './shared.mjs';

test('the admin creates an agency and an officer account for it, then deactivates the account', async ({ page, visit }) => {
  const suffix = Date.now().toString(36);
  const agency = `E2E Gesundheitsagentur ${suffix}`;
  const email = `e2e-officer-${suffix}@agency.example`;
  const password = 'E2e-Officer-Passw0rd!';

  await login(page, 'admin@cyberhealth.example');
  await clickNav(page, 'admin-agencies');
  await page.waitForURL((url) => url.pathname === '/admin/agencies');
  await ready(page);
  await page.locator('[data-testid="agency-row"]').first().waitFor();
  await visit('admin agencies');

  // An empty form is refused next to its fields.
  await page.click('[data-testid="agency-submit"]');
  await page.getByTestId('agency-error').waitFor();
  assert.ok(await page.getByTestId('agency-name-error').isVisible());
  assert.ok(await page.getByTestId('agency-memberState-error').isVisible());
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'agency-name');
  await visit('agency form errors');

  await page.fill('#agency-name', agency);
  await page.selectOption('#agency-memberState', 'AT');
  await page.fill('#agency-registrationId', `E2E-AT-${suffix}`);
  await page.click('[data-testid="agency-submit"]');
  const created = page.getByTestId('agency-created');
  await created.waitFor();
  assert.equal((await created.innerText()).split('\n')[0], `${agency} has been created for Austria.`);
  const row = page.locator(`[data-testid="agency-row"][data-name="${agency}"]`);
  await row.waitFor();
  assert.equal(await row.getAttribute('data-member-state'), 'AT');
  await visit('agency created');

  // The same registration number again: CONFLICT, next to the field.
  await page.fill('#agency-name', `${agency} again`);
  await page.selectOption('#agency-memberState', 'AT');
  await page.fill('#agency-registrationId', `E2E-AT-${suffix}`);
  await page.click('[data-testid="agency-submit"]');
  await page.getByTestId('agency-registrationId-error').waitFor();
  assert.match(await page.getByTestId('agency-registrationId-error').innerText(), /already exists/);

  // An officer account for the new agency, from the agency's row.
  await row.getByTestId('agency-create-account').click();
  await page.waitForURL((url) => url.pathname === '/admin/accounts');
  await ready(page);
  assert.equal(await page.inputValue('#account-role'), 'AGENCY_OFFICER');
  await page.waitForFunction(() => {
    const select = document.querySelector('#account-organisationId');
    return select instanceof HTMLSelectElement && select.selectedOptions[0]?.textContent?.includes('Austria');
  });
  await page.fill('#account-email', email);
  await page.fill('#account-displayName', 'E2E Officer Austria');
  await page.fill('#account-password', password);
  await visit('account form');
  await page.click('[data-testid="account-submit"]');
  await page.getByTestId('account-created').waitFor();
  assert.equal(await page.getByTestId('account-created').innerText(), `The account ${email} has been created.`);

  const account = page.locator(`[data-testid="account-row"][data-email="${email}"]`);
  await account.waitFor();
  assert.equal(await account.getAttribute('data-active'), 'true');
  assert.ok((await account.innerText()).includes(agency));
  // The admin's own row offers no deactivation.
  const own = page.locator('[data-testid="account-row"][data-email="admin@cyberhealth.example"]');
  assert.equal(await own.locator('button').count(), 0);
  await visit('account created');

  // The same email again: CONFLICT next to the email field.
  await page.fill('#account-email', email);
  await page.fill('#account-displayName', 'Someone else');
  await page.fill('#account-password', password);
  await page.click('[data-testid="account-submit"]');
  await page.getByTestId('account-email-error').waitFor();
  assert.equal(await page.getByTestId('account-email-error').innerText(), 'An account with this email address already exists.');

  await account.getByTestId('deactivate-account').click();
  assert.match(await page.getByTestId('deactivate-confirm').innerText(), /can no longer log in/);
  await page.getByTestId('deactivate-confirm-confirm').click();
  await page.waitForFunction(
    (address) => document.querySelector(`[data-testid="account-row"][data-email="${address}"]`)?.getAttribute('data-active') === 'false',
    email,
  );
  assert.match(await page.getByTestId('account-status-message').innerText(), /has been deactivated/);
  assert.equal(await account.getByTestId('account-active').innerText(), 'Deactivated');
  await visit('account deactivated');

  // Still deactivated after a reload, and the pages fit 320 px.
  await page.reload();
  await account.waitFor();
  assert.equal(await account.getAttribute('data-active'), 'false');
  await page.setViewportSize({ width: 320, height: 640 });
  await visit('accounts 320px');
  assert.equal(await hasHorizontalOverflow(page), false, '/admin/accounts overflows at 320 px');
  await page.goto('/admin/agencies');
  await visit('agencies 320px');
  assert.equal(await hasHorizontalOverflow(page), false, '/admin/agencies overflows at 320 px');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The deactivated account cannot log in; the message does not say why.
  await logout(page);
  await page.fill('#login-email', email);
  await page.fill('#login-password', password);
  await page.click('[data-testid="login-submit"]');
  const refusal = page.getByTestId('login-error');
  await refusal.waitFor();
  assert.equal(await refusal.innerText(), TEXT.invalidCredentials);
  await visit('deactivated account login');
});

test('the admin reads the whole audit trail, an agency officer only its own member state’s', async ({ page, visit }) => {
  await login(page, 'admin@cyberhealth.example');
  await clickNav(page, 'admin-audit');
  await page.waitForURL((url) => url.pathname === '/admin/audit');
  await ready(page);
  await page.locator('[data-testid="audit-row"]').first().waitFor();
  const chains = await page.locator('[data-testid="audit-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-chain')));
  assert.ok(chains.includes('EU'), `the admin sees the EU chain: ${chains.join(', ')}`);
  await visit('audit trail (admin)');

  // Refusals only, kept in the address.
  await page.selectOption('#audit-outcome', 'DENIED');
  await page.click('[data-testid="audit-filter"]');
  await page.waitForURL((url) => url.searchParams.get('outcome') === 'DENIED');
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('[data-testid="audit-row"]')).every((r) => r.getAttribute('data-outcome') === 'DENIED'),
  );
  await visit('audit trail refusals');
  await logout(page);

  await login(page, 'officer.de@cyberhealth.example');
  await clickNav(page, 'agency-audit');
  await page.waitForURL((url) => url.pathname === '/agency/audit');
  await ready(page);
  await page.locator('[data-testid="audit-row"]').first().waitFor();
  const own = await page.locator('[data-testid="audit-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-chain')));
  assert.deepEqual([...new Set(own)], ['MS:DE'], 'an agency reads its own member state’s chain only');
  await page.setViewportSize({ width: 320, height: 640 });
  await visit('audit trail (agency) 320px');
  assert.equal(await hasHorizontalOverflow(page), false, '/agency/audit overflows at 320 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  await logout(page);
});
