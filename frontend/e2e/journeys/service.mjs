// @ts-check
/**
 * The service as a newcomer meets it (issue 18): the footer's statements and the contact page,
 * the home page's promises, the navigation's menus by keyboard at 1280 px and behind the Menu
 * button at 320 px, dates in the language's format, and every page of every role checked with
 * axe in English, German and French at 1280 px and 320 px.
 */
import assert from 'node:assert/strict';
import { ready, test } from '../harness.mjs';
import { clickNav, hasHorizontalOverflow, login, logout, revealInHeader } from './shared.mjs';

/** @typedef {import('playwright-core').Page} Page */

const LANGUAGES = /** @type {const} */ (['en', 'de', 'fr']);
const WIDTHS = [1280, 320];
const STATEMENTS = ['/legal-notice', '/privacy', '/cookies', '/accessibility', '/contact'];

/**
 * Every visit of this page's context is in `language` (the stored choice, as the switcher sets it).
 * @param {Page} page
 * @param {string} language
 */
async function useLanguage(page, language) {
  await page.addInitScript((lng) => localStorage.setItem('cyberhealth.language', lng), language);
}

/**
 * Opens each path at each width and checks it with axe, without horizontal scrolling.
 * @param {Page} page
 * @param {(label: string, options?: { screenshot?: boolean }) => Promise<void>} visit
 * @param {string} language
 * @param {string[]} paths
 */
async function sweep(page, visit, language, paths) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
    for (const path of paths) {
      await page.goto(path);
      await ready(page);
      await page.waitForLoadState('networkidle');
      await visit(`${path} ${language} ${width}px`, { screenshot: false });
      assert.equal(await hasHorizontalOverflow(page), false, `${path} overflows at ${width} px in ${language}`);
    }
  }
}

test('the footer links the legal notice, privacy, cookie and accessibility statements and the contact page', async ({ page, visit }) => {
  await page.goto('/');
  await ready(page);
  const footer = page.getByTestId('footer-nav');
  assert.deepEqual(
    await footer.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    STATEMENTS,
  );
  await footer.getByRole('link', { name: 'Accessibility statement' }).click();
  await page.waitForURL((url) => url.pathname === '/accessibility');
  await page.getByTestId('statement-reviewed').waitFor();
  for (const heading of ['Compliance status', 'Content that is not accessible', 'Feedback and contact', 'Enforcement procedure']) {
    assert.ok(await page.getByRole('heading', { name: heading }).isVisible(), heading);
  }
  await visit('accessibility statement');

  await page.goto('/cookies');
  const storage = page.getByTestId('storage-table');
  await storage.waitFor();
  const keys = await storage.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
  assert.ok(keys.includes('cyberhealth.session') && keys.includes('cyberhealth.language'), keys.join(', '));
  // Nothing the statement does not list: the app sets no cookie at all.
  assert.deepEqual(await page.context().cookies(), []);
  await visit('cookie statement');
});

test('the contact page lists each member state with its agency’s helpdesk from the registry', async ({ page, visit }) => {
  await page.goto('/contact');
  await ready(page);
  const states = page.getByTestId('directory-state');
  await states.first().waitFor();
  assert.equal(await states.count(), 27);
  const germany = page.locator('[data-testid="directory-state"][data-code="DE"]');
  assert.equal(
    await germany.getByRole('link', { name: 'helpdesk@cyberhealth-de.example' }).getAttribute('href'),
    'mailto:helpdesk@cyberhealth-de.example',
  );
  assert.equal(await germany.getByRole('link', { name: '+49 30 5550 1000' }).getAttribute('href'), 'tel:+493055501000');
  const france = page.locator('[data-testid="directory-state"][data-code="FR"]');
  assert.ok((await france.innerText()).includes('assistance@cybersante-fr.example'));
  assert.ok((await page.locator('[data-testid="directory-state"][data-code="AT"]').innerText()).includes('No national agency'));
  await visit('contact page');
});

test('the home page links what works (the Reserve to the login) and marks nothing as coming', async ({ page, visit }) => {
  await page.goto('/');
  await ready(page);
  const available = page.locator('[data-capability][data-status="available"] a');
  const hrefs = await available.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['/programmes', '/sme-check', '/register', '/catalogue', '/training', '/alerts', '/incidents', '/login', '/ransom']);
  const coming = await page.locator('[data-capability][data-status="coming"]').evaluateAll((items) => items.map((li) => li.getAttribute('data-capability')));
  assert.deepEqual(coming, []);
  // Each link leads to a page that works for a visitor.
  for (const href of hrefs) {
    await page.goto(String(href));
    await ready(page);
    assert.equal(await page.getByTestId('forbidden').count(), 0, String(href));
    assert.notEqual(await page.locator('h1').innerText(), 'Page not found', String(href));
  }
  await page.goto('/');
  await visit('home capabilities');
});

test('the workspace menus work by keyboard and fit one line at 1280 px in every language', async ({ page, visit }) => {
  await login(page, 'officer.de@cyberhealth.example');
  for (const language of LANGUAGES) {
    await page.evaluate((lng) => localStorage.setItem('cyberhealth.language', lng), language);
    await page.reload();
    await ready(page);
    const rows = await page.evaluate(() => {
      const tops = Array.from(document.querySelectorAll(".main-nav__list > li")).map((li) => li.getBoundingClientRect().top);
      return new Set(tops.map(Math.round)).size;
    });
    assert.equal(rows, 1, `the navigation wraps onto ${rows} lines in ${language}`);
  }
  await page.evaluate(() => localStorage.setItem('cyberhealth.language', 'en'));
  await page.reload();
  await ready(page);

  const toggle = page.locator('[data-nav-menu="agency-money"]');
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-nav-id')), 'agency-vouchers');
  await visit('vouchers and payments menu open');
  await page.keyboard.press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-nav-menu')), 'agency-money');
  // Space opens it too, and a link in it navigates and closes it.
  await page.keyboard.press(' ');
  await page.locator('[data-nav-id="agency-payments"]').click();
  await page.waitForURL((url) => url.pathname === '/agency/payments');
  await page.waitForFunction(
    () => document.querySelector('[data-nav-menu="agency-money"]')?.getAttribute('aria-expanded') === 'false',
  );
  assert.ok((await toggle.getAttribute('class'))?.includes('active'), 'the menu of the current page is marked');
});

test('at 320 px the header and menu collapse behind a Menu button', async ({ page, visit }) => {
  await login(page, 'clinic.de@cyberhealth.example');
  const header = await page.locator('header').boundingBox();
  assert.ok(header && header.height < 150, `the header takes ${header?.height} px`);
  const button = page.getByTestId('site-menu-button');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByTestId('main-nav').isVisible(), false);
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.getByTestId('main-nav').isVisible());
  assert.ok(await page.getByTestId('language-switcher').isVisible());
  await visit('menu open 320px');
  await clickNav(page, 'provider-applications');
  await page.waitForURL((url) => url.pathname === '/provider/applications');
  await ready(page);
  // Navigating closes the menu again (once the new page has rendered).
  await page.waitForFunction(
    () => document.querySelector('[data-testid="site-menu-button"]')?.getAttribute('aria-expanded') === 'false',
  );
  await revealInHeader(page, '[data-testid="logout"]');
  await logout(page);
}, { viewport: { width: 320, height: 640 } });

test('dates follow the language: British English, German and French, with the time zone', async ({ page }) => {
  await login(page, 'clinic.fr@cyberhealth.example');
  await page.goto('/provider/vouchers');
  await ready(page);
  const cell = page.locator('[data-testid="voucher-row"] td').nth(4);
  await cell.waitFor();
  // "30 Nov 2027, 14:05 UTC (in 12 months)": day before month, a zone, the time left.
  assert.match(await cell.innerText(), /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} \S+ \(in \d+ (months|days)\)$/);
  await page.evaluate(() => localStorage.setItem('cyberhealth.language', 'de'));
  await page.reload();
  await ready(page);
  assert.match(await cell.innerText(), /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} \S+ \(in \d+ (Monaten|Tagen)\)$/);
}, { timezoneId: 'Europe/Berlin' });

for (const language of LANGUAGES) {
  test(`every page passes axe in ${language} at 1280 and 320 px`, async ({ page, visit }) => {
    await useLanguage(page, language);
    await sweep(page, visit, language, ['/', '/programmes', '/sme-check', '/login', '/register', ...STATEMENTS]);

    await page.setViewportSize({ width: 1280, height: 900 });
    await login(page, 'officer.de@cyberhealth.example');
    await page.goto('/agency/programmes');
    await ready(page);
    const dashboard = await page.locator('[data-testid="agency-programme"] a').first().getAttribute('href');
    await sweep(page, visit, language, [
      '/agency',
      '/agency/pending',
      '/agency/verifications',
      '/agency/programmes',
      String(dashboard),
      '/agency/programmes/new',
      '/agency/reviews',
      '/agency/vouchers',
      '/agency/payments',
    ]);
    await logout(page);

    await login(page, 'clinic.fr@cyberhealth.example');
    await page.goto('/provider/vouchers');
    await ready(page);
    const voucher = await page.locator('[data-testid="voucher-row"] a').first().getAttribute('href');
    await page.goto('/provider/applications');
    await ready(page);
    const application = await page.locator('[data-testid="application-row"] a').first().getAttribute('href');
    await sweep(page, visit, language, [
      '/provider',
      '/provider/programmes',
      '/provider/applications',
      String(application),
      '/provider/vouchers',
      String(voucher),
      '/provider/notifications',
    ]);
    await logout(page);

    await login(page, 'vendor@cyberhealth.example');
    await sweep(page, visit, language, ['/vendor', '/vendor/redeem', '/vendor/redemptions', '/vendor/notifications']);
    await logout(page);

    await login(page, 'enisa@cyberhealth.example');
    await sweep(page, visit, language, ['/enisa']);
    await logout(page);

    await login(page, 'admin@cyberhealth.example');
    await sweep(page, visit, language, ['/admin', '/admin/accounts', '/admin/agencies']);
  });
}
