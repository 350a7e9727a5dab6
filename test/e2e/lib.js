// Shared bits of the offline VS Code drivers (run-ext-tests.js, drive.js). Plain Node, not compiled.
// playwright-core lives in <repo>/.e2e/node_modules (installed by scripts/setup-e2e.sh), not in the project.
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');

const REPO = path.resolve(__dirname, '..', '..');
const E2E_DIR = process.env.E2E_DIR || path.join(REPO, '.e2e');

function loadPlaywright() {
  const from = [E2E_DIR, REPO];
  try {
    return require(require.resolve('playwright-core', { paths: from }));
  } catch (err) {
    throw new Error(`playwright-core not found under ${from.join(' or ')}: run scripts/setup-e2e.sh first (${err.message})`);
  }
}

const T0 = Date.now();
function stamp() {
  return `[${((Date.now() - T0) / 1000).toFixed(1)}s]`;
}
function log(...args) {
  console.log(stamp(), ...args);
}

/**
 * Launches Debian's chromium headless with a throwaway profile `chrome-<name>` in $E2E_RUN_DIR (set by
 * scripts/e2e.sh, which can then find a leftover browser by that unique path) or in a temp dir.
 * Returns { context, page, close }.
 */
async function launchBrowser({ name, viewport = { width: 1280, height: 800 } }) {
  const { chromium } = loadPlaywright();
  const runDir = process.env.E2E_RUN_DIR || fs.mkdtempSync(path.join(require('os').tmpdir(), 'ntp-e2e-'));
  const profileDir = path.join(runDir, `chrome-${name}`);
  fs.rmSync(profileDir, { recursive: true, force: true });
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`${executablePath} not found: run scripts/setup-e2e.sh (apt chromium)`);
  fs.mkdirSync(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  // Only the local VS Code server may be contacted: everything else is aborted in the browser.
  const blockedHosts = new Set();
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (route) => {
    const url = route.request().url();
    const host = url.replace(/^([a-z-]+:\/\/[^/]*).*$/i, '$1');
    if (!blockedHosts.has(host)) {
      blockedHosts.add(host);
      log(`(blocked outside request to ${host})`);
    }
    return route.abort();
  });
  const page = context.pages()[0] || (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    fs.rmSync(process.env.E2E_RUN_DIR ? profileDir : runDir, { recursive: true, force: true, maxRetries: 3 });
  };
  return { context, page, close };
}

/** The workbench URL for a folder on the VS Code server at 127.0.0.1:port, with an optional test payload. */
function workbenchUrl(port, folder, payload) {
  let url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

function format(args) {
  try {
    return util.format(...(args || []));
  } catch {
    return String(args);
  }
}

/** Races `promise` against a deadline; rejects with a message naming `what`. */
function withDeadline(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]);
}

/** Runs a driver's main() and exits with its status; a crash counts as one failed check, never a pass. */
function runDriver(main) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error('DRIVER ERROR', err && err.stack ? err.stack : err);
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}

/** F1, the command's title, Enter once the list has narrowed to it: what comes next is the caller's to wait for. */
async function chooseCommand(page, title, timeout) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${title}`);
  // Enter runs the focused row: wait until that is the command (the list filters as it is typed).
  const want = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: new RegExp(`^\\s*${want}`) })
    .first()
    .waitFor({ timeout });
  await page.keyboard.press('Enter');
}

/** Ctrl+P, the name, and a click on the row whose file name is exactly `name` (rather than Enter: a `name.example` may come first). */
async function quickOpen(page, name, timeout) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(name);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escaped}$`) }) })
    .first();
  await row.waitFor({ timeout });
  await row.click();
}

module.exports = { REPO, E2E_DIR, loadPlaywright, launchBrowser, runDriver, workbenchUrl, format, withDeadline, log, stamp, chooseCommand, quickOpen };
