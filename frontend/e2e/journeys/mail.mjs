// @ts-check
/**
 * E-mail (issue #17): a password reset through a real SMTP server. The e2e server sends to the
 * test SMTP server the harness starts (aiosmtpd, `receivedMail()`); the link is taken from the
 * message it received, and the admin's outbox page shows the same e-mail as sent.
 */
import assert from 'node:assert/strict';
import { ready, receivedMail, test } from '../harness.mjs';
import { clickNav, hasHorizontalOverflow, login, logout, PASSWORD } from './shared.mjs';

// Reset to the same demo password, so later journeys still log in with it.
const ACCOUNT = 'csirt.de@cyberhealth.example';

test('a user who forgot the password resets it with the link from the e-mail, once', async ({ page, visit }) => {
  await page.goto('/login');
  await ready(page);
  await page.getByTestId('forgot-password').click();
  await page.waitForURL((url) => url.pathname === '/forgot-password');
  await visit('forgot password');
  await page.fill('#forgot-email', ACCOUNT);
  await page.click('[data-testid="reset-request-submit"]');
  const requested = page.getByTestId('reset-requested');
  await requested.waitFor();
  assert.match(await requested.innerText(), new RegExp(`If ${ACCOUNT.replace(/\./g, '\\.')} has an account`));
  await visit('reset requested');

  // The e-mail arrives at the SMTP server (the mail job runs every second).
  /** @type {import('../harness.mjs').ReceivedMail | undefined} */
  let mail;
  for (let i = 0; i < 100 && !mail; i += 1) {
    mail = receivedMail().find((m) => m.to.includes(ACCOUNT) && m.subject.includes('Reset your password'));
    if (!mail) await page.waitForTimeout(200);
  }
  assert.ok(mail, `the reset e-mail reached the SMTP server: ${JSON.stringify(receivedMail().map((m) => [m.to, m.subject]))}`);
  const link = /\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail.body);
  assert.ok(link, `a reset link in the e-mail: ${mail.body}`);

  // The admin sees the same e-mail on the outbox page.
  await login(page, 'admin@cyberhealth.example');
  await clickNav(page, 'admin-outbox');
  await page.waitForURL((url) => url.pathname === '/admin/email');
  await ready(page);
  const row = page.locator('[data-testid="outbox-row"]', { hasText: ACCOUNT }).filter({ hasText: 'Reset your password' }).first();
  await row.waitFor();
  await visit('admin outbox');
  const body = (await row.getByTestId('outbox-body').textContent()) ?? '';
  assert.ok(body.includes(link[0]), `the outbox shows the e-mail the SMTP server received: ${body}`);
  await logout(page);

  // The link: a too-short password is refused next to the field, then the new one is set.
  await page.goto(link[0]);
  await ready(page);
  await visit('reset password');
  await page.fill('#reset-password', 'short');
  await page.click('[data-testid="reset-submit"]');
  await page.getByTestId('reset-password-error').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'reset-password');
  await page.fill('#reset-password', PASSWORD);
  await page.click('[data-testid="reset-submit"]');
  await page.getByTestId('reset-done').waitFor();
  await visit('reset done');

  // The same link again: refused, with a way to ask for a new one.
  await page.goto(link[0]);
  await ready(page);
  await page.fill('#reset-password', 'Another-Passw0rd-123');
  await page.click('[data-testid="reset-submit"]');
  const refused = page.getByTestId('reset-error');
  await refused.waitFor();
  assert.match(await refused.innerText(), /already used or has expired/);
  await visit('reset link used');

  // The new password works.
  await login(page, ACCOUNT);
  assert.equal(new URL(page.url()).pathname, '/authority');
});

test(
  'the password reset pages fit a 320 px screen',
  async ({ page, visit }) => {
    await page.goto('/forgot-password');
    await ready(page);
    assert.equal(await hasHorizontalOverflow(page), false);
    await visit('forgot password 320');
    await page.goto('/reset-password');
    await ready(page);
    await page.getByTestId('reset-no-token').waitFor();
    assert.equal(await hasHorizontalOverflow(page), false);
    await visit('reset without token 320');
  },
  { viewport: { width: 320, height: 640 } },
);

test('a user chooses German for e-mails on the workspace, and it stays after a reload', async ({ page, visit }) => {
  await login(page, 'enisa@cyberhealth.example');
  assert.equal(new URL(page.url()).pathname, '/enisa');
  const select = page.locator('#mail-language');
  await select.waitFor();
  assert.equal(await select.inputValue(), 'EN');
  await select.selectOption('DE');
  await page.click('[data-testid="mail-language-save"]');
  await page.getByTestId('mail-language-status').filter({ hasText: 'Your e-mails will be written in Deutsch.' }).waitFor();
  await visit('mail language saved');
  await page.reload();
  await ready(page);
  await select.waitFor();
  assert.equal(await select.inputValue(), 'DE');
  // Back to English, so later journeys read English e-mails.
  await select.selectOption('EN');
  await page.click('[data-testid="mail-language-save"]');
  await page.getByTestId('mail-language-status').filter({ hasText: 'English' }).waitFor();
  await logout(page);
});
