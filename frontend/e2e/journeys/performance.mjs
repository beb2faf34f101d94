// @ts-check
/**
 * Lighthouse-style checks of a first visit, in Chromium over the DevTools protocol: the network
 * is throttled to Lighthouse's mobile profile (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
 * up: the "slow 3G" of the issue, called "slow 4G" in current Lighthouse) and the CPU slowed
 * down four times, with an empty cache.
 * - The login page's time to interactive (its form drawn and the main thread idle) is reported
 *   against its 3 s target; it is not asserted, since it depends on the machine's load.
 * - What a first visit to the login page and to the home page transfers is under 180 KB.
 */
import assert from 'node:assert/strict';
import { test } from '../harness.mjs';

export const TTI_BUDGET_MS = 3_000;
export const FIRST_LOAD_BUDGET_BYTES = 180 * 1024;

/** Lighthouse's mobile throttling (lighthouse-core/config/constants.js, `mobileSlow4G`). */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/**
 * Opens `path` on a throttled, cold browser; returns the bytes transferred until `readySelector`
 * is drawn and the main thread is idle, and that moment in ms since navigation start.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} path
 * @param {string} readySelector
 */
async function coldVisit(page, context, path, readySelector) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  /** @type {Map<string, number>} */
  const transferred = new Map();
  /** @type {Map<string, string>} */
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => transferred.set(event.requestId, event.encodedDataLength));
  await page.goto(path, { waitUntil: 'commit' });
  await page.locator(readySelector).waitFor({ state: 'visible', timeout: 30_000 });
  const interactiveMs = await page.evaluate(
    () =>
      new Promise((resolve) => {
        requestIdleCallback(() => resolve(performance.now()), { timeout: 10_000 });
      }),
  );
  const bytes = [...transferred.values()].reduce((sum, n) => sum + n, 0);
  const files = [...transferred.keys()].map((id) => new URL(urls.get(id) ?? 'about:blank').pathname);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return { interactiveMs: Number(interactiveMs), bytes, files };
}

/** Cold visits are noisy on a shared machine: the median of this many counts, as Lighthouse advises. */
const RUNS = 3;

test('the login page transfers under 180 KB, compressed, and its time to interactive on a throttled mobile network with 4× CPU slowdown is reported', async ({ page, context }) => {
  /** @type {number[]} */
  const times = [];
  let first = { interactiveMs: 0, bytes: 0, files: /** @type {string[]} */ ([]) };
  for (let run = 0; run < RUNS; run += 1) {
    const tab = run === 0 ? page : await context.newPage();
    const visit = await coldVisit(tab, context, '/login', '[data-testid="login-submit"]');
    if (run === 0) first = visit;
    else await tab.close();
    times.push(visit.interactiveMs);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Infinity;
  const { bytes, files } = first;
  console.log(
    `  login page: interactive after ${times.map(Math.round).join(', ')} ms (median ${Math.round(median)} ms), ${(bytes / 1024).toFixed(1)} KB transferred in ${files.length} requests`,
  );
  // Time is reported, not asserted (no timing assertions in tests: this machine is shared, and
  // the 4× CPU slowdown multiplies whatever else runs). What decides it, and is asserted, is
  // what the page transfers (below) under the simulated network.
  if (median >= TTI_BUDGET_MS) {
    console.log(`  NOTE: interactive after ${Math.round(median)} ms, over the ${TTI_BUDGET_MS} ms target`);
  }
  assert.ok(bytes < FIRST_LOAD_BUDGET_BYTES, `first load ${bytes} bytes (budget ${FIRST_LOAD_BUDGET_BYTES}): ${files.join(', ')}`);
  // Compressed on the wire: every script worth compressing (1 KB or more) arrived smaller.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e instanceof PerformanceResourceTiming && e.name.endsWith('.js') && e.decodedBodySize >= 1024)
      .map((e) => (e instanceof PerformanceResourceTiming ? [e.name, e.encodedBodySize, e.decodedBodySize] : [])),
  );
  assert.ok(scripts.length >= 5, `scripts: ${JSON.stringify(scripts)}`);
  for (const [name, encoded, decoded] of scripts) {
    assert.ok(Number(encoded) < Number(decoded) / 2, `${name} arrived uncompressed (${encoded} of ${decoded} bytes)`);
  }
});

test('a first visit to the home page transfers under 180 KB', async ({ page, context }) => {
  const { interactiveMs, bytes, files } = await coldVisit(page, context, '/', 'main h1');
  console.log(
    `  home page: interactive after ${Math.round(interactiveMs)} ms, ${(bytes / 1024).toFixed(1)} KB transferred in ${files.length} requests`,
  );
  assert.ok(bytes < FIRST_LOAD_BUDGET_BYTES, `first load ${bytes} bytes (budget ${FIRST_LOAD_BUDGET_BYTES}): ${files.join(', ')}`);
});
