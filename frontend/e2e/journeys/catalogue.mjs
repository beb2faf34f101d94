// @ts-check
/**
 * The support centre's catalogue and training (issue 13), in real Chromium against the real
 * server with the demo data: ENISA writes a training course with a German translation, publishes
 * it and plans a one-seat session; an anonymous visitor finds it in German and reads it in
 * German and French; clinic.de enrols two people (one seat, one waitlisted at position 1) and a
 * cancellation promotes the second. Axe on every state, 1280 and 320 px.
 */
import assert from 'node:assert/strict';
import { ready, test } from '../harness.mjs';
import { chooseLanguage, login, logout, path } from './shared.mjs';

test('catalogue journey: ENISA publishes, found in German, a clinic enrols, is waitlisted and promoted', async ({ page, visit }) => {
  const tag = Date.now().toString(36);
  const title = `Ransomware tabletop exercise ${tag}`;
  const german = `Planspiel Erpressungssoftware ${tag}`;

  await login(page, 'enisa@cyberhealth.example');
  await page.goto('/enisa/catalogue');
  await visit('ENISA catalogue workspace');
  await page.click('[data-testid="new-item"]');
  await ready(page);
  await page.selectOption('#new-item-kind', 'TRAINING_COURSE');
  await page.fill('#editor-title', title);
  await page.fill('#editor-summary', 'A half-day exercise for hospital crisis teams.');
  await page.fill('#editor-body', '# Agenda\n\n- Scenario\n- Decisions\n\nSee [ENISA](https://www.enisa.europa.eu/).');
  assert.match(await page.getByTestId('editor-preview').innerText(), /https:\/\/www\.enisa\.europa\.eu\//);
  await page.locator('#editor-priorities-PREVENTION').check();
  await visit('editor with live preview');
  await page.click('[data-testid="editor-submit"]');
  await page.waitForURL((url) => /^\/enisa\/catalogue\/[0-9a-f-]+$/.test(url.pathname));
  await ready(page);
  const manage = path(page);
  const id = manage.split('/').at(-1) ?? '';

  await page.selectOption('#translation-language', 'de');
  await page.fill('#translation-title', german);
  await page.fill('#translation-summary', 'Eine halbtägige Übung für Krisenstäbe von Krankenhäusern.');
  await page.click('[data-testid="translation-submit"]');
  await page.locator('[data-testid="working-languages"]', { hasText: /German|Deutsch/ }).waitFor();
  await visit('translation side by side');
  await page.fill('#publish-note', 'First edition');
  await page.click('[data-testid="publish-submit"]');
  await page.locator('[data-testid="manage-status"][data-status="PUBLISHED"]').waitFor();
  await visit('published');

  await page.goto(`/enisa/training?course=${id}`);
  await ready(page);
  await page.fill('#session-capacity', '1');
  await page.click('[data-testid="session-submit"]');
  await page.locator('[data-testid="session-message"]', { hasText: /planned/ }).waitFor();
  await visit('ENISA sessions with the new one');
  await logout(page);

  await chooseLanguage(page, 'de');
  await page.goto('/catalogue');
  await ready(page);
  await page.fill('#catalogue-search', 'Planspiel');
  await page.click('[data-testid="catalogue-search-submit"]');
  await page.waitForURL((url) => url.searchParams.get('q') === 'Planspiel');
  const hit = page.locator('[data-testid="catalogue-hit"]', { hasText: german });
  await hit.waitFor();
  await visit('found in German');
  await hit.getByRole('link').click();
  await ready(page);
  assert.equal(await page.getByTestId('item-title').innerText(), german);
  await visit('item in German');
  await page.selectOption('#item-language', 'en');
  await page.click('[data-testid="item-language-form"] button');
  await page.locator('[data-testid="item-title"]', { hasText: title }).waitFor();
  await chooseLanguage(page, 'fr');
  await ready(page);
  await visit('item page in French', { screenshot: false });
  await page.setViewportSize({ width: 320, height: 800 });
  await visit('item page at 320 px', { screenshot: false });
  await page.setViewportSize({ width: 1280, height: 900 });
  await chooseLanguage(page, 'en');

  await login(page, 'clinic.de@cyberhealth.example');
  await page.goto('/provider/training');
  await ready(page);
  const option = page.locator('#enrol-sessionId option', { hasText: title });
  await page.selectOption('#enrol-sessionId', (await option.getAttribute('value')) ?? '');
  await page.fill('#enrol-name', 'Anna Admin');
  await page.fill('#enrol-email', `anna.${tag}@clinic.example`);
  await page.click('[data-testid="enrol-submit"]');
  await page.locator('[data-testid="training-message"]', { hasText: /Anna Admin is enrolled/ }).waitFor();
  await page.selectOption('#enrol-sessionId', (await option.getAttribute('value')) ?? '');
  await page.fill('#enrol-name', 'Ben Backup');
  await page.fill('#enrol-email', `ben.${tag}@clinic.example`);
  await page.click('[data-testid="enrol-submit"]');
  await page.locator('[data-testid="training-message"]', { hasText: /waitlist at position 1/ }).waitFor();
  const ben = page.locator(`[data-testid="enrolment-row"][data-email="ben.${tag}@clinic.example"]`);
  await ben.and(page.locator('[data-status="WAITLISTED"]')).waitFor();
  await visit('clinic waitlisted');
  await page.locator(`[data-testid="enrolment-row"][data-email="anna.${tag}@clinic.example"] [data-testid="enrolment-cancel"]`).click();
  await page.locator('[data-testid="training-message"]', { hasText: /cancelled/ }).waitFor();
  await ben.and(page.locator('[data-status="ENROLLED"]')).waitFor();
  await visit('cancellation promoted the waitlisted participant');
  for (const language of ['de', 'fr']) {
    await chooseLanguage(page, language);
    await ready(page);
    await visit(`clinic training in ${language}`, { screenshot: false });
  }
  await chooseLanguage(page, 'en');
  await logout(page);
});
