#!/usr/bin/env node
// UI check of Verify Servers and Check Host in the INSTALLED extension (issue 6), against real daemons on 127.0.0.1:
//   - a chronyd NTP server (`local stratum 8`, -x -d -u root, temp config and dirs) on a free UDP port, and a second
//     free port nothing listens on;
//   - for Check Host, a whole loopback host (test/support/loopbackHost.ts): an sshd of our own with a generated key,
//     a chronyd server and a chronyd client of it, whose sources Check Host reads over ssh.
// Like a user: writes chrony.conf (`server 127.0.0.1 port P iburst` + the closed port) into the workspace and user
// settings (few samples; the loopback host in `ntpConfig.hosts`) before the window opens, opens the file with Ctrl+P,
// runs "NTP Config: Verify Servers" from the command palette (F1, title, Enter), then reads the report webview
// (a nested iframe of the workbench), the editor's squiggle and hover, and the Problems panel; then "NTP Config:
// Check Host…" and picks the host in its picker. Screenshots: <verify.png> and <check-host.png>.
//
// usage: node test/e2e/drive-verify.js <port> <workspaceFolder> <userSettings.json> <verify.png> <check-host.png>
// Env: E2E_SSH_KNOWN_HOSTS: the UserKnownHostsFile of the `ssh` the VS Code server finds first on its PATH
//      (scripts/e2e.sh puts a wrapper there: the extension has no known-hosts setting, and the user's
//      ~/.ssh/known_hosts must not be touched). Unset, or not root, or no sshd: the Check Host checks are skipped.
// Waits only on conditions with deadlines (no fixed sleeps). Every daemon is stopped at the end, also on failure;
// they are children of this process, in the process group scripts/e2e.sh kills.
// Prints one line per check and, last, exactly one line `N passed, N failed, N skipped`. Exit code 0 only if none failed.
'use strict';
const fs = require('fs');
const path = require('path');
const { REPO, chooseCommand: chooseCommandIn, quickOpen, launchBrowser, runDriver, workbenchUrl, log } = require('./lib');

const [port, folder, settingsPath, verifyShot, hostShot] = process.argv.slice(2);
if (!port || !folder || !settingsPath || !verifyShot || !hostShot) {
  console.error('usage: drive-verify.js <port> <workspaceFolder> <userSettings.json> <verify.png> <check-host.png>');
  process.exit(2);
}
const STEP_MS = 20_000;
const STRATUM = 8;
// Few samples: 3 replies draw a line in the stripchart; 1 s apart is the engine's minimum interval.
const VERIFY_SETTINGS = { 'ntpConfig.verify.samples': 3, 'ntpConfig.verify.intervalMs': 1000, 'ntpConfig.verify.timeoutMs': 500 };

// The compiled test helpers (npm run build -> out/): the same daemons the mocha tiers use.
const { LoopbackChronyd } = require(path.join(REPO, 'out/test/support/loopbackChronyd.js'));
const { freePort: freeUdpPort } = require(path.join(REPO, 'out/test/support/ntpResponder.js'));
const { LoopbackHost } = require(path.join(REPO, 'out/test/support/loopbackHost.js'));

const results = [];
function record(name, status, detail) {
  results.push({ name, status });
  log(`${status.toUpperCase()} ${name}${detail ? ` — ${detail}` : ''}`);
}
async function check(name, fn) {
  try {
    record(name, 'pass', await fn());
    return true;
  } catch (err) {
    record(
      name,
      'fail',
      String((err && err.message) || err)
        .split('\n')[0]
        .slice(0, 400),
    );
    return false;
  }
}
function skip(name, why) {
  record(name, 'skip', why);
}
function clean(text) {
  return String(text).replace(/\s+/g, ' ').trim();
}

// ---- daemons ------------------------------------------------------------------------------------------------------
const daemons = []; // { stop(), dir }
let stopping;
function stopDaemons() {
  stopping ??= Promise.all(daemons.splice(0).map((d) => d.stop().catch((err) => log('(stopping a daemon failed:', String(err), ')'))));
  return stopping;
}
// On SIGTERM/SIGINT (scripts/e2e.sh's time limit or Ctrl+C) the whole process group gets the signal, daemons too;
// what is left here is their temp dirs.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.once(signal, () => {
    for (const d of daemons) {
      fs.rmSync(d.dir, { recursive: true, force: true });
      // LoopbackHost creates sshd's privilege separation dir when it is missing, and removes it in stop().
      if (d.createdPrivsepDir) {
        try {
          fs.rmdirSync('/run/sshd'); // only when empty
        } catch {}
      }
    }
    process.exit(130);
  });
}

/** Why Check Host cannot run here, or null. */
function checkHostUnavailable() {
  if (!process.env.E2E_SSH_KNOWN_HOSTS) return 'E2E_SSH_KNOWN_HOSTS is not set (scripts/e2e.sh sets it with its ssh wrapper)';
  if (!LoopbackHost.canRun()) return 'the loopback host needs root (sshd must switch users, chronyd runs as root)';
  if (!fs.existsSync('/usr/sbin/sshd')) return 'sshd is not installed (apt-get install openssh-server)';
  return null;
}

async function startDaemons() {
  const t0 = Date.now();
  const noHost = checkHostUnavailable();
  const [chronydResult, closedPort, hostResult] = await Promise.allSettled([
    LoopbackChronyd.start(STRATUM),
    freeUdpPort(),
    noHost === null ? LoopbackHost.start() : Promise.reject(Object.assign(new Error(noHost), { skipped: true })),
  ]);
  for (const r of [chronydResult, hostResult]) if (r.status === 'fulfilled') daemons.push(r.value);
  if (chronydResult.status === 'rejected') throw chronydResult.reason;
  if (closedPort.status === 'rejected') throw closedPort.reason;
  const chronyd = chronydResult.value;
  const host =
    hostResult.status === 'fulfilled' ? hostResult.value : { error: hostResult.reason, skipped: Boolean(hostResult.reason && hostResult.reason.skipped) };
  log(`chronyd serving NTP on 127.0.0.1:${chronyd.port} (stratum ${STRATUM}); closed port ${closedPort.value}`);
  if (!host.error) {
    fs.mkdirSync(path.dirname(process.env.E2E_SSH_KNOWN_HOSTS), { recursive: true });
    fs.copyFileSync(host.knownHosts, process.env.E2E_SSH_KNOWN_HOSTS);
    log(`loopback host: sshd on 127.0.0.1:${host.sshPort}, chronyd server on ${host.ntpPort}, chronyc -h ${host.chronySocket}`);
  }
  log(`daemons up in ${Date.now() - t0} ms`);
  return { chronyd, closedPort: closedPort.value, host };
}

// ---- the webview --------------------------------------------------------------------------------------------------
/** Everything the report page shows, read inside its frame (the innermost iframe of the webview). */
function readReport() {
  const app = document.querySelector('main#app');
  if (!app) return null;
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
  const sections = [...app.querySelectorAll('section')].map((s) => ({
    title: text(s.querySelector('h2')),
    columns: [...s.querySelectorAll('thead th')].map(text),
    rows: [...s.querySelectorAll('tbody tr')]
      .filter((tr) => !tr.querySelector('td.note, td.details'))
      .map((tr) => {
        // In a narrow view the secondary columns sit on the next line, one span per column.
        const details = tr.nextElementSibling && tr.nextElementSibling.querySelector('td.details');
        const extra = details
          ? [...details.querySelectorAll('span[data-column]')].map((span) => [span.getAttribute('data-column'), span.getAttribute('data-value')])
          : [];
        return { cls: tr.getAttribute('class') || '', cells: [...tr.querySelectorAll('td')].map(text), extra: Object.fromEntries(extra) };
      }),
    empty: text(s.querySelector('p.empty')),
  }));
  const svg = app.querySelector('svg.chart');
  const polylines = svg
    ? [...svg.querySelectorAll('polyline')].map((p) => {
        const style = getComputedStyle(p);
        const points = (p.getAttribute('points') || '')
          .trim()
          .split(/\s+/)
          .filter((xy) => /^[-\d.e]+,[-\d.e]+$/.test(xy)).length;
        return { points, fill: style.fill, stroke: style.stroke, strokeWidth: style.strokeWidth };
      })
    : [];
  const status = app.querySelector('p.status');
  return {
    title: text(app.querySelector('h1')),
    status: text(status),
    busy: status ? status.classList.contains('busy') : true,
    sections,
    chart: svg
      ? { polylines, circles: svg.querySelectorAll('circle').length, legend: text(app.querySelector('.legend')), box: svg.getBoundingClientRect().toJSON() }
      : null,
  };
}

/** The frame whose page is our report with a title matching `titleRe` (polled until the deadline). */
async function reportFrame(page, titleRe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame() || frame.isDetached()) continue;
      const title = await frame.evaluate(() => document.querySelector('main#app h1')?.textContent ?? null).catch(() => null);
      if (title !== null && titleRe.test(title)) return frame;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `no webview frame with a report titled ${titleRe} after ${timeoutMs} ms (frames: ${page
          .frames()
          .map((f) => f.url().slice(0, 80))
          .join(' | ')})`,
      );
    }
    await page.waitForTimeout(100); // polling interval while the webview loads, bounded by the deadline
  }
}

/** Waits in the frame until the run is over (status no longer busy), then reads the report. */
async function finishedReport(frame, timeoutMs) {
  await frame.waitForFunction(
    () => {
      const status = document.querySelector('main#app p.status');
      return status !== null && !status.classList.contains('busy');
    },
    undefined,
    { timeout: timeoutMs },
  );
  // Nothing may be clipped: in the side-by-side editor the report wraps or moves columns under their row instead.
  const overflow = await frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('main#app table, main#app h1, main#app p')].filter((node) => node.scrollWidth > width + 1);
    return {
      width,
      page: document.documentElement.scrollWidth,
      wide: wide.map((node) => `${node.tagName.toLowerCase()} ${node.scrollWidth}px: ${node.textContent.slice(0, 60)}`),
    };
  });
  if (overflow.page > overflow.width + 1 || overflow.wide.length > 0)
    throw new Error(`the report overflows its ${overflow.width} px: page ${overflow.page} px; ${overflow.wide.join('; ')}`);
  return frame.evaluate(readReport);
}

/** F1 `command`, then the host in its picker; the finished report whose title matches `titleRe`. */
async function pickHost(page, command, hostKey, titleRe) {
  await page
    .locator('.monaco-editor .view-lines')
    .first()
    .click({ position: { x: 5, y: 5 } }); // chrony.conf active: compared with it
  await chooseCommand(page, command);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: hostKey }).first();
  await row.waitFor({ state: 'visible', timeout: STEP_MS });
  const offered = clean(await row.innerText());
  const started = Date.now();
  await row.click();
  const frame = await reportFrame(page, titleRe, STEP_MS);
  const report = await finishedReport(frame, 30_000);
  return { frame, report, summary: `picked ${JSON.stringify(offered)}; ${JSON.stringify(report.status)} after ${Date.now() - started} ms` };
}

// ---- the workbench ------------------------------------------------------------------------------------------------
async function runCommand(page, title) {
  await chooseCommand(page, title);
  await page
    .locator('.quick-input-widget')
    .waitFor({ state: 'hidden', timeout: STEP_MS })
    .catch(() => {});
}

const chooseCommand = (page, title) => chooseCommandIn(page, title, STEP_MS);

async function openFile(page, name, lineRe) {
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 }).catch(() => {});
  await quickOpen(page, name, STEP_MS);
  await page.locator('.monaco-editor .view-line', { hasText: lineRe }).first().waitFor({ state: 'visible', timeout: STEP_MS });
}

async function main() {
  let browser;
  try {
    const { chronyd, closedPort, host } = await startDaemons();
    const liveEndpoint = `127.0.0.1:${chronyd.port}`;
    const closedEndpoint = `127.0.0.1:${closedPort}`;
    const hostKey = host.error ? null : `root@127.0.0.1:${host.sshPort}`;

    // The file a user would verify, and the settings they would have.
    const conf = path.join(folder, 'chrony.conf');
    const liveLine = `server 127.0.0.1 port ${chronyd.port} iburst`;
    const closedLine = `server 127.0.0.1 port ${closedPort} iburst`;
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(conf, ['# Time sources of this host', liveLine, closedLine, 'driftfile /var/lib/chrony/drift', 'makestep 1.0 3', ''].join('\n'));
    const settings = JSON.parse(fs.readFileSync(settingsPath, 'utf8'));
    Object.assign(settings, VERIFY_SETTINGS);
    if (hostKey) {
      settings['ntpConfig.hosts'] = [{ host: '127.0.0.1', port: host.sshPort, user: 'root', identityFile: host.clientKey, chronySocket: host.chronySocket }];
      settings['ntpConfig.checkHost.connectTimeout'] = 5;
    }
    fs.writeFileSync(settingsPath, JSON.stringify(settings, null, 2) + '\n');
    // Check Host compares with the daemon's selected source: let the client chronyd pick the server meanwhile.
    const synced = hostKey
      ? host.waitForSync(20_000).then(
          (out) => ({ out }),
          (error) => ({ error }),
        )
      : null;

    browser = await launchBrowser({ name: 'drive-verify', viewport: { width: 1600, height: 1100 } });
    const { page } = browser;
    page.on('pageerror', (err) => log('[page error]', String(err).slice(0, 200)));
    const url = workbenchUrl(port, path.resolve(folder));
    log('open', url);
    await page.goto(url, { timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log('workbench rendered');

    const opened = await check('Ctrl+P opens chrony.conf with the loopback server lines', async () => {
      await openFile(page, 'chrony.conf', new RegExp(`^\\s*server\\s+127\\.0\\.0\\.1\\s+port\\s+${chronyd.port}\\s+iburst\\s*$`));
      return `server 127.0.0.1 port ${chronyd.port} (chronyd) and port ${closedPort} (closed)`;
    });
    if (!opened) throw new Error('chrony.conf did not open; the remaining checks need it');
    // Room for the report beside the editor (and in the screenshots): hide the side bar.
    await page.keyboard.press('Control+B');
    await page
      .locator('.part.sidebar')
      .waitFor({ state: 'hidden', timeout: 5_000 })
      .catch(() => log('(the side bar is still shown)'));
    // The language server's own diagnostics first, so the Problems panel is complete when verification adds its own.
    await page
      .waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-error', { timeout: STEP_MS })
      .catch(() => {});

    // ---- Verify Servers -------------------------------------------------------------------------------------------
    let frame;
    let report;
    const ran = await check('F1 "NTP Config: Verify Servers" opens the report view, which finishes the run', async () => {
      const started = Date.now();
      await runCommand(page, 'NTP Config: Verify Servers');
      frame = await reportFrame(page, /Verify Servers: chrony\.conf/, STEP_MS);
      const opened = Date.now() - started;
      report = await finishedReport(frame, 30_000);
      return `webview after ${opened} ms, ${JSON.stringify(report.status)} after ${Date.now() - started} ms`;
    });

    const sources = () => {
      const s = report && report.sections.find((x) => x.columns.includes('Result') && x.columns.includes('Offset'));
      if (!s) throw new Error(`no Sources table in the report: ${JSON.stringify(report && report.sections.map((x) => x.title))}`);
      return s;
    };
    const cell = (section, row, column) => (section.columns.includes(column) ? (row.cells[section.columns.indexOf(column)] ?? '') : (row.extra[column] ?? ''));
    if (ran) {
      await check(`the table shows ${liveEndpoint} reachable, stratum ${STRATUM}`, async () => {
        const s = sources();
        const row = s.rows.find((r) => cell(s, r, 'Address') === liveEndpoint);
        if (!row) throw new Error(`no row for ${liveEndpoint}: ${JSON.stringify(s.rows.map((r) => r.cells))}`);
        const stratum = cell(s, row, 'Stratum');
        const result = cell(s, row, 'Result');
        const samples = cell(s, row, 'Samples');
        if (stratum !== String(STRATUM)) throw new Error(`stratum ${JSON.stringify(stratum)}, not ${STRATUM}: ${JSON.stringify(row.cells)}`);
        if (!/\bst-(ok|info)\b/.test(row.cls))
          throw new Error(`row status ${JSON.stringify(row.cls)} is not reachable (ok/info): ${JSON.stringify(row.cells)}`);
        if (/unreachable|no answer/i.test(result)) throw new Error(`result ${JSON.stringify(result)}`);
        if (!/^[1-9]\d*\/\d+$/.test(samples)) throw new Error(`samples ${JSON.stringify(samples)}: no reply counted`);
        return `${JSON.stringify(row.cells.slice(1))} (${row.cls})`;
      });
      await check(`the table shows the closed port ${closedEndpoint} as unreachable`, async () => {
        const s = sources();
        const row = s.rows.find((r) => cell(s, r, 'Address') === closedEndpoint);
        if (!row) throw new Error(`no row for ${closedEndpoint}: ${JSON.stringify(s.rows.map((r) => r.cells))}`);
        if (!/unreachable/i.test(cell(s, row, 'Result'))) throw new Error(`result is ${JSON.stringify(cell(s, row, 'Result'))}: ${JSON.stringify(row.cells)}`);
        if (!/\bst-(error|warning)\b/.test(row.cls)) throw new Error(`row status ${JSON.stringify(row.cls)}`);
        return `${JSON.stringify(row.cells.slice(1))} (${row.cls})`;
      });
      await check('the stripchart plots the offsets of the live server (an SVG polyline through its samples)', async () => {
        const chart = report.chart;
        if (!chart) throw new Error(`no svg.chart in the report (sections ${JSON.stringify(report.sections.map((x) => x.title))})`);
        if (chart.box.width < 100 || chart.box.height < 100) throw new Error(`the chart is ${chart.box.width}x${chart.box.height} px`);
        const best = Math.max(0, ...chart.polylines.map((p) => p.points));
        if (chart.polylines.length !== 1 || best < 2)
          throw new Error(`want one series (only the live server answers) of at least 2 points, got polylines ${JSON.stringify(chart.polylines)}`);
        if (chart.circles < best) throw new Error(`${chart.circles} sample markers for a ${best}-point line`);
        if (!chart.legend.includes(liveEndpoint)) throw new Error(`the legend does not name ${liveEndpoint}: ${JSON.stringify(chart.legend)}`);
        return `${best} points, legend ${JSON.stringify(chart.legend)}, ${Math.round(chart.box.width)}x${Math.round(chart.box.height)} px`;
      });
      await check('the stripchart series is drawn as a line (stroked, not filled)', async () => {
        const line = report.chart && report.chart.polylines[0];
        if (!line) throw new Error('no polyline');
        // A filled polyline closes the path: three samples become a solid triangle instead of a strip chart.
        if (line.fill !== 'none')
          throw new Error(
            `the polyline is filled (computed fill ${line.fill}, stroke ${line.stroke}): the series colour class .sN sets fill and outranks \`svg polyline { fill: none }\``,
          );
        if (line.stroke === 'none' || parseFloat(line.strokeWidth) <= 0) throw new Error(`the polyline has no stroke (${line.stroke}, ${line.strokeWidth})`);
        return `fill none, stroke ${line.stroke} ${line.strokeWidth}`;
      });
    }

    // The result on the source lines: a squiggle whose hover says it, and the Problems panel rows.
    const closedLineLocator = page.locator('.monaco-editor .view-line', { hasText: new RegExp(`port\\s+${closedPort}\\b`) }).first();
    await check(`the closed-port line carries the verification warning (squiggle + hover)`, async () => {
      const line = await closedLineLocator.boundingBox();
      if (!line) throw new Error('the closed-port line is not on screen');
      const warnings = page.locator('.monaco-editor .squiggly-warning');
      await warnings.first().waitFor({ timeout: STEP_MS });
      let onLine = null;
      for (const sq of await warnings.all()) {
        const b = await sq.boundingBox().catch(() => null);
        if (b && b.y < line.y + line.height - 1 && b.y + b.height > line.y + 1) onLine = b;
      }
      if (!onLine) throw new Error(`no warning squiggle on the line at y=${Math.round(line.y)}`);
      // The address `127.0.0.1` on that line (the diagnostic's range): hover it.
      const address = closedLineLocator.locator('span > span', { hasText: /^127\.0\.0\.1$/ }).first();
      const box = (await address.boundingBox({ timeout: 2_000 }).catch(() => null)) || { x: line.x + 70, y: line.y, width: 50, height: line.height };
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await page.mouse.move(at.x + 4, at.y + 4);
      await page.mouse.move(at.x, at.y, { steps: 4 });
      const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
      await hover.waitFor({ state: 'visible', timeout: STEP_MS });
      await page
        .waitForFunction(
          (port) => [...document.querySelectorAll('.monaco-editor .monaco-hover:not(.hidden)')].some((el) => el.innerText.includes(`UDP ${port}`)),
          closedPort,
          { timeout: 5_000 },
        )
        .catch(() => {});
      const text = clean(await hover.innerText());
      if (!new RegExp(`UDP ${closedPort}`).test(text) || !/ntpconf verify/.test(text))
        throw new Error(`the hover does not show the verification result: ${JSON.stringify(text.slice(0, 300))}`);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      const ours = text.slice(Math.max(0, text.indexOf('Nothing listens') >= 0 ? text.indexOf('Nothing listens') : text.indexOf(`UDP ${closedPort}`) - 40));
      return `${JSON.stringify(ours.slice(0, 200))}…`;
    });
    await check('the Problems panel lists both verification results (unreachable, and the live server)', async () => {
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      const unreachable = rows.filter({ hasText: /ntpconf verify.*unreachable/ }).first();
      await unreachable.waitFor({ state: 'visible', timeout: STEP_MS });
      const texts = (await rows.allInnerTexts()).map(clean).filter((t) => /ntpconf verify/.test(t));
      const closedRow = texts.find((t) => /unreachable/.test(t));
      if (!closedRow.includes(`UDP ${closedPort}`) || !/\[Ln 3\b/.test(closedRow))
        throw new Error(`the unreachable row is not about line 3 / port ${closedPort}: ${JSON.stringify(closedRow)}`);
      const liveRow = texts.find((t) => /\[Ln 2\b/.test(t));
      if (!liveRow || !/single-source|answered/.test(liveRow)) throw new Error(`no verification row for the live server on line 2: ${JSON.stringify(texts)}`);
      return `${JSON.stringify(closedRow.slice(0, 140))}; ${JSON.stringify(liveRow.slice(0, 100))}`;
    });

    await check(`screenshot written to ${verifyShot}`, async () => {
      // The editor with the squiggles, the report beside it (table and stripchart), the Problems panel below.
      fs.mkdirSync(path.dirname(path.resolve(verifyShot)), { recursive: true });
      await page.screenshot({ path: verifyShot });
      const size = fs.statSync(verifyShot).size;
      if (size < 10_000) throw new Error(`screenshot is only ${size} bytes`);
      return `${Math.round(size / 1024)} KiB`;
    });

    // ---- Check Host -----------------------------------------------------------------------------------------------
    const hostChecks = [
      'F1 "NTP Config: Check Host…" offers the loopback host from ntpConfig.hosts',
      'the report shows chrony and its selected source 127.0.0.1 (stratum 8, reach > 0)',
      `screenshot written to ${hostShot}`,
    ];
    if (!hostKey) {
      const why = String(host.error.message || host.error).split('\n')[0];
      if (host.skipped) hostChecks.forEach((name) => skip(name, why));
      else hostChecks.forEach((name) => record(name, 'fail', `the loopback host did not start: ${why}`));
    } else {
      const sync = await synced;
      if (sync.error) log(`(the client chronyd has not selected its server yet: ${String(sync.error.message).split('\n')[0]})`);
      let hostFrame;
      const picked = await check(hostChecks[0], async () => {
        const picked = await pickHost(page, 'NTP Config: Check Host', hostKey, /Check Host: /);
        hostFrame = picked.frame;
        report = picked.report;
        return picked.summary;
      });
      if (picked) {
        await check(hostChecks[1], async () => {
          if (!report.title.includes(hostKey)) throw new Error(`title ${JSON.stringify(report.title)}`);
          const daemon = report.sections.find((s) => s.columns.includes('Item'));
          const daemonRow = daemon && daemon.rows.find((r) => r.cells[1] === 'Daemon');
          if (!daemonRow || !/chrony/i.test(daemonRow.cells[2])) throw new Error(`daemon ${JSON.stringify(daemonRow && daemonRow.cells)}`);
          const s = report.sections.find((x) => x.columns.includes('Reach'));
          if (!s) throw new Error(`no sources table: ${JSON.stringify(report.sections.map((x) => x.title))}`);
          const row = s.rows.find((r) => cell(s, r, 'Address') === '127.0.0.1');
          if (!row) throw new Error(`no source 127.0.0.1: ${JSON.stringify(s.rows.map((r) => r.cells))} (${s.empty})`);
          const state = cell(s, row, 'State');
          const reach = cell(s, row, 'Reach');
          if (!/^\*/.test(state)) throw new Error(`state ${JSON.stringify(state)} is not selected (*): ${JSON.stringify(row.cells)}`);
          if (cell(s, row, 'Stratum') !== String(STRATUM)) throw new Error(`stratum ${JSON.stringify(cell(s, row, 'Stratum'))}`);
          if (!/^[0-7]+$/.test(reach) || parseInt(reach, 8) === 0) throw new Error(`reach ${JSON.stringify(reach)}`);
          if (!/\bst-ok\b/.test(row.cls)) throw new Error(`row status ${JSON.stringify(row.cls)}`);
          const findings = report.sections.find((x) => x.title === 'Findings');
          const listed = findings ? (findings.rows.length > 0 ? JSON.stringify(findings.rows.map((r) => r.cells[2])) : JSON.stringify(findings.empty)) : 'none';
          return `${s.title}: ${JSON.stringify(row.cells.slice(1))}; findings: ${listed}`;
        });
        await check(hostChecks[2], async () => {
          await page.keyboard.press('Escape'); // a notification toast, if any, stays; the quick input must not
          fs.mkdirSync(path.dirname(path.resolve(hostShot)), { recursive: true });
          await page.screenshot({ path: hostShot });
          const size = fs.statSync(hostShot).size;
          if (size < 10_000) throw new Error(`screenshot is only ${size} bytes`);
          return `${Math.round(size / 1024)} KiB`;
        });
      } else {
        hostChecks.slice(1).forEach((name) => record(name, 'fail', 'Check Host did not produce a report'));
      }
    }

    // ---- Verify Servers in Korean (the display language is argv.json's locale, read on each page load) ------------
    const shotKo = process.env.E2E_VERIFY_SCREENSHOT_KO;
    const argvJson = process.env.E2E_ARGV_JSON;
    if (shotKo && argvJson) {
      await check(`in Korean, "NTP Config: 서버 확인" reports in Korean; screenshot written to ${shotKo}`, async () => {
        fs.writeFileSync(argvJson, '{\n  "locale": "ko"\n}\n');
        await page.reload({ timeout: 60_000 });
        await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
        await openFile(page, 'chrony.conf', new RegExp(`^\\s*server\\s+127\\.0\\.0\\.1\\s+port\\s+${chronyd.port}\\s+iburst\\s*$`));
        await runCommand(page, 'NTP Config: 서버 확인');
        // A report restored from before the reload keeps its English title: take the Korean one.
        const koFrame = await reportFrame(page, /^(?!Verify Servers).*chrony\.conf/, STEP_MS);
        const koReport = await finishedReport(koFrame, 30_000);
        const shown = JSON.stringify([koReport.title, koReport.status, ...koReport.sections.map((x) => [x.title, x.columns])]);
        if (!/[가-힣]/.test(shown)) throw new Error(`the report is not in Korean: ${shown.slice(0, 200)}`);
        await page.keyboard.press('Escape');
        // As in the English picture: focus in the editor (no toolbar tooltip) and the Problems panel open below.
        await page
          .locator('.monaco-editor .view-lines')
          .first()
          .click({ position: { x: 5, y: 5 } })
          .catch(() => {});
        await page.keyboard.press('Control+Shift+M');
        await page
          .locator('.markers-panel .monaco-list-row')
          .first()
          .waitFor({ state: 'visible', timeout: STEP_MS })
          .catch(() => log('(the Problems panel did not show for the Korean screenshot)'));
        await page.mouse.move(5, 5);
        fs.mkdirSync(path.dirname(path.resolve(shotKo)), { recursive: true });
        await page.screenshot({ path: shotKo });
        return `${JSON.stringify(koReport.title)}, ${JSON.stringify(koReport.status)}; ${Math.round(fs.statSync(shotKo).size / 1024)} KiB`;
      });
      // ---- Check Host in Korean, on the same page (still Korean) ----------------------------------------------------
      const hostShotKo = process.env.E2E_HOST_SCREENSHOT_KO;
      const hostKoCheck = `in Korean, "NTP Config: 호스트 확인…" reports in Korean (데몬 chrony, 127.0.0.1 selected); screenshot written to ${hostShotKo}`;
      if (hostShotKo && !hostKey) skip(hostKoCheck, String(host.error.message || host.error).split('\n')[0]);
      else if (hostShotKo) {
        await check(hostKoCheck, async () => {
          await page.keyboard.press('Escape');
          const picked = await pickHost(page, 'NTP Config: 호스트 확인', hostKey, /^호스트 확인: /);
          const koReport = picked.report;
          const daemon = koReport.sections.find((x) => x.columns.includes('항목'));
          const daemonRow = daemon && daemon.rows.find((r) => r.cells[1] === '데몬');
          if (!daemonRow || !/chrony/i.test(daemonRow.cells[2])) throw new Error(`daemon row ${JSON.stringify(daemon && daemon.rows.map((r) => r.cells))}`);
          const sources = koReport.sections.find((x) => x.columns.includes('도달(reach)'));
          if (!sources) throw new Error(`no Korean sources table: ${JSON.stringify(koReport.sections.map((x) => [x.title, x.columns]))}`);
          const row = sources.rows.find((r) => cell(sources, r, '주소') === '127.0.0.1');
          if (!row || !/^\*/.test(cell(sources, row, '상태')))
            throw new Error(`source 127.0.0.1 not selected: ${JSON.stringify(sources.rows.map((r) => r.cells))}`);
          await page.keyboard.press('Escape');
          await page.mouse.move(5, 5);
          fs.mkdirSync(path.dirname(path.resolve(hostShotKo)), { recursive: true });
          await page.screenshot({ path: hostShotKo });
          return `${picked.summary}; ${Math.round(fs.statSync(hostShotKo).size / 1024)} KiB`;
        });
      }
    }
  } catch (err) {
    record(
      'driver',
      'fail',
      String((err && err.message) || err)
        .split('\n')[0]
        .slice(0, 400),
    );
  } finally {
    if (browser) {
      if (results.some((r) => r.status === 'fail')) {
        const failShot = path.join(process.env.E2E_RUN_DIR || path.dirname(path.resolve(verifyShot)), 'drive-verify-failure.png');
        await browser.page
          .screenshot({ path: failShot })
          .then(() => log('failure screenshot ->', failShot))
          .catch(() => {});
      }
      await browser.close();
    }
    await stopDaemons();
  }
  const passed = results.filter((r) => r.status === 'pass').length;
  const failed = results.filter((r) => r.status === 'fail').length;
  const skipped = results.filter((r) => r.status === 'skip').length;
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

runDriver(main);
