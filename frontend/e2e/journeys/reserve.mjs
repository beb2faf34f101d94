// @ts-check
/**
 * The Cybersecurity Reserve journey (Regulation (EU) 2025/38, Art. 14–17), in real Chromium
 * against the real server with the demo data: clinic.de asks for support from its incident
 * case (the form at 320 px, in German and French); the German authority endorses it from its
 * queue; ENISA triages it on the triage board (the score's chart and table) and assigns SecureCare
 * MSSP; vendor@ (SecureCare) accepts, logs service-days and completes delivery; the clinic sends
 * the summary report (the clock shown as due); ENISA closes it and sees the capacity chart. Axe
 * on every state; each persona's page in English, German and French.
 */
import assert from 'node:assert/strict';
import { ready, test } from '../harness.mjs';
import { chooseLanguage, hasHorizontalOverflow, login, logout } from './shared.mjs';

/** @typedef {import('playwright-core').Page} Page */

/**
 * Visits a page in German and French, then back in English.
 * @param {Page} page
 * @param {(label: string) => Promise<void>} visit
 * @param {string} label
 */
async function inEveryLanguage(page, visit, label) {
  for (const language of ['de', 'fr', 'en']) {
    await chooseLanguage(page, language);
    await ready(page);
    await visit(`${label} ${language}`);
  }
}

/** @param {Page} page @param {string} status */
async function waitStatus(page, status) {
  await page.locator(`[data-testid="reserve-status"][data-status="${status}"]`).waitFor();
}

test('reserve journey: a clinic asks, its authority endorses, ENISA assigns, the provider delivers, the clinic reports, ENISA closes', async ({ page, visit }) => {
  // The clinic asks from its incident case.
  await login(page, 'clinic.de@cyberhealth.example');
  await page.goto('/provider/incidents');
  await ready(page);
  const open = page.locator('[data-testid="incident-row"][data-status="OPEN"] a').first();
  await open.click();
  await ready(page);
  await page.click('[data-testid="request-reserve-support"]');
  await ready(page);
  await visit('clinic request form');
  await inEveryLanguage(page, visit, 'clinic request form');
  await page.setViewportSize({ width: 320, height: 640 });
  await visit('clinic request form 320px');
  assert.equal(await hasHorizontalOverflow(page), false, 'the request form overflows at 320 px');
  // Refused in the browser: zero service-days, named by its field.
  await page.fill('#days-TRIAGE', '0');
  await page.click('[data-testid="reserve-submit"]');
  await page.getByTestId('reserve-form-problem').waitFor();
  await visit('clinic request form refused 320px');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.fill('#potentialImpact', 'Emergency admissions diverted, imaging unavailable.');
  await page.fill('#plannedUse', 'Forensic triage of the PACS and containment of the ransomware.');
  await page.fill('#days-TRIAGE', '2');
  await page.check('#measuresTaken-NOTIFIED_CSIRT');
  await page.check('#measuresTaken-ISOLATED_AFFECTED_SYSTEMS');
  await page.fill('#mitigationTaken', 'Network segmented, VPN accounts reset, backups verified offline.');
  await page.click('[data-testid="reserve-submit"]');
  await page.waitForURL((url) => /^\/provider\/reserve\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
  await waitStatus(page, 'SUBMITTED');
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  assert.equal(await page.locator('[data-testid="reserve-stepper"] [aria-current="step"]').getAttribute('data-status'), 'SUBMITTED');
  await visit('clinic request submitted');
  await page.goto('/provider/reserve');
  await ready(page);
  assert.ok((await page.locator(`[data-testid="reserve-row"][data-id="${id}"]`).count()) === 1);
  await visit('clinic request list');
  await logout(page);

  // The German authority endorses it from its queue, the incident's deadline beside it.
  await login(page, 'csirt.de@cyberhealth.example');
  await page.goto('/authority/reserve');
  await ready(page);
  await page.locator(`[data-testid="reserve-row"][data-id="${id}"] [data-testid="reserve-incident-clock"]`).waitFor();
  await inEveryLanguage(page, visit, 'authority endorsement queue');
  await page.locator(`[data-testid="reserve-row"][data-id="${id}"] a`).click();
  await ready(page);
  await page.selectOption('#severity', 'CRITICAL');
  await page.selectOption('#spillOver', 'POSSIBLE');
  await visit('authority decision');
  await page.click('[data-testid="reserve-endorse"]');
  await waitStatus(page, 'ENDORSED');
  await visit('authority endorsed');
  await logout(page);

  // ENISA triages it and assigns SecureCare MSSP.
  await login(page, 'enisa@cyberhealth.example');
  await page.goto('/enisa/reserve');
  await ready(page);
  const entry = page.locator(`[data-testid="reserve-queue-entry"][data-id="${id}"]`);
  await entry.getByTestId('score-chart').waitFor();
  assert.equal(await entry.locator('[data-testid="score-chart"] tbody tr').count(), 5, 'five criteria');
  await inEveryLanguage(page, visit, 'enisa triage board');
  await entry.getByTestId('reserve-triage').click();
  await page.locator(`[data-testid="reserve-queue-entry"][data-id="${id}"][data-status="TRIAGED"]`).waitFor();
  const select = entry.locator('select[name="provider"]');
  const secureCare = await select.locator('option', { hasText: 'SecureCare' }).getAttribute('value');
  await select.selectOption(secureCare ?? '');
  await visit('enisa triaged');
  await entry.getByTestId('reserve-assign').click();
  await page.locator(`[data-testid="reserve-queue-entry"][data-id="${id}"]`).waitFor({ state: 'detached' });
  await page.goto(`/enisa/reserve/${id}`);
  await waitStatus(page, 'ASSIGNED');
  await visit('enisa assigned');
  await logout(page);

  // The provider accepts, logs its service-days and completes delivery.
  await login(page, 'vendor@cyberhealth.example');
  await page.goto('/vendor/reserve');
  await ready(page);
  await inEveryLanguage(page, visit, 'provider engagements');
  await page.locator(`[data-testid="reserve-row"][data-id="${id}"] a`).click();
  await waitStatus(page, 'ASSIGNED');
  await visit('provider engagement');
  await page.click('[data-testid="reserve-accept"]');
  await waitStatus(page, 'IN_DELIVERY');
  // Beyond the reserved days: refused, shown by its code.
  await page.fill('#logDays', '5');
  await page.click('[data-testid="reserve-log"]');
  await page.getByTestId('reserve-log-problem').waitFor();
  await visit('provider log refused');
  await page.fill('#logDays', '1');
  await page.fill('#logNote', 'On-site triage of the PACS');
  await page.click('[data-testid="reserve-log"]');
  await page.locator('[data-testid="reserve-consumed"][data-consumed="1"]').waitFor();
  await page.setViewportSize({ width: 320, height: 640 });
  await visit('provider delivery log 320px');
  assert.equal(await hasHorizontalOverflow(page), false, 'the delivery page overflows at 320 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click('[data-testid="reserve-complete"]');
  await waitStatus(page, 'DELIVERED');
  await visit('provider delivered');
  await logout(page);

  // The clinic sends the summary report.
  await login(page, 'clinic.de@cyberhealth.example');
  await page.goto(`/provider/reserve/${id}`);
  await waitStatus(page, 'DELIVERED');
  assert.equal(await page.getByTestId('reserve-report-clock').getAttribute('data-state'), 'DUE');
  await page.setViewportSize({ width: 320, height: 640 });
  await visit('clinic report form 320px');
  assert.equal(await hasHorizontalOverflow(page), false, 'the report form overflows at 320 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.fill('#serviceProvided', 'Forensic triage and containment of the PACS');
  await page.fill('#results', 'Imaging restored within four days');
  await page.fill('#lessonsLearned', 'Segment the PACS network from the office LAN');
  await page.click('[data-testid="reserve-report-submit"]');
  await waitStatus(page, 'REPORTED');
  await visit('clinic reported');
  await logout(page);

  // ENISA closes it, and sees the providers' capacity.
  await login(page, 'enisa@cyberhealth.example');
  await page.goto(`/enisa/reserve/${id}`);
  await waitStatus(page, 'REPORTED');
  await page.click('[data-testid="reserve-close"]');
  await waitStatus(page, 'CLOSED');
  assert.equal(await page.locator('[data-testid="reserve-stepper"] [data-state="done"]').count(), 9);
  await visit('enisa closed');
  await page.goto('/enisa/reserve/capacity');
  await ready(page);
  await page.locator('[data-testid="reserve-provider-capacity"][data-name="SecureCare MSSP"] [data-testid="capacity-row"]').first().waitFor();
  await inEveryLanguage(page, visit, 'enisa capacity');
});
