// @ts-check
/**
 * The early-warning journey (issue #12), in real Chromium against the real server with the demo
 * data (one published alert per TLP level, one draft). A clinic user (clinic.de) keeps the
 * alerts inbox open in one browser context while ENISA, in another, drafts a CRITICAL alert
 * (refused first for TLP:AMBER without recipients and for a malformed indicator, then
 * TLP:GREEN with the live explanation of who will see it) and publishes it: the alert appears
 * in the clinic's open inbox and the menu's count goes up, without a reload (graphql-ws). The
 * clinic filters (kept in the address), opens it, copies an indicator, downloads the STIX
 * bundle and answers "mitigation applied"; ENISA sees the answer counted for Germany, publishes
 * an update (a stricter marking is not offered; the change note is required) and the clinic
 * sees the update live. A visitor reads the TLP:CLEAR alert and is told the GREEN one is not
 * available. axe on every state, in en/de/fr, at 1280 and 320 px.
 */
import assert from 'node:assert/strict';
import { expectAccessible, ready, test } from '../harness.mjs';
import { chooseLanguage, hasHorizontalOverflow, login, path, revealInHeader } from './shared.mjs';

/** @typedef {import('playwright-core').Page} Page */

const CLEAR_TITLE = 'Ransomware campaign against hospital VPN gateways';
const GREEN_SEED_TITLE = 'Phishing wave impersonating medical suppliers';

/** The id of the alert ENISA publishes (for the visitor's test). */
let greenAlertId = '';

/** @param {Page} page */
async function awaitingCount(page) {
  const badge = page.getByTestId('alerts-count');
  if ((await badge.count()) === 0) return 0;
  return Number(await badge.first().textContent());
}

/** @param {Page} page @param {number} count */
async function waitAwaitingCount(page, count) {
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="alerts-count"]')?.textContent ?? '0') === n,
    count,
    { timeout: 20_000 },
  );
}

/** @param {Page} page */
async function waitLive(page) {
  await page.locator('[data-testid="feed-status"][data-status="live"]').waitFor({ timeout: 20_000 });
}

/**
 * Checks the page as it is now in de and fr (and back to en) with axe.
 * @param {Page} page
 * @param {(label: string, options?: { screenshot?: boolean }) => Promise<void>} visit
 * @param {string} label
 */
async function inEveryLanguage(page, visit, label) {
  for (const language of ['de', 'fr']) {
    await chooseLanguage(page, language);
    await ready(page);
    await visit(`${label} in ${language}`, { screenshot: false });
  }
  await chooseLanguage(page, 'en');
  await ready(page);
}

test(
  'alerts journey: ENISA publishes a CRITICAL TLP:GREEN alert that appears live in an open clinic inbox; the clinic answers',
  async ({ page, visit, context, baseUrl }) => {
    const title = `E2E PACS exploitation ${Date.now().toString(36)}`;

    // The clinic's inbox stays open in this context.
    await login(page, 'clinic.de@cyberhealth.example');
    await (await revealInHeader(page, '[data-nav-id="alerts"]')).click();
    await page.waitForURL((url) => url.pathname === '/alerts');
    await ready(page);
    await waitLive(page);
    await page.getByRole('link', { name: GREEN_SEED_TITLE }).waitFor();
    await page.getByTestId('alerts-count').waitFor();
    const before = await awaitingCount(page);
    assert.ok(before >= 1, 'the seeded alerts await the clinic’s answer');
    await visit('clinic inbox');

    // ENISA in its own browser context.
    const browser = context.browser();
    assert.ok(browser);
    const enisaContext = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const enisa = await enisaContext.newPage();
    /** @type {string[]} */
    const enisaErrors = [];
    enisa.on('pageerror', (error) => enisaErrors.push(String(error)));
    try {
      await login(enisa, 'enisa@cyberhealth.example');
      await enisa.goto('/enisa/alerts');
      await ready(enisa);
      await enisa.getByText('Draft: suspected supply-chain compromise').first().waitFor();
      await expectAccessible(enisa, 'ENISA alert list');
      await enisa.click('[data-testid="new-alert"]');
      await ready(enisa);
      await enisa.fill('#alert-title-input', title);
      await enisa.fill('#alert-summary-input', 'A PACS server flaw is exploited to encrypt imaging archives.');
      await enisa.fill('#alert-body-input', 'Attackers exploit the flaw remotely.\n\nPatch, then hunt for the indicators.');
      await enisa.fill('#alert-actions-input', 'Apply the vendor update.\nBlock the listed address.');
      await enisa.selectOption('#alert-severity-input', 'CRITICAL');
      await enisa.fill('#alert-products', 'ExamplePACS: Archive 7');
      await enisa.fill('#alert-cves', 'CVE-2026-20001');
      await enisa.click('[data-testid="add-indicator"]');
      await enisa.fill('#indicator-0-value', '203.0.113.300');
      // The preview follows the form.
      assert.equal(await enisa.getByTestId('preview-title').innerText(), title);
      // TLP:AMBER without recipients: the picker says so, and the server refuses it by field.
      await enisa.check('#tlp-AMBER');
      assert.match(await enisa.getByTestId('tlp-audience').innerText(), /nobody yet: TLP:AMBER needs recipients/);
      await expectAccessible(enisa, 'editor filled, TLP:AMBER');
      await enisa.click('[data-testid="editor-save"]');
      await enisa.getByTestId('editor-errors').waitFor();
      const refused = await enisa.getByTestId('editor-errors').innerText();
      assert.match(refused, /do not fit the marking|not a valid value/);
      await expectAccessible(enisa, 'editor refused');
      await enisa.check('#tlp-GREEN');
      assert.match(await enisa.getByTestId('tlp-audience').innerText(), /every verified hospital, clinic/);
      await enisa.click('[data-testid="editor-save"]');
      await enisa.locator('#indicator-0-value-error').waitFor();
      assert.equal(await enisa.locator('#indicator-0-value').getAttribute('aria-invalid'), 'true');
      await enisa.fill('#indicator-0-value', '203.0.113.7');
      await enisa.click('[data-testid="editor-save"]');
      await enisa.waitForURL((url) => /^\/enisa\/alerts\/[0-9a-f-]+$/.test(url.pathname));
      await ready(enisa);
      greenAlertId = path(enisa).split('/').at(-1) ?? '';
      await enisa.getByTestId('manage-status').filter({ hasText: 'Saved.' }).waitFor();
      await expectAccessible(enisa, 'draft saved');

      // Nothing reached the clinic yet: a draft is ENISA's only.
      assert.equal(await page.getByText(title).count(), 0);

      await enisa.click('[data-testid="publish-alert"]');
      await enisa.getByTestId('manage-status').filter({ hasText: 'Published' }).waitFor();
      await expectAccessible(enisa, 'published');

      // Live in the clinic's open page: the list and the menu's count, without a reload.
      const row = page.locator('[data-testid="alert-row"]', { hasText: title });
      await row.waitFor({ timeout: 20_000 });
      await row.getByTestId('alert-new').waitFor();
      await waitAwaitingCount(page, before + 1);
      assert.equal(await row.getByTestId('alert-severity').getAttribute('data-severity'), 'CRITICAL');
      assert.equal(await row.getByTestId('alert-tlp').innerText(), 'TLP:GREEN');
      await visit('clinic inbox with the live alert');

      // Filters live in the address and survive a reload.
      await page.getByLabel('Critical', { exact: true }).click();
      await page.waitForURL((url) => url.searchParams.getAll('severity').join() === 'CRITICAL');
      await page.locator('[data-testid="alert-row"]', { hasText: title }).waitFor();
      await page.waitForFunction((t) => !document.body.innerText.includes(t), CLEAR_TITLE);
      await page.selectOption('#filter-state', 'DE');
      await page.fill('#filter-product', 'examplepacs');
      await page.waitForURL((url) => url.searchParams.get('product') === 'examplepacs' && url.searchParams.get('state') === 'DE');
      await page.reload();
      await ready(page);
      assert.equal(await page.getByLabel('Critical', { exact: true }).isChecked(), true);
      assert.equal(await page.inputValue('#filter-product'), 'examplepacs');
      await page.locator('[data-testid="alert-row"]', { hasText: title }).waitFor();
      assert.equal(await page.locator('[data-testid="alert-row"]').count(), 1);
      await visit('clinic inbox filtered');
      await inEveryLanguage(page, visit, 'clinic inbox filtered');

      // The alert: indicators (copy), STIX download, the answer.
      await page.getByRole('link', { name: title }).click();
      await page.waitForURL((url) => url.pathname === `/alerts/${greenAlertId}`);
      await page.locator('#alert-title', { hasText: title }).waitFor();
      await ready(page);
      assert.equal(await page.getByTestId('indicator').count(), 1);
      await page.click('[data-testid="copy-indicator"]');
      await page.getByTestId('indicator-copy-status').filter({ hasText: 'Copied' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '203.0.113.7');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="stix-download"]')]);
      const stream = await download.createReadStream();
      /** @type {Buffer[]} */
      const chunks = [];
      for await (const chunk of stream) chunks.push(Buffer.from(chunk));
      const bundle = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      assert.equal(bundle.type, 'bundle');
      const objects = /** @type {{ type: string, name?: string, pattern?: string }[]} */ (bundle.objects);
      assert.ok(objects.some((o) => o.type === 'report' && o.name === title));
      assert.ok(objects.some((o) => o.type === 'indicator' && o.pattern === "[ipv4-addr:value = '203.0.113.7']"));
      await visit('clinic alert page');
      await page.check('#ack-MITIGATION_APPLIED');
      await page.click('[data-testid="ack-submit"]');
      await page.getByTestId('ack-status').filter({ hasText: 'Mitigation applied' }).waitFor();
      await page.getByTestId('ack-current').filter({ hasText: 'Mitigation applied' }).waitFor();
      await waitAwaitingCount(page, before);
      await visit('clinic answered');
      await inEveryLanguage(page, visit, 'clinic alert page');

      // ENISA sees the answer counted for Germany, as a chart and a table.
      await enisa.reload();
      await ready(enisa);
      const germany = enisa.locator('[data-testid="counts-row"][data-state="DE"]');
      await germany.waitFor();
      assert.deepEqual(await germany.locator('td').allInnerTexts(), ['Germany', '0', '1', '0', '1']);
      await enisa.getByTestId('ack-chart').waitFor();
      await expectAccessible(enisa, 'ENISA counts');

      // An update: a stricter marking is not offered; the note of what changed is required.
      await enisa.click('[data-testid="update-alert"]');
      await ready(enisa);
      assert.equal(await enisa.isDisabled('#tlp-AMBER'), true);
      assert.equal(await enisa.isDisabled('#tlp-CLEAR'), false);
      await enisa.fill('#alert-summary-input', 'A PACS server flaw is exploited; a fixed release is out.');
      await enisa.click('[data-testid="editor-save"]');
      await enisa.locator('#alert-change-note-error').waitFor();
      await expectAccessible(enisa, 'update without a change note');
      for (const language of ['de', 'fr']) {
        await chooseLanguage(enisa, language);
        await ready(enisa);
        await expectAccessible(enisa, `editor in ${language}`);
      }
      await chooseLanguage(enisa, 'en');
      await enisa.fill('#alert-change-note', 'The vendor released a fix.');
      await enisa.click('[data-testid="editor-save"]');
      await enisa.waitForURL((url) => url.pathname === `/enisa/alerts/${greenAlertId}`);
      await ready(enisa);
      await enisa.getByTestId('alert-versions').filter({ hasText: 'The vendor released a fix.' }).waitFor();

      // The clinic's open alert page: back to the inbox, where the update arrived live.
      await page.getByRole('link', { name: 'All alerts' }).click();
      await ready(page);
      await page.locator('[data-testid="alert-row"]', { hasText: 'a fixed release is out' }).waitFor({ timeout: 20_000 });
      if (enisaErrors.length > 0) throw new Error(`uncaught errors in ENISA's page:\n${enisaErrors.join('\n')}`);
    } finally {
      await enisaContext.close();
    }
  },
  { permissions: ['clipboard-read', 'clipboard-write'] },
);

test('a visitor reads the TLP:CLEAR alert but not a TLP:GREEN one, in en, de and fr', async ({ page, visit }) => {
  assert.ok(greenAlertId, 'the first alerts journey published an alert');
  await page.goto('/');
  await ready(page);
  await (await revealInHeader(page, '[data-nav-id="alerts"]')).click();
  await page.waitForURL((url) => url.pathname === '/alerts');
  await ready(page);
  await page.getByRole('link', { name: CLEAR_TITLE }).waitFor();
  const text = await page.locator('main').innerText();
  assert.ok(!text.includes(GREEN_SEED_TITLE), 'a seeded TLP:GREEN alert is listed publicly');
  assert.ok(!text.includes('E2E PACS exploitation'), 'the published TLP:GREEN alert is listed publicly');
  await visit('public alerts');
  await inEveryLanguage(page, visit, 'public alerts');
  await page.getByRole('link', { name: CLEAR_TITLE }).click();
  await ready(page);
  assert.equal(await page.getByTestId('alert-tlp').first().innerText(), 'TLP:CLEAR');
  assert.equal(await page.getByTestId('ack-submit').count(), 0);
  await visit('public alert');
  await inEveryLanguage(page, visit, 'public alert');
  await page.goto(`/alerts/${greenAlertId}`);
  await ready(page);
  await page.getByTestId('alert-not-found').waitFor();
  await visit('TLP:GREEN alert not available to a visitor');
});

test('the alert pages fit 320 px for visitors, clinics and ENISA', async ({ page, visit }) => {
  for (const url of ['/alerts', `/alerts/${greenAlertId}`]) {
    await page.goto(url);
    await ready(page);
    await visit(`${url} visitor 320px`, { screenshot: false });
    assert.equal(await hasHorizontalOverflow(page), false, `${url} overflows at 320 px`);
  }
  await login(page, 'clinic.de@cyberhealth.example');
  for (const url of ['/alerts?severity=CRITICAL', `/alerts/${greenAlertId}`]) {
    await page.goto(url);
    await ready(page);
    await page.getByTestId('alert-severity').first().waitFor();
    await visit(`${url} clinic 320px`);
    assert.equal(await hasHorizontalOverflow(page), false, `${url} overflows at 320 px`);
  }
  await (await revealInHeader(page, '[data-testid="logout"]')).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await login(page, 'enisa@cyberhealth.example');
  for (const url of ['/enisa/alerts', '/enisa/alerts/new', `/enisa/alerts/${greenAlertId}`]) {
    await page.goto(url);
    await ready(page);
    await visit(`${url} ENISA 320px`, { screenshot: url.endsWith('/new') });
    assert.equal(await hasHorizontalOverflow(page), false, `${url} overflows at 320 px`);
  }
}, { viewport: { width: 320, height: 640 } });
