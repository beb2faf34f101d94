// @ts-check
/** Journeys of the public SME self-assessment (`/sme-check`). */
import assert from 'node:assert/strict';
import { ready, test } from '../harness.mjs';
import { hasHorizontalOverflow } from './shared.mjs';

const SAVED_SME_INPUT_KEY = 'cyberhealth.sme.savedInput';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Locator} Locator */

/** @param {Page} page @param {string} step */
async function atStep(page, step) {
  await page.locator(`[data-testid="sme-step"][data-step="${step}"]`).waitFor();
}

/**
 * Fills the figures of the only (latest) period inside a party card or the applicant step.
 * @param {Locator} scope
 * @param {{ staff: string, turnover: string, balance: string }} figures
 */
async function fillPeriod(scope, { staff, turnover, balance }) {
  const period = scope.locator('[data-testid="sme-period"]').last();
  await period.locator('input[name="staff"]').fill(staff);
  await period.locator('input[name="annualTurnover"]').fill(turnover);
  await period.locator('input[name="balanceSheetTotal"]').fill(balance);
}

/**
 * @param {Page} page
 * @param {number} index
 * @param {{ holder: string, held: string, capital: string, voting: string }} holding
 */
async function fillHolding(page, index, { holder, held, capital, voting }) {
  const fieldset = page.locator('[data-testid="sme-holding"]').nth(index);
  await fieldset.locator('select[name="holder"]').selectOption({ label: holder });
  await fieldset.locator('select[name="held"]').selectOption({ label: held });
  await fieldset.locator('input[name="capitalPercent"]').fill(capital);
  await fieldset.locator('input[name="votingPercent"]').fill(voting);
}

/** @param {Page} page @param {string} name */
async function fillApplicant(page, name) {
  await page.fill('#sme-party-applicant-name', name);
  await fillPeriod(page.locator('[data-testid="sme-wizard"]'), { staff: '30', turnover: '4200000', balance: '3000000' });
}

test('a visitor checks a clinic with a 30% partner and a 60% linked enterprise, and saves it', async ({ page, visit }) => {
  await page.goto('/');
  await ready(page);
  await page.click('[data-testid="home-sme-link"]');
  await page.waitForURL((url) => url.pathname === '/sme-check');
  await atStep(page, 'applicant');
  await visit('sme applicant');

  // An empty first step is refused next to its fields.
  await page.fill('#sme-party-applicant-name', '');
  await page.click('[data-testid="sme-next"]');
  await page.getByTestId('sme-error-summary').waitFor();
  assert.ok(await page.getByTestId('sme-party-applicant-name-error').isVisible());
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'sme-party-applicant-name');
  await visit('sme applicant errors');

  await fillApplicant(page, 'E2E Klinik Süd GmbH');
  await page.click('[data-testid="sme-next"]');
  await atStep(page, 'parties');
  await page.getByTestId('empty').waitFor();
  await visit('sme parties empty');

  const parties = page.locator('[data-testid="sme-party"]');
  await page.click('[data-testid="sme-add-ENTERPRISE"]');
  await parties.nth(0).locator('input[name="name"]').fill('MedInvest AG');
  await fillPeriod(parties.nth(0), { staff: '40', turnover: '9000000', balance: '12000000' });
  await page.click('[data-testid="sme-add-ENTERPRISE"]');
  await parties.nth(1).locator('input[name="name"]').fill('Labor Plus GmbH');
  await fillPeriod(parties.nth(1), { staff: '25', turnover: '3000000', balance: '2000000' });
  await visit('sme parties');
  await page.click('[data-testid="sme-next"]');

  await atStep(page, 'holdings');
  await page.click('[data-testid="sme-add-holding"]');
  await fillHolding(page, 0, { holder: 'MedInvest AG', held: 'E2E Klinik Süd GmbH', capital: '30', voting: '30' });
  await page.click('[data-testid="sme-add-holding"]');
  await fillHolding(page, 1, { holder: 'E2E Klinik Süd GmbH', held: 'Labor Plus GmbH', capital: '60', voting: '60' });
  await visit('sme holdings');
  await page.click('[data-testid="sme-next"]');

  await atStep(page, 'review');
  const sentences = await page.getByTestId('sme-review-holding').allInnerTexts();
  assert.deepEqual(sentences, [
    'MedInvest AG holds 30% of the capital and 30% of the voting rights of E2E Klinik Süd GmbH.',
    'E2E Klinik Süd GmbH holds 60% of the capital and 60% of the voting rights of Labor Plus GmbH.',
  ]);
  await visit('sme review');
  await page.click('[data-testid="sme-submit"]');

  // 30 + 30% of 40 + 25 = 67 AWU: a medium-sized enterprise, still an SME.
  const result = page.getByTestId('sme-result');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-category'), 'MEDIUM');
  assert.equal(await result.getAttribute('data-is-sme'), 'true');
  assert.equal(await page.getByTestId('sme-category').innerText(), 'Category: Medium-sized enterprise');
  const figures = await page.getByTestId('sme-figures').innerText();
  assert.ok(figures.includes('67'), figures);
  assert.ok(figures.includes('€9,900,000.00'), figures);
  assert.ok(figures.includes('€8,600,000.00'), figures);
  assert.deepEqual(
    await page.getByTestId('sme-result-party').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-relation'))),
    ['APPLICANT', 'PARTNER', 'LINKED'],
  );
  const trace = await page.getByTestId('sme-trace').innerText();
  assert.match(trace, /partner enterprise/i);
  assert.match(trace, /linked/i);
  await visit('sme result');

  // The answers survive a reload, and the result is checked again.
  await page.reload();
  await result.waitFor();
  assert.equal(await result.getAttribute('data-category'), 'MEDIUM');

  await page.click('[data-testid="sme-save"]');
  await page.getByTestId('sme-saved').waitFor();
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SAVED_SME_INPUT_KEY);
  assert.equal(saved.version, 1);
  assert.equal(saved.result.category, 'MEDIUM');
  assert.equal(saved.input.applicant, 'applicant');
  assert.deepEqual(
    saved.input.enterprises.map((/** @type {{ name: string }} */ e) => e.name),
    ['E2E Klinik Süd GmbH', 'MedInvest AG', 'Labor Plus GmbH'],
  );
  assert.deepEqual(
    saved.input.holdings.map((/** @type {{ capitalPercent: string }} */ h) => h.capitalPercent),
    ['30', '60'],
  );
  await visit('sme saved');

  // Start over clears the answers, not the saved check.
  await page.click('[data-testid="sme-change"]');
  await atStep(page, 'review');
  await page.click('[data-testid="sme-start-over"]');
  await page.click('[data-testid="sme-start-over-confirm"]');
  await atStep(page, 'applicant');
  assert.equal(await page.inputValue('#sme-party-applicant-name'), '');
  assert.notEqual(await page.evaluate((key) => localStorage.getItem(key), SAVED_SME_INPUT_KEY), null);
});

test('the SME check at 320 px: a server refusal lands on its holding, then an autonomous result', async ({ page, visit }) => {
  await page.goto('/sme-check');
  await atStep(page, 'applicant');
  await fillApplicant(page, 'E2E Praxis Nord');
  await page.click('[data-testid="sme-next"]');
  await atStep(page, 'parties');
  const parties = page.locator('[data-testid="sme-party"]');
  await page.click('[data-testid="sme-add-NATURAL_PERSON"]');
  await parties.nth(0).locator('input[name="name"]').fill('Dr. Anna Weber');
  await page.click('[data-testid="sme-add-NATURAL_PERSON"]');
  await parties.nth(1).locator('input[name="name"]').fill('Dr. Ben Roth');
  await visit('sme parties 320px');
  assert.equal(await hasHorizontalOverflow(page), false, 'the parties step overflows at 320 px');
  await page.click('[data-testid="sme-next"]');

  await atStep(page, 'holdings');
  await page.click('[data-testid="sme-add-holding"]');
  await fillHolding(page, 0, { holder: 'Dr. Anna Weber', held: 'E2E Praxis Nord', capital: '60', voting: '60' });
  await page.click('[data-testid="sme-add-holding"]');
  await fillHolding(page, 1, { holder: 'Dr. Ben Roth', held: 'E2E Praxis Nord', capital: '60', voting: '60' });
  await page.click('[data-testid="sme-next"]');
  await atStep(page, 'review');
  await page.click('[data-testid="sme-submit"]');

  // 120% of the capital: the server names holdings[1].capitalPercent.
  await atStep(page, 'holdings');
  const capital = page.locator('[data-testid="sme-holding"]').nth(1).locator('input[name="capitalPercent"]');
  await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'capitalPercent');
  assert.equal(await capital.getAttribute('aria-invalid'), 'true');
  const errorId = `${await capital.getAttribute('id')}-error`;
  assert.equal(
    await page.locator(`[id="${errorId}"]`).innerText(),
    'Together with the other holdings, more than 100% of this enterprise is held.',
  );
  await visit('sme server error 320px');
  assert.equal(await hasHorizontalOverflow(page), false, 'the holdings step overflows at 320 px');

  await capital.fill('40');
  await page.locator('[data-testid="sme-holding"]').nth(1).locator('input[name="votingPercent"]').fill('40');
  await page.click('[data-testid="sme-next"]');
  await atStep(page, 'review');
  await page.click('[data-testid="sme-submit"]');
  const result = page.getByTestId('sme-result');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-category'), 'SMALL');
  assert.deepEqual(
    await page.getByTestId('sme-result-party').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-relation'))),
    ['APPLICANT', 'NATURAL_PERSON', 'NATURAL_PERSON'],
  );
  await visit('sme result 320px');
  assert.equal(await hasHorizontalOverflow(page), false, 'the result overflows at 320 px');
}, { viewport: { width: 320, height: 640 } });
