// @ts-check
/**
 * The incident journey (NIS2 Art. 23), in real Chromium against the real server with the demo
 * data (Germany: ransom demands to be reported, law-enforcement referral mandatory): clinic.de
 * reports an incident with its awareness time in its time zone, the clocks run (early warning
 * and notification met, the next ones due), it records a ransom demand; the German authority
 * acknowledges and requests an intermediate report; the clinic answers it, marks the incident
 * handled, is refused the final report until it records the referral, then submits it. The case
 * page in German and French, ENISA's statistics; axe on every state.
 */
import assert from 'node:assert/strict';
import { ready, test } from '../harness.mjs';
import { chooseLanguage, login, logout, path } from './shared.mjs';

/** @typedef {import('playwright-core').Page} Page */

/**
 * A `datetime-local` value `minutes` from now, in the page's time zone.
 * @param {Page} page
 * @param {number} minutes
 */
async function localInput(page, minutes) {
  return page.evaluate((m) => {
    const d = new Date(Date.now() + m * 60_000);
    const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, minutes);
}

/** @param {Page} page @param {string} stage */
async function clockState(page, stage) {
  return page.locator(`[data-testid="clock"][data-stage="${stage}"]`).first().getAttribute('data-state');
}

/** @param {Page} page @param {string} stage @param {string} state */
async function waitClock(page, stage, state) {
  await page.locator(`[data-testid="clock"][data-stage="${stage}"][data-state="${state}"]`).first().waitFor();
}

/** @param {Page} page */
async function submitStage(page) {
  await page.click('[data-testid="stage-submit"]');
  await page.getByTestId('incident-message').waitFor();
}

test(
  'incident journey: report, the clocks, ransom demand, intermediate report, referral unblocks the final report',
  async ({ page, visit }) => {
    const title = `E2E ransomware ${Date.now().toString(36)}`;
    await login(page, 'clinic.de@cyberhealth.example');
    await page.goto('/provider/incidents');
    await visit('clinic incidents list');
    await page.click('[data-testid="report-incident"]');
    await ready(page);
    assert.match(await page.locator('#incident-aware-hint').innerText(), /Europe\/Berlin/);
    await visit('report form');
    await page.fill('#incident-title', title);
    await page.fill('#incident-started', await localInput(page, -180));
    await page.fill('#incident-aware', await localInput(page, -120));
    await page.getByLabel('Diagnostics', { exact: true }).check();
    await page.getByLabel(/Diagnostics or patient records unavailable/).check();
    await page.fill('#incident-assessment', 'Imaging is down; emergency admissions are diverted.');
    await page.click('[data-testid="report-submit"]');
    await page.waitForURL((url) => /^\/provider\/incidents\/[0-9a-f-]+$/.test(url.pathname));
    await ready(page);
    const casePath = path(page);
    assert.equal(await clockState(page, 'EARLY_WARNING'), 'DUE');
    assert.equal(await clockState(page, 'FINAL'), 'NOT_DUE_YET');
    await visit('case reported, clocks running');

    await page.fill('#stage-summary', 'PACS encrypted, imaging down.');
    await submitStage(page);
    await waitClock(page, 'EARLY_WARNING', 'MET');
    await page.fill('#stage-impact', 'Imaging unavailable for two days.');
    await submitStage(page);
    await waitClock(page, 'NOTIFICATION', 'MET');

    await page.fill('#demand-received', await localInput(page, -90));
    await page.fill('#demand-amount', '2.5');
    await page.fill('#demand-note', 'Your files are encrypted. Pay 2.5 BTC.');
    await page.click('[data-testid="demand-submit"]');
    await page.getByTestId('ransom-demand').waitFor();
    assert.match(await page.getByTestId('ransom-rule').innerText(), /mandatory/);
    await visit('ransom demand recorded');
    await logout(page);

    await login(page, 'csirt.de@cyberhealth.example');
    await page.goto('/authority/incidents');
    await visit('authority incidents list');
    await page.getByRole('link', { name: title }).click();
    await ready(page);
    await page.locator('[data-testid="acknowledge"]').first().click();
    await page.getByTestId('incident-message').waitFor();
    await page.click('[data-testid="request-submit"]');
    await waitClock(page, 'INTERMEDIATE', 'DUE');
    await visit('authority requested an intermediate report');
    await logout(page);

    await login(page, 'clinic.de@cyberhealth.example');
    await page.goto(casePath);
    await ready(page);
    await page.selectOption('#stage', 'INTERMEDIATE');
    await page.fill('#stage-statusUpdate', 'Restoring from backups.');
    await submitStage(page);
    await waitClock(page, 'INTERMEDIATE', 'MET');
    await page.click('[data-testid="mark-handled"]');
    await waitClock(page, 'FINAL', 'DUE');
    await page.selectOption('#stage', 'FINAL');
    await page.fill('#stage-description', 'LockBit on the PACS server.');
    await page.fill('#stage-rootCause', 'A phished VPN account.');
    await page.fill('#stage-mitigation', 'MFA on the VPN; restored from backup.');
    await page.click('[data-testid="stage-submit"]');
    const refused = await page.getByTestId('stage-problem').innerText();
    assert.match(refused, /law-enforcement referral/);
    await visit('final report refused without the referral');

    await page.fill('#referral-authority', 'LKA Berlin');
    await page.fill('#referral-date', (await localInput(page, 0)).slice(0, 10));
    await page.fill('#referral-reference', 'LKA-2026-0042');
    await page.click('[data-testid="referral-submit"]');
    await page.getByTestId('referral-recorded').waitFor();
    await page.selectOption('#stage', 'FINAL');
    await page.fill('#stage-description', 'LockBit on the PACS server.');
    await page.fill('#stage-rootCause', 'A phished VPN account.');
    await page.fill('#stage-mitigation', 'MFA on the VPN; restored from backup.');
    await page.click('[data-testid="stage-submit"]');
    await waitClock(page, 'FINAL', 'MET');
    await visit('final report submitted after the referral');

    for (const language of ['de', 'fr']) {
      await chooseLanguage(page, language);
      await ready(page);
      await visit(`case page in ${language}`, { screenshot: false });
    }
    await chooseLanguage(page, 'en');
    await logout(page);

    await login(page, 'enisa@cyberhealth.example');
    await page.goto('/enisa/statistics');
    await ready(page);
    await page.getByTestId('statistics-row').first().waitFor();
    assert.match(await page.locator('main').innerText(), /fewer than 3/);
    assert.doesNotMatch(await page.locator('main').innerText(), /Klinikum/);
    await visit('ENISA statistics');
  },
  { timezoneId: 'Europe/Berlin' },
);
