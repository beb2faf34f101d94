// @ts-check
/**
 * The incident journey (NIS2 Art. 23), in real Chromium against the real server with the demo
 * data (Germany: ransom demands to be reported, law-enforcement referral mandatory). The browser
 * runs in New York's time zone, the clinic is in Berlin: the wizard reads and shows times in the
 * organisation's zone. clinic.de reports an incident it became aware of 20 hours ago, so the
 * clocks run (the early warning due within hours, the notification in days), submits both,
 * records a ransom demand; the German authority acknowledges and requests an intermediate
 * report; the clinic answers it, marks the incident handled, is refused the final report until
 * it records the referral, then submits it. The report form and the case page in English,
 * German and French, at 1280 and 320 px; the public statistics and ransom rules; ENISA's
 * dashboard; axe on every state. The server's clock is never moved: the journey enters past
 * times, as a clinic reporting late does.
 */
import assert from 'node:assert/strict';
import { ready, test } from '../harness.mjs';
import { chooseLanguage, hasHorizontalOverflow, login, logout, path } from './shared.mjs';

/** @typedef {import('playwright-core').Page} Page */

/** The demo clinic's zone (its member state's): the wizard's wall clock. */
const CLINIC_ZONE = 'Europe/Berlin';

/**
 * A `datetime-local` value `minutes` from now, as the wall clock in `zone`.
 * @param {number} minutes
 * @param {string} [zone]
 */
function zonedInput(minutes, zone = CLINIC_ZONE) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(Date.now() + minutes * 60_000))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
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
    // The clinic's zone, which it can correct (its member state's by default).
    assert.equal(await page.getByTestId('organisation-time-zone').getAttribute('data-zone'), CLINIC_ZONE);
    await page.click('[data-testid="report-incident"]');
    await ready(page);
    // Times in the organisation's zone, not the browser's (New York).
    assert.equal(await page.getByTestId('report-time-zone').getAttribute('data-zone'), CLINIC_ZONE);
    assert.match(await page.getByTestId('report-time-zone').innerText(), /All times in Europe\/Berlin/);
    assert.match(await page.locator('#incident-aware-hint').innerText(), /Europe\/Berlin/);
    assert.equal(await page.inputValue('#incident-aware'), zonedInput(0));
    await visit('report form');
    for (const language of ['de', 'fr']) {
      await chooseLanguage(page, language);
      await ready(page);
      assert.match(await page.getByTestId('report-time-zone').innerText(), /Europe\/Berlin/);
      await visit(`report form in ${language}`, { screenshot: false });
    }
    await chooseLanguage(page, 'en');
    await ready(page);
    await page.fill('#incident-title', title);
    // Aware 20 hours ago: the early warning (24 h) is due within hours, the notification in days.
    await page.fill('#incident-started', zonedInput(-22 * 60));
    await page.fill('#incident-aware', zonedInput(-20 * 60));
    await page.getByLabel('Diagnostics', { exact: true }).check();
    await page.getByLabel(/Diagnostics or patient records unavailable/).check();
    await page.fill('#incident-assessment', 'Imaging is down; emergency admissions are diverted.');
    await page.click('[data-testid="report-submit"]');
    await page.waitForURL((url) => /^\/provider\/incidents\/[0-9a-f-]+$/.test(url.pathname));
    await ready(page);
    const casePath = path(page);
    assert.equal(await clockState(page, 'EARLY_WARNING'), 'DUE');
    const earlyWarning = await page.locator('[data-testid="clock"][data-stage="EARLY_WARNING"]').innerText();
    assert.match(earlyWarning, /in [34] hours/, 'the early warning shows the time left');
    assert.match(await page.locator('[data-testid="clock"][data-stage="NOTIFICATION"]').innerText(), /in [23] days/);
    assert.equal(await clockState(page, 'NOTIFICATION'), 'DUE');
    assert.equal(await clockState(page, 'FINAL'), 'NOT_DUE_YET');
    await visit('case reported, clocks running');
    await page.setViewportSize({ width: 320, height: 640 });
    await visit('case reported 320px');
    assert.equal(await hasHorizontalOverflow(page), false, 'the case page overflows at 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Within 6 hours of the early warning's deadline, the escalation job (every minute in every
    // server process) reminds the clinic once, with the stage in words and a link to the case.
    await page.goto('/provider/notifications');
    const reminder = page.locator('[data-testid="notification"][data-kind="INCIDENT_CLOCK_ABOUT_TO_EXPIRE"]', {
      has: page.locator(`a[href="${casePath}"]`),
    });
    for (let attempt = 0; attempt < 45 && (await reminder.count()) === 0; attempt += 1) {
      await page.waitForTimeout(2_000);
      await page.reload();
      await ready(page);
    }
    const reminderText = await reminder.first().innerText();
    assert.match(reminderText, /Early warning/);
    assert.doesNotMatch(reminderText, /EARLY_WARNING/);
    await visit('deadline reminder');
    for (const language of ['de', 'fr']) {
      await chooseLanguage(page, language);
      await ready(page);
      assert.match(await reminder.first().innerText(), language === 'de' ? /Frühwarnung/ : /Alerte précoce|alerte précoce/i);
      await visit(`deadline reminder in ${language}`, { screenshot: false });
    }
    await chooseLanguage(page, 'en');
    await ready(page);
    await reminder.first().locator(`a[href="${casePath}"]`).click();
    await page.waitForURL((url) => url.pathname === casePath);
    await ready(page);

    await page.fill('#stage-summary', 'PACS encrypted, imaging down.');
    await submitStage(page);
    await waitClock(page, 'EARLY_WARNING', 'MET');
    await page.fill('#stage-impact', 'Imaging unavailable for two days.');
    await submitStage(page);
    await waitClock(page, 'NOTIFICATION', 'MET');

    await page.fill('#demand-received', zonedInput(-19 * 60));
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
    await page.fill('#referral-date', zonedInput(0).slice(0, 10));
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

    // The home page's "incidents" and "ransom demands" lead to the public statistics and rules.
    await page.goto('/');
    await ready(page);
    await page.locator('[data-capability="ransom"] a').click();
    await ready(page);
    const germany = page.locator('[data-testid="ransom-rules-row"][data-code="DE"]');
    assert.match(await germany.innerText(), /Mandatory/);
    await visit('public ransom rules');
    await page.setViewportSize({ width: 320, height: 640 });
    await visit('public ransom rules 320px');
    assert.equal(await hasHorizontalOverflow(page), false, '/ransom overflows at 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await ready(page);
    await page.locator('[data-capability="incidents"] a').click();
    await ready(page);
    await page.getByTestId('statistics-row').first().waitFor();
    assert.match(await page.locator('main').innerText(), /fewer than 3/);
    await visit('public incident statistics');

    await login(page, 'enisa@cyberhealth.example');
    await page.goto('/enisa/statistics');
    await ready(page);
    await page.getByTestId('statistics-row').first().waitFor();
    assert.match(await page.locator('main').innerText(), /fewer than 3/);
    assert.doesNotMatch(await page.locator('main').innerText(), /Klinikum/);
    await visit('ENISA statistics');
  },
  { timezoneId: 'America/New_York' },
);
