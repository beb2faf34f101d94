// @ts-check
/**
 * Small end-to-end harness: starts the real `cyberhealth` server on a seeded temporary SQLite
 * database, drives Debian's Chromium through playwright-core, checks every visited page with
 * axe (WCAG 2.1 A/AA) and prints `N passed, N failed`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const FRONTEND_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT_DIR = join(FRONTEND_DIR, 'test-output');
export const DIST_DIR = join(FRONTEND_DIR, 'dist');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** @param {string} message */
function log(message) {
  process.stdout.write(`${message}\n`);
}

/**
 * @typedef {{ baseUrl: string, stop: () => Promise<void> }} RunningServer
 */

/** Where the test SMTP server writes the messages it accepted (set by `startServer`). */
let mailDir = '';

/**
 * A message the test SMTP server accepted, as `tests/interop/smtp_sink.py` writes it.
 * @typedef {{ to: string[], subject: string, language: string, messageId: string, body: string }} ReceivedMail
 */

/**
 * The messages the test SMTP server accepted so far, oldest first.
 * @returns {ReceivedMail[]}
 */
export function receivedMail() {
  if (!mailDir || !existsSync(mailDir)) return [];
  return readdirSync(mailDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => /** @type {ReceivedMail} */ (JSON.parse(readFileSync(join(mailDir, name), 'utf8'))));
}

/** @returns {Promise<number>} a port free on loopback now */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts a real SMTP server (Python's aiosmtpd from the venv `make interop-venv` creates, the
 * same `tests/interop/smtp_sink.py` the Rust e-mail tests use) writing what it accepts into
 * `dir`; resolves with its port once it listens.
 * @param {string} dir
 */
async function startSmtpSink(dir) {
  const python = process.env.INTEROP_PYTHON ?? resolve(FRONTEND_DIR, '../.venv-interop/bin/python');
  if (!existsSync(python)) {
    throw new Error(`${python} is missing: run \`make interop-venv\` (the test SMTP server needs aiosmtpd)`);
  }
  const port = await freePort();
  const sink = spawn(python, [resolve(FRONTEND_DIR, '../tests/interop/smtp_sink.py'), String(port), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error('the test SMTP server did not start within 30 s')), 30_000);
    createInterface({ input: sink.stdout }).on('line', (line) => {
      if (line.trim() === 'ready') {
        clearTimeout(timer);
        done(undefined);
      }
    });
    sink.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the test SMTP server exited (${code})`));
    });
  });
  return { port, stop: () => sink.kill('SIGKILL') };
}

/**
 * Seeds a fresh database and starts the server, sending e-mail to a test SMTP server;
 * resolves once it prints its address.
 * @returns {Promise<RunningServer>}
 */
export async function startServer() {
  const bin = process.env.CYBERHEALTH_BIN
    ? resolve(process.cwd(), process.env.CYBERHEALTH_BIN)
    : resolve(FRONTEND_DIR, '../target/debug/cyberhealth');
  if (!existsSync(bin)) {
    throw new Error(`server binary not found at ${bin} (build it, or set CYBERHEALTH_BIN)`);
  }
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(`${DIST_DIR}/index.html is missing: run \`npm run build\` first`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'cyberhealth-e2e-'));
  const databaseUrl = `sqlite://${tmp}/e2e.sqlite?mode=rwc`;
  mailDir = join(tmp, 'smtp');
  const smtp = await startSmtpSink(mailDir);
  const serverLog = createWriteStream(join(OUTPUT_DIR, 'server.log'));

  const seed = spawnSync(bin, ['--database-url', databaseUrl, 'seed-demo'], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CYBERHEALTH_STATIC_DIR: DIST_DIR },
  });
  serverLog.write(`$ seed-demo\n${seed.stdout ?? ''}${seed.stderr ?? ''}\n`);
  if (seed.status !== 0) {
    smtp.stop();
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`seed-demo failed (${seed.status ?? seed.signal}): ${seed.stderr || seed.error}`);
  }

  const child = spawn(bin, ['--database-url', databaseUrl, 'serve', '--bind', '127.0.0.1:0'], {
    env: {
      ...process.env,
      CYBERHEALTH_STATIC_DIR: DIST_DIR,
      CYBERHEALTH_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      CYBERHEALTH_MAIL_INTERVAL_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killNow = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.on('exit', killNow);
  child.stderr.pipe(serverLog, { end: false });

  const stop = async () => {
    process.off('exit', killNow);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    smtp.stop();
    serverLog.end();
    rmSync(tmp, { recursive: true, force: true });
  };

  try {
    const baseUrl = await new Promise((resolveUrl, reject) => {
      const timer = setTimeout(
        () => reject(new Error('server did not print "listening on http://…" within 60 s')),
        60_000,
      );
      const lines = createInterface({ input: child.stdout });
      lines.on('line', (line) => {
        serverLog.write(`${line}\n`);
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[1]);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server exited early (${code ?? signal}); see test-output/server.log`));
      });
    });
    return { baseUrl: String(baseUrl), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('playwright-core').BrowserContext} BrowserContext
 * @typedef {{ page: Page, context: BrowserContext, baseUrl: string, visit: (label: string, options?: { screenshot?: boolean }) => Promise<void> }} TestContext
 * @typedef {{ name: string, fn: (t: TestContext) => Promise<void>, contextOptions?: import('playwright-core').BrowserContextOptions }} TestCase
 */

/** @type {TestCase[]} */
const tests = [];

/**
 * @param {string} name
 * @param {(t: TestContext) => Promise<void>} fn
 * @param {import('playwright-core').BrowserContextOptions} [contextOptions]
 */
export function test(name, fn, contextOptions) {
  tests.push({ name, fn, contextOptions });
}

/** @param {string} name */
function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Waits until the page shows its heading and no loading indicator. @param {Page} page */
export async function ready(page) {
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="loading"]'), null, {
    timeout: 15_000,
  });
}

/**
 * Asserts zero axe violations for WCAG 2.1 A/AA on the page as it is now.
 * @param {Page} page
 * @param {string} label
 */
export async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (results.violations.length > 0) {
    const details = results.violations
      .map(
        (v) =>
          `  ${v.id} (${v.impact}): ${v.help}\n` +
          v.nodes
            .slice(0, 5)
            .map((n) => `    ${n.target.join(' ')} ${n.failureSummary?.split('\n').join(' ') ?? ''}`)
            .join('\n'),
      )
      .join('\n');
    throw new Error(`axe found ${results.violations.length} violation(s) on ${label}:\n${details}`);
  }
}

export async function run() {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  let passed = 0;
  let failed = 0;
  let axeChecks = 0;
  /** @type {RunningServer | undefined} */
  let server;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;

  const shutdown = async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      void shutdown().finally(() => process.exit(130));
    });
  }

  try {
    server = await startServer();
    log(`server: ${server.baseUrl}`);
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
    });

    // E2E_ONLY=<text> runs only the journeys whose name contains it (for a quick re-run).
    const only = process.env.E2E_ONLY;
    for (const { name, fn, contextOptions } of tests.filter((t) => !only || t.name.includes(only))) {
      const started = Date.now();
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        viewport: { width: 1280, height: 900 },
        locale: 'en-GB',
        ...contextOptions,
      });
      const page = await context.newPage();
      /** @type {string[]} */
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      let step = 0;
      /** @type {TestContext} */
      const t = {
        page,
        context,
        baseUrl: server.baseUrl,
        async visit(label, { screenshot = true } = {}) {
          await ready(page);
          await expectAccessible(page, label);
          axeChecks += 1;
          step += 1;
          if (!screenshot) return;
          await page.screenshot({
            path: join(OUTPUT_DIR, `${slug(name)}-${String(step).padStart(2, '0')}-${slug(label)}.png`),
            fullPage: true,
          });
        },
      };
      try {
        await fn(t);
        if (pageErrors.length > 0) throw new Error(`uncaught page errors:\n${pageErrors.join('\n')}`);
        passed += 1;
        log(`ok - ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        log(`not ok - ${name}\n${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        await page
          .screenshot({ path: join(OUTPUT_DIR, `${slug(name)}-FAILED.png`), fullPage: true })
          .catch(() => undefined);
      } finally {
        await context.close();
      }
    }
  } catch (error) {
    failed += 1;
    log(`not ok - setup\n${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  } finally {
    await shutdown();
  }
  log(`axe: ${axeChecks} page states checked against ${AXE_TAGS.join(', ')}`);
  log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
