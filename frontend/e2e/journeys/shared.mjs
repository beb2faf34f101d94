// @ts-check
/** Accounts, texts and steps shared by the journeys. */
import { ready } from '../harness.mjs';

export const PASSWORD = 'Demo-Passw0rd!';

/**
 * @typedef {{ email: string, role: string, home: string, nav: string[], memberState?: string, organisation?: boolean }} Account
 * @type {Account[]}
 */
export const ACCOUNTS = [
  { email: 'admin@cyberhealth.example', role: 'PLATFORM_ADMIN', home: '/admin', nav: ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/admin', '/admin/accounts', '/admin/agencies', '/admin/audit', '/admin/email'] },
  { email: 'enisa@cyberhealth.example', role: 'ENISA_STAFF', home: '/enisa', nav: ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/enisa/catalogue', '/enisa/training', '/enisa/reserve', '/enisa', '/enisa/statistics', '/enisa/alerts'] },
  {
    email: 'officer.de@cyberhealth.example',
    role: 'AGENCY_OFFICER',
    home: '/agency',
    nav: ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/agency', '/agency/pending', '/agency/verifications', '/agency/programmes', '/agency/reviews', '/agency/vouchers', '/agency/payments', '/agency/audit'],
    memberState: 'DE',
  },
  {
    email: 'officer.fr@cyberhealth.example',
    role: 'AGENCY_OFFICER',
    home: '/agency',
    nav: ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/agency', '/agency/pending', '/agency/verifications', '/agency/programmes', '/agency/reviews', '/agency/vouchers', '/agency/payments', '/agency/audit'],
    memberState: 'FR',
  },
  {
    email: 'clinic.de@cyberhealth.example',
    role: 'PROVIDER_USER',
    home: '/provider',
    nav: ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/provider/training', '/provider/reserve', '/provider', '/provider/programmes', '/provider/applications', '/provider/vouchers', '/provider/profile', '/provider/incidents', '/provider/notifications', '/alerts'],
    memberState: 'DE',
    organisation: true,
  },
  {
    email: 'clinic.fr@cyberhealth.example',
    role: 'PROVIDER_USER',
    home: '/provider',
    nav: ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/provider/training', '/provider/reserve', '/provider', '/provider/programmes', '/provider/applications', '/provider/vouchers', '/provider/profile', '/provider/incidents', '/provider/notifications', '/alerts'],
    memberState: 'FR',
    organisation: true,
  },
  { email: 'vendor@cyberhealth.example', role: 'SERVICE_PROVIDER', home: '/vendor', nav: ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/vendor/services', '/vendor/reserve', '/vendor', '/vendor/redeem', '/vendor/redemptions', '/vendor/notifications', '/alerts'] },
  {
    email: 'csirt.de@cyberhealth.example',
    role: 'AUTHORITY_OFFICER',
    home: '/authority',
    nav: ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/authority/reserve', '/authority', '/authority/incidents', '/authority/ransom-rules', '/authority/notifications', '/alerts'],
    memberState: 'DE',
    organisation: true,
  },
]; 
export const ANONYMOUS_NAV = ['/', '/programmes', '/sme-check', '/alerts', '/catalogue', '/register', '/login'];
export const TEXT = {
  invalidCredentials: 'The email address or password is incorrect.',
  sessionExpired: 'Your session has expired. Please log in again.',
  rateLimited: 'Too many attempts',
  homeTitleEn: 'Protecting Europe’s hospitals and healthcare providers against cyber attacks',
  homeTitleDe: 'Europas Krankenhäuser und Gesundheitsdienstleister vor Cyberangriffen schützen',
  alreadyRegistered: 'This organisation or contact email address is already registered.',
};

/** @typedef {import('playwright-core').Page} Page */

/** @param {Page} page */
export async function navHrefs(page) {
  return page
    .locator('[data-testid="main-nav"] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** @param {Page} page */
export function path(page) {
  return new URL(page.url()).pathname;
}

/**
 * Logs in through the form; waits and retries if the server rate-limits logins.
 * @param {Page} page
 * @param {string} email
 */
export async function login(page, email) {
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

/**
 * Makes an element of the header visible: on a narrow screen opens the "Menu", and for a link
 * in a closed navigation menu opens that menu. Returns the element.
 * @param {Page} page
 * @param {string} selector
 */
export async function revealInHeader(page, selector) {
  const target = page.locator(selector).first();
  if (await target.isVisible()) return target;
  const menuButton = page.getByTestId('site-menu-button');
  if ((await menuButton.isVisible()) && (await menuButton.getAttribute('aria-expanded')) !== 'true') {
    await menuButton.click();
  }
  if (!(await target.isVisible())) {
    const toggle = page.locator('.main-nav__menu', { has: target }).locator('button');
    if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  await target.waitFor({ state: 'visible' });
  return target;
}

/**
 * Follows a link of the main navigation, opening its menu first when needed.
 * @param {Page} page
 * @param {string} navId
 */
export async function clickNav(page, navId) {
  await (await revealInHeader(page, `[data-nav-id="${navId}"]`)).click();
}

/**
 * Chooses the interface language with the header's switcher.
 * @param {Page} page
 * @param {string} language
 */
export async function chooseLanguage(page, language) {
  await (await revealInHeader(page, '[data-testid="language-switcher"]')).selectOption(language);
  // The language's texts load lazily; it is stored (and survives a navigation) once it is shown.
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
}

/** @param {Page} page */
export async function logout(page) {
  await (await revealInHeader(page, '[data-testid="logout"]')).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await ready(page);
}

/** @param {Page} page */
export async function hasHorizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** @param {number} offsetDays */
export function utcDay(offsetDays) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Calls the GraphQL API from the page with the session's bearer token (for setting up data a
 * journey does not test through the UI).
 * @param {Page} page
 * @param {string} query
 * @param {Record<string, unknown>} variables
 * @returns {Promise<Record<string, Record<string, unknown>>>}
 */
export async function graphql(page, query, variables) {
  return page.evaluate(
    async ({ query, variables }) => {
      const session = JSON.parse(sessionStorage.getItem('cyberhealth.session') ?? '{}');
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    { query, variables },
  );
}
