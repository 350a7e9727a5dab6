#!/usr/bin/env node
// Runs the mocha suite (out/test/vscode/index.js) inside the Node extension host of a VS Code server started by
// scripts/e2e.sh, by opening the web workbench in headless chromium with a test payload in the URL:
//   ?folder=<ws>&payload=[["extensionDevelopmentPath","vscode-remote://127.0.0.1:PORT<ext>"],["extensionTestsPath",...]]
// The server must run with --enable-smoke-test-driver; the workbench then reports the extension host's console
// through window.codeAutomationLog and the tests' exit code through window.codeAutomationExit.
//
// usage: node test/e2e/run-ext-tests.js <port> <workspaceFolder> <extensionDevelopmentPath> <extensionTestsPath> [failureScreenshot.png]
// Prints the mocha output and, last, exactly one line `N passed, N failed, N skipped` (skipped = mocha's pending,
// e.g. a guarded test whose feature is not in this build). Exit code 0 only if nothing failed.
'use strict';
const path = require('path');
const { launchBrowser, workbenchUrl, format, withDeadline, log } = require('./lib');

const [port, folder, devPath, testsPath, failShot] = process.argv.slice(2);
if (!port || !folder || !devPath || !testsPath) {
  console.error('usage: run-ext-tests.js <port> <workspaceFolder> <extensionDevelopmentPath> <extensionTestsPath> [failureScreenshot.png]');
  process.exit(2);
}
const TIMEOUT_MS = Number(process.env.E2E_TESTS_TIMEOUT_MS || 150_000);

// Workbench chatter that says nothing about the tests.
const NOISE = [
  /^Resolv/,
  /^Creating a socket/,
  /^\[Service Worker\]/,
  /^Updating additional/,
  /vsda/,
  /open-vsx\.org|extensionquery|marketplace/i,
  /^%c(INFO|TRACE|DEBUG)/,
  /Failed to load resource/,
  /^\[LocalProcess|^\[remote|^\[perf/i,
];

async function main() {
  const { page, close } = await launchBrowser({ name: 'ext-tests' });
  let result; // { passed, failed, pending } from the MOCHA-RESULT line
  let exitCode;
  try {
    let onExit;
    const exited = new Promise((resolve) => (onExit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(args)
        .replace(/%c/g, '')
        .replace(/\s*color: #[0-9a-f]{3,6}\s*/gi, ' ')
        .trimEnd();
      const m = /MOCHA-RESULT passed=(\d+) failed=(\d+)(?: pending=(\d+))?/.exec(text);
      if (m) result = { passed: Number(m[1]), failed: Number(m[2]), pending: Number(m[3] || 0) };
      if (!NOISE.some((re) => re.test(text)))
        console.log(
          text
            .split('\n')
            .map((l) => `  ${l}`)
            .join('\n'),
        );
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      log('extension host finished the tests, exit code', code);
      onExit(code);
    });
    page.on('pageerror', (err) => log('[page error]', String(err).slice(0, 300)));
    const auth = `127.0.0.1:${port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${auth}${path.resolve(devPath)}`],
      ['extensionTestsPath', `vscode-remote://${auth}${path.resolve(testsPath)}`],
    ];
    const url = workbenchUrl(port, path.resolve(folder), payload);
    log('open', url);
    await page.goto(url, { timeout: 60_000 });
    exitCode = await withDeadline(exited, TIMEOUT_MS, 'the extension host to finish the tests (codeAutomationExit)').catch((err) => {
      log(String(err.message || err));
      return 'TIMEOUT';
    });
    if (exitCode !== 0 && failShot) {
      await page
        .screenshot({ path: failShot })
        .then(() => log('failure screenshot ->', failShot))
        .catch(() => {});
    }
  } finally {
    await close();
  }

  let passed = result ? result.passed : 0;
  let failed = result ? result.failed : 0;
  const skipped = result ? result.pending : 0;
  if (!result) {
    log('no MOCHA-RESULT line came back from the extension host (tests did not run or crashed)');
    failed = Math.max(failed, 1);
  } else if (exitCode !== 0 && failed === 0) {
    log(`extension host exit code ${exitCode} although mocha reported no failures`);
    failed = 1;
  }
  if (result && result.passed + result.failed === 0) {
    log('mocha ran no tests');
    failed = Math.max(failed, 1);
  }
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('DRIVER ERROR', err && err.stack ? err.stack : err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
