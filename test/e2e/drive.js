#!/usr/bin/env node
// UI check of the INSTALLED extension (the .vsix, installed into the server's extensions dir by scripts/e2e.sh):
// drives the VS Code web workbench in headless chromium like a user would and looks at what is on screen.
//   1. Ctrl+P opens chrony.conf            5. Ctrl+. on that line lists "Add iburst"
//   2. the status bar shows the dialect     6. the Problems panel (Ctrl+Shift+M) lists missing-iburst
//      "chrony"; a click offers the others  7. a screenshot (Problems open, hover shown) is written to <shot.png>
//   3. a squiggle appears on the line
//      `server time.bora.net`
//   4. hovering `server` shows its docs
//   8. completion after `server time.bora.net ` offers iburst, minpoll's detail is "default: 6": <dir>/completion.png
//   9. "Convert to chrony.conf" on ntp.conf: the result beside it, its notes in Problems: <dir>/convert.png
//
// usage: node test/e2e/drive.js <port> <workspaceFolder> <shot.png>
// E2E_LANG=ko: the same checks with the display language Korean (the server's argv.json says so): the quick fix is
// "iburst 추가", the picker marks the current dialect "현재", and the Problems row reads in Korean.
// Prints one line per check and, last, exactly one line `N passed, N failed`. Exit code 0 only if all passed.
'use strict';
const fs = require('fs');
const path = require('path');
const { chooseCommand, quickOpen, launchBrowser, runDriver, workbenchUrl, log } = require('./lib');

const [port, folder, shot] = process.argv.slice(2);
if (!port || !folder || !shot) {
  console.error('usage: drive.js <port> <workspaceFolder> <shot.png>');
  process.exit(2);
}
const SERVER_LINE = 'server time.bora.net';
const KOREAN = process.env.E2E_LANG === 'ko';
const TEXT = KOREAN
  ? { addIburst: 'iburst 추가', current: '현재', convert: 'NTP Config: chrony.conf로 변환' }
  : { addIburst: 'Add iburst', current: 'current', convert: 'NTP Config: Convert to chrony.conf' };
const SQUIGGLES = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info';
const STEP_MS = 20_000;
const DOC_PART = '.monaco-editor .monaco-hover:not(.hidden) .hover-contents:not(.marker)';

const results = [];
function record(name, ok, detail) {
  results.push({ name, ok });
  log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Runs one check; a thrown error fails it (with the message) without stopping the later checks. */
async function check(name, fn) {
  try {
    const detail = await fn();
    record(name, true, detail);
    return true;
  } catch (err) {
    record(
      name,
      false,
      String((err && err.message) || err)
        .split('\n')[0]
        .slice(0, 300),
    );
    return false;
  }
}

function clean(text) {
  return String(text).replace(/\s+/g, ' ').trim();
}

async function main() {
  const { page, close } = await launchBrowser({ name: 'drive' });
  try {
    page.on('pageerror', (err) => log('[page error]', String(err).slice(0, 200)));
    const url = workbenchUrl(port, path.resolve(folder));
    log('open', url);
    await page.goto(url, { timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log('workbench rendered');

    // The whole rendered line must be `server time.bora.net` (VS Code renders spaces as U+00A0, which \s matches).
    const serverLine = page.locator('.monaco-editor .view-line', { hasText: /^\s*server\s+time\.bora\.net\s*$/ }).first();

    const runCommand = (title) => chooseCommand(page, title, STEP_MS);

    const opened = await check('Ctrl+P opens chrony.conf', async () => {
      // The explorer being populated means the remote file system is up; quick open then finds the file at once.
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 }).catch(() => {});
      // The row of exactly `chrony.conf` (the workspace has chrony.conf.example too).
      await quickOpen(page, 'chrony.conf', STEP_MS);
      await serverLine.waitFor({ state: 'visible', timeout: STEP_MS });
      const tab = await page
        .locator('.tabs-container .tab.active')
        .first()
        .innerText({ timeout: 5_000 })
        .catch(() => '?');
      const mode = await page
        .locator('#status\\.editor\\.mode')
        .first()
        .innerText({ timeout: 5_000 })
        .catch(() => '?');
      if (!/chrony/i.test(mode)) throw new Error(`language mode in the status bar is ${JSON.stringify(clean(mode))}, not chrony's`);
      return `active tab ${JSON.stringify(clean(tab))}, language ${JSON.stringify(clean(mode))}`;
    });
    if (!opened) throw new Error('chrony.conf did not open; the remaining checks need it');

    await check('the status bar shows the dialect "chrony"; a click offers the other dialects', async () => {
      // The extension's item (createStatusBarItem id ntpConfig.dialect); its element id ends with that id.
      const item = page.locator('.statusbar-item[id$="ntpConfig.dialect"]').first();
      await item.waitFor({ state: 'visible', timeout: STEP_MS });
      await page.waitForFunction((el) => /chrony/.test(el.innerText), await item.elementHandle(), { timeout: STEP_MS }).catch(() => {});
      const text = clean(await item.innerText());
      if (text !== 'chrony') throw new Error(`dialect item reads ${JSON.stringify(text)}, not "chrony"`);
      const label = (await item.getAttribute('aria-label').catch(() => null)) || '';
      await item.locator('a, .statusbar-item-label').first().click();
      const input = page.locator('.quick-input-widget');
      await input.waitFor({ state: 'visible', timeout: STEP_MS });
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.filter({ hasText: 'NTPsec' }).first().waitFor({ timeout: STEP_MS });
      const offered = (await rows.allInnerTexts()).map(clean);
      if (process.env.E2E_RUN_DIR) await page.screenshot({ path: path.join(process.env.E2E_RUN_DIR, 'dialect-picker.png') }).catch(() => {});
      // Closed before judging, so a failed check leaves no picker over the later ones.
      await page.keyboard.press('Escape');
      await input.waitFor({ state: 'hidden', timeout: STEP_MS });
      for (const want of ['chrony', 'ntpd 4.2.8', 'NTPsec', 'xntpd 3']) {
        if (!offered.some((o) => o === want || o.startsWith(want)))
          throw new Error(`the dialect picker lacks ${JSON.stringify(want)}: ${JSON.stringify(offered)}`);
      }
      // The current choice is marked ("chrony" with the description "current", in Korean "현재").
      if (!offered.some((o) => new RegExp(`^chrony\\s*${TEXT.current}$`).test(o)))
        throw new Error(`the picker does not mark chrony as ${TEXT.current}: ${JSON.stringify(offered)}`);
      if (/\$\(|watch/.test(label)) throw new Error(`the item's accessible label names its icon: ${JSON.stringify(label)}`);
      return `item ${JSON.stringify(text)} (${JSON.stringify(label)}); picker: ${JSON.stringify(offered)}`;
    });

    // Measured afresh before each use: the editor moves while the workbench settles (breadcrumbs, panels).
    async function lineBox() {
      const box = await serverLine.boundingBox();
      if (!box) throw new Error(`the line ${JSON.stringify(SERVER_LINE)} is not on screen`);
      return box;
    }
    // Where `server` is drawn: the first token span of the line (fallback: the first characters of the line).
    async function keywordPoint() {
      const line = await lineBox();
      const keyword = serverLine.locator('span > span', { hasText: /^server$/ }).first();
      const kw = (await keyword.boundingBox({ timeout: 2_000 }).catch(() => null)) || { x: line.x, y: line.y, width: 40, height: line.height };
      return { x: kw.x + Math.min(kw.width / 2, 20), y: kw.y + kw.height / 2 };
    }

    await check('a squiggle marks the `server time.bora.net` line', async () => {
      await page.waitForSelector(SQUIGGLES, { timeout: 60_000 });
      // Squiggles are drawn in the overlay layer: find one whose vertical span is that of the server line.
      const deadline = Date.now() + STEP_MS;
      for (;;) {
        const boxes = [];
        for (const sq of await page.locator(SQUIGGLES).all()) {
          const b = await sq.boundingBox().catch(() => null);
          const cls = await sq.getAttribute('class').catch(() => '');
          if (b) boxes.push({ ...b, cls });
        }
        const line = await lineBox();
        const hit = boxes.find((b) => b.y < line.y + line.height - 1 && b.y + b.height > line.y + 1);
        if (hit) {
          const kind = /squiggly-(error|warning|info)/.exec(hit.cls);
          return `${kind ? kind[1] : '?'} squiggle, x ${Math.round(hit.x)}–${Math.round(hit.x + hit.width)} on the line at y=${Math.round(line.y)}`;
        }
        if (Date.now() > deadline) {
          throw new Error(`squiggles at y=${boxes.map((b) => Math.round(b.y)).join(',')} but the server line is at y=${Math.round(line.y)}`);
        }
        await page.waitForTimeout(100); // polling interval while the decorations settle, bounded by the deadline
      }
    });
    const problemsStatus = await page
      .locator('#status\\.problems')
      .first()
      .innerText({ timeout: 2_000 })
      .catch(() => 'n/a');
    log(
      'status bar problems:',
      JSON.stringify(clean(problemsStatus)),
      await page
        .locator('#status\\.problems')
        .first()
        .getAttribute('aria-label')
        .catch(() => ''),
    );

    const hoverWidget = page.locator('.monaco-editor .monaco-hover:not(.hidden), .monaco-hover.workbench-hover:not(.hidden)').first();
    async function showHover() {
      const kwPoint = await keywordPoint();
      await page.mouse.move(kwPoint.x + 3, kwPoint.y + 3);
      await page.mouse.move(kwPoint.x, kwPoint.y, { steps: 4 });
      await hoverWidget.waitFor({ state: 'visible', timeout: STEP_MS });
      // The widget appears before all of its parts are rendered: wait for the documentation part (the markdown
      // hover contents; the diagnostic's own part has the class `marker`).
      await page
        .waitForFunction((sel) => [...document.querySelectorAll(sel)].some((el) => /\bserver\b/.test(el.innerText)), DOC_PART, { timeout: 5_000 })
        .catch(() => {});
      return hoverWidget.innerText();
    }

    await check('hovering `server` shows its documentation', async () => {
      const all = clean(await showHover());
      const docs = clean((await page.locator(DOC_PART).allInnerTexts()).join(' '));
      if (!/\bserver\b/.test(docs)) throw new Error(`no documentation part mentioning "server" in the hover: ${JSON.stringify(all.slice(0, 200))}`);
      return `documentation: ${JSON.stringify(docs.slice(0, 120) + (docs.length > 120 ? '…' : ''))}`;
    });
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);

    await check(`Ctrl+. lists the "${TEXT.addIburst}" quick fix`, async () => {
      const kwPoint = await keywordPoint();
      await page.mouse.click(kwPoint.x, kwPoint.y);
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget').first();
      await menu.waitFor({ state: 'visible', timeout: STEP_MS });
      await page.locator('.action-widget .action-label, .action-widget .monaco-list-row', { hasText: TEXT.addIburst }).first().waitFor({ timeout: STEP_MS });
      return JSON.stringify(clean(await menu.innerText()).slice(0, 160));
    });
    await page.keyboard.press('Escape');

    await check('the Problems panel lists missing-iburst', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: /iburst/ }).first();
      await row.waitFor({ state: 'visible', timeout: STEP_MS });
      const text = clean(await row.innerText());
      if (!/missing-iburst/.test(text)) throw new Error(`row does not name the rule code: ${JSON.stringify(text)}`);
      if (KOREAN && !/[가-힣]/.test(text)) throw new Error(`the row is not in Korean: ${JSON.stringify(text)}`);
      return JSON.stringify(text.slice(0, 200));
    });

    await check(`screenshot written to ${shot}`, async () => {
      // For the docs: the editor with the squiggle and its hover, and the Problems panel below.
      await page
        .locator('.monaco-editor .view-lines')
        .first()
        .click({ position: { x: 5, y: 5 } })
        .catch(() => {});
      await page.keyboard.press('Escape');
      await showHover().catch(() => log('(no hover for the screenshot)'));
      // The hover fades in: wait for its animations to end, or the picture shows the text under it.
      await page
        .waitForFunction(
          () => {
            const hover = document.querySelector('.monaco-editor .monaco-hover:not(.hidden)');
            return hover !== null && hover.getAnimations({ subtree: true }).every((a) => a.playState === 'finished') && getComputedStyle(hover).opacity === '1';
          },
          null,
          { timeout: 3_000 },
        )
        .catch(() => log('(the hover was still fading in)'));
      fs.mkdirSync(path.dirname(path.resolve(shot)), { recursive: true });
      await page.screenshot({ path: shot });
      const size = fs.statSync(shot).size;
      if (size < 10_000) throw new Error(`screenshot is only ${size} bytes`);
      return `${Math.round(size / 1024)} KiB`;
    });

    // ---- more features, each with a picture for the README (next to <shot.png>) ---------------------------------
    const picture = (name) => path.join(path.dirname(path.resolve(shot)), `${name}${KOREAN ? '-ko' : ''}.png`);
    const completionShot = picture('completion');
    await check(`completion after "server time.bora.net " offers iburst; minpoll's detail is a short label; screenshot ${completionShot}`, async () => {
      await page.keyboard.press('Escape');
      const kwPoint = await keywordPoint();
      await page.mouse.click(kwPoint.x, kwPoint.y);
      await page.keyboard.press('End');
      await page.keyboard.type(' ');
      const widget = page.locator('.suggest-widget').first();
      const iburstRow = widget.locator('.monaco-list-row', { hasText: /^\s*iburst/ }).first();
      // A blank after a server's address may open the list by itself; otherwise ask for it as a user would (twice:
      // a Ctrl+Space that lands while the list is opening on its own only toggles its details).
      for (let attempt = 1; !(await iburstRow.isVisible()); attempt++) {
        if (!(await widget.isVisible())) await page.keyboard.press('Control+Space');
        const shown = await iburstRow.waitFor({ state: 'visible', timeout: 5_000 }).then(
          () => true,
          () => false,
        );
        if (!shown && attempt === 3) throw new Error(`no completion list with iburst after 3 tries (list visible: ${await widget.isVisible()})`);
      }
      const rows = (await widget.locator('.monaco-list-row').allInnerTexts()).map(clean);
      if (rows.some((r) => r.includes('`'))) throw new Error(`a backtick in the completion list: ${JSON.stringify(rows)}`);
      // Typing narrows the list to minpoll; Ctrl+Space again opens its details (the short label, then the docs).
      await page.keyboard.type('minp');
      await widget
        .locator('.monaco-list-row.focused', { hasText: /^\s*minpoll/ })
        .first()
        .waitFor({ timeout: STEP_MS })
        .catch((err) => {
          throw new Error(`minpoll is not the focused completion after typing "minp": ${String(err.message).split('\n')[0]}`);
        });
      const details = page.locator('.suggest-details').first();
      if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
      await details.waitFor({ state: 'visible', timeout: STEP_MS }).catch((err) => {
        throw new Error(`no details box for minpoll: ${String(err.message).split('\n')[0]}`);
      });
      await page
        .waitForFunction(() => /\S/.test(document.querySelector('.suggest-details .docs')?.textContent ?? ''), null, { timeout: 5_000 })
        .catch(() => {});
      await page
        .waitForFunction(() => /\S/.test(document.querySelector('.suggest-details .header .type')?.textContent ?? ''), null, { timeout: 5_000 })
        .catch(() => {});
      const label = clean(await details.locator('.header .type').first().innerText());
      // A short label (kind, unit, default: "default: 6"), not the documentation's first sentence cut off.
      if (!/^(default|기본값): .{1,30}$/.test(label)) {
        log('suggest details:', await details.evaluate((el) => el.outerHTML.replace(/<svg[\s\S]*?<\/svg>/g, '').slice(0, 1500)));
        throw new Error(`the detail of minpoll is not its short label: ${JSON.stringify(label)}`);
      }
      const shown = clean(await details.innerText());
      if (KOREAN && !/[가-힣]/.test(shown)) throw new Error(`the details are not in Korean: ${JSON.stringify(shown.slice(0, 120))}`);
      // The details box grows once its documentation is laid out: wait until two looks 150 ms apart agree.
      for (let last = -1, deadline = Date.now() + 3_000; Date.now() < deadline;) {
        const height = (await details.boundingBox())?.height ?? 0;
        if (height === last) break;
        last = height;
        await page.waitForTimeout(150); // polling interval, bounded by the deadline
      }
      // Diagnostics of the half-typed word arrive after the typing pause: let the Problems panel catch up first.
      await page
        .locator('.markers-panel .monaco-list-row', { hasText: "'minp'" })
        .first()
        .waitFor({ timeout: 5_000 })
        .catch(() => {});
      await page.screenshot({ path: completionShot });
      return `${rows.length} items; minpoll: ${JSON.stringify(label)}`;
    });
    // Also after a failure: the file as it was, so the Korean pass (same workspace, editors restored) starts the same.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await runCommand('File: Revert File').catch((err) => log('(could not revert chrony.conf:', String(err.message || err).split('\n')[0], ')'));

    const convertShot = picture('convert');
    await check(`"${TEXT.convert}" on ntp.conf opens a chrony.conf beside it, its notes in the Problems panel; screenshot ${convertShot}`, async () => {
      await page.keyboard.press('Escape');
      await quickOpen(page, 'ntp.conf', STEP_MS);
      await page
        .locator('.monaco-editor .view-line', { hasText: /^\s*server\s+time\.bora\.net\s*$/ })
        .first()
        .waitFor({ timeout: STEP_MS });
      await runCommand(TEXT.convert);
      // The result: a second editor whose lines include what the conversion adds.
      const converted = page
        .locator('.editor-group-container')
        .nth(1)
        .locator('.view-line', { hasText: /^\s*makestep\s+1(\.0)?\s+3\s*$/ })
        .first();
      await converted.waitFor({ state: 'visible', timeout: STEP_MS });
      await page.keyboard.press('Control+Shift+M');
      const note = page.locator('.markers-panel .monaco-list-row', { hasText: /ntpconf convert/ }).first();
      await note.waitFor({ state: 'visible', timeout: STEP_MS });
      const notes = (await page.locator('.markers-panel .monaco-list-row', { hasText: /ntpconf convert/ }).allInnerTexts()).map(clean);
      if (notes.some((n) => n.includes('`'))) throw new Error(`a backtick in a conversion note: ${JSON.stringify(notes.filter((n) => n.includes('`')))}`);
      if (KOREAN && !notes.some((n) => /[가-힣]/.test(n))) throw new Error(`the notes are not in Korean: ${JSON.stringify(notes.slice(0, 3))}`);
      await page.mouse.move(5, 5);
      await page.screenshot({ path: convertShot });
      return `${notes.length} notes shown, first ${JSON.stringify(notes[0].slice(0, 120))}`;
    });
    // Also after a failure: the untitled result would come back, unsaved, in the next window; discard it.
    await page.keyboard.press('Escape');
    const untitled = page.locator('.tabs-container .tab', { hasText: /Untitled/ });
    for (let left = await untitled.count(); left > 0; left--) {
      await untitled
        .first()
        .click({ timeout: 5_000 })
        .then(() => runCommand('View: Revert and Close Editor'))
        .catch((err) => log('(could not close the converted file:', String(err.message || err).split('\n')[0], ')'));
    }
    if ((await untitled.count()) > 0) log('(the converted file is still open: the next window restores it)');
  } catch (err) {
    record(
      'driver',
      false,
      String((err && err.message) || err)
        .split('\n')[0]
        .slice(0, 300),
    );
  } finally {
    if (results.some((r) => !r.ok)) {
      const failShot = path.join(process.env.E2E_RUN_DIR || path.dirname(path.resolve(shot)), 'drive-failure.png');
      await page
        .screenshot({ path: failShot })
        .then(() => log('failure screenshot ->', failShot))
        .catch(() => {});
    }
    await close();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

runDriver(main);
