// Issue 14: a fix never hurts. Over every rule fixture, seed, sample and real-world corpus file: fix all, then
// the daemon's parser never complains about a line the fix wrote, re-linting finds no new warning or error,
// no time source is lost and no access is opened.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Dialect } from '../../server/src/core/dialect';
import { isDialect } from '../../server/src/core/dialect';
import type { Finding } from '../../server/src/core/finding';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/core/settings';
import { fixAll } from '../../server/src/engine/fixAll';
import { validateText } from '../../server/src/engine/validate';
import { detectDialect } from '../../server/src/formats/detectDialect';
import { CODE_METAS } from '../../server/src/rules';
import { chronydParse, chronydPath, Scratch } from './chronyd';
import { ntpsecNtpd, ntpsecSyntaxErrorLinesOfEach } from './ntpsec';
import { REFERENCE_LISTS_DIR } from '../support/referenceLists';
import { REAL_CORPUS, realCorpusFile } from '../support/realCorpus';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

interface Case {
  readonly name: string;
  readonly text: string;
  readonly dialect: Dialect;
  readonly settings: Settings;
}

function cases(): Case[] {
  const found: Case[] = [];
  const rulesRoot = path.join(FIXTURES, 'rules');
  for (const code of readdirSync(rulesRoot)) {
    const profile = CODE_METAS.find((meta) => meta.code === code)?.profiles?.[0];
    const settings = profile === undefined ? DEFAULT_SETTINGS : { ...DEFAULT_SETTINGS, profile };
    for (const dialect of readdirSync(path.join(rulesRoot, code)).filter(isDialect)) {
      for (const file of ['bad.conf', 'good.conf']) {
        const full = path.join(rulesRoot, code, dialect, file);
        if (existsSync(full)) found.push({ name: `rules/${code}/${dialect}/${file}`, text: readFileSync(full, 'utf8'), dialect, settings });
      }
    }
  }
  for (const folder of ['seeds', 'samples']) {
    for (const file of readdirSync(path.join(FIXTURES, folder)).filter((f) => f.endsWith('.conf'))) {
      const text = readFileSync(path.join(FIXTURES, folder, file), 'utf8');
      found.push({ name: `${folder}/${file}`, text, dialect: detectDialect({ text, path: file }).dialect, settings: DEFAULT_SETTINGS });
    }
  }
  for (const entry of REAL_CORPUS) {
    if (entry.dialect === null || !isDialect(entry.dialect)) continue;
    found.push({
      name: `real/${entry.host}${entry.path}`,
      text: readFileSync(realCorpusFile(entry.host, entry.path), 'utf8'),
      dialect: entry.dialect,
      settings: DEFAULT_SETTINGS,
    });
  }
  return found;
}

/** 1-based numbers of the lines of `after` that are not lines of `before` (what the fix wrote). */
function writtenLines(before: string, after: string): Set<number> {
  const old = new Map<string, number>();
  for (const line of before.split(/\r?\n/)) old.set(line, (old.get(line) ?? 0) + 1);
  const written = new Set<number>();
  after.split(/\r?\n/).forEach((line, index) => {
    const left = old.get(line) ?? 0;
    if (left > 0) old.set(line, left - 1);
    else written.add(index + 1);
  });
  return written;
}

function words(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\uFEFF/, '')
        .replace(/#.*$/, '')
        .trim()
        .split(/\s+/)
        .filter((w) => w.length > 0),
    )
    .filter((w) => w.length > 0);
}

/** The time sources, by host: `2.rhel.pool.ntp.org` and `rhel.pool.ntp.org` are one zone; the undisciplined local clock is no source. */
function sources(text: string, dialect: Dialect): Set<string> {
  const found = new Set<string>();
  for (const [keyword, ...rest] of words(text)) {
    const name = keyword!.toLowerCase();
    if (dialect === 'chrony' && name === 'refclock') found.add(`refclock ${rest.slice(0, 2).join(' ')}`);
    if (!['server', 'pool', 'peer'].includes(name)) continue;
    const host = rest.find((w) => !w.startsWith('-'))?.toLowerCase();
    // chronyd polls a 127.127.t.u "server" over NTP and never hears back: only ntpd reads it as a clock.
    if (host === undefined || host.startsWith('127.127.1.') || (dialect === 'chrony' && host.startsWith('127.127.'))) continue;
    found.add(host.replace(/^\d+\.(?=(?:[a-z0-9-]+\.)*pool\.ntp\.org$)/, ''));
  }
  return found;
}

/** Bits set in a netmask, IPv4 dotted or IPv6 (`ffff:ffff:ffff::`). */
function maskBits(mask: string): number {
  const halves = mask.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const bytes = mask.includes(':')
    ? [...groups(halves[0]), ...Array<string>(8 - groups(halves[0]).length - groups(halves[1]).length).fill('0'), ...groups(halves[1])].map((g) =>
        parseInt(g || '0', 16),
      )
    : mask.split('.').map(Number);
  const width = mask.includes(':') ? 16 : 8;
  return bytes.reduce((n, b) => n + [...b.toString(2).padStart(width, '0')].filter((c) => c === '1').length, 0);
}

/** Access as the daemon grants it: chrony's allow/deny/cmdallow words; ntpd's restrict flags per target. */
function access(text: string, dialect: Dialect): { opened: Set<string>; closing: Map<string, Set<string>> } {
  const opened = new Set<string>();
  const closing = new Map<string, Set<string>>();
  for (const [keyword, ...rest] of words(text)) {
    const name = keyword!.toLowerCase();
    if (dialect === 'chrony') {
      if (['allow', 'cmdallow'].includes(name)) opened.add(`${name} ${rest.join(' ')}`);
      if (['deny', 'cmddeny'].includes(name)) closing.set(`${name} ${rest.join(' ')}`, new Set());
      continue;
    }
    if (name !== 'restrict') continue;
    const args = rest.filter((w) => w !== '-4' && w !== '-6');
    let target = args[0] ?? '';
    let flags = args.slice(1);
    // `10.0.0.0/8` and `10.0.0.0 mask 255.0.0.0` are one network; only `default` needs its -4/-6 to say which.
    if (flags[0] === 'mask') {
      target = `${target}/${maskBits(flags[1] ?? '')}`;
      flags = flags.slice(2);
    }
    const key = `${target === 'default' && rest.includes('-6') ? '-6 ' : ''}${target}`;
    closing.set(key, new Set([...(closing.get(key) ?? []), ...flags]));
  }
  return { opened, closing };
}

/**
 * `kod` without `limited` does nothing (ntpd logs so); `nopeer` on `restrict source` keeps pool servers from being
 * used at all, and ntp.conf(5)'s own `restrict source` example has none: removing either opens nothing.
 */
function harmlessRemoval(target: string, flag: string, flags: ReadonlySet<string>): boolean {
  return (flag === 'kod' && !flags.has('limited')) || (target === 'source' && flag === 'nopeer');
}

function lostOrOpened(before: string, after: string, dialect: Dialect): string[] {
  const problems: string[] = [];
  const sourcesAfter = sources(after, dialect);
  for (const source of sources(before, dialect)) if (!sourcesAfter.has(source)) problems.push(`source lost: ${source}`);
  const was = access(before, dialect);
  const now = access(after, dialect);
  for (const grant of now.opened) if (!was.opened.has(grant)) problems.push(`access opened: ${grant}`);
  for (const [target, flags] of was.closing) {
    const kept = now.closing.get(target);
    if (kept === undefined && !(flags.has('ignore') === false && flags.size === 0)) problems.push(`restriction removed: ${target}`);
    for (const flag of flags)
      if (kept !== undefined && !kept.has(flag) && !harmlessRemoval(target, flag, flags)) problems.push(`flag removed: ${target} ${flag}`);
  }
  return problems;
}

/** Warnings and errors by code: a fix may remove them, never add one. */
function worse(before: readonly Finding[], after: readonly Finding[]): string[] {
  const count = (findings: readonly Finding[]) => {
    const counts = new Map<string, number>();
    for (const f of findings)
      if (f.severity <= 2)
        counts.set(`${f.code} (${f.severity === 1 ? 'error' : 'warning'})`, (counts.get(`${f.code} (${f.severity === 1 ? 'error' : 'warning'})`) ?? 0) + 1);
    return counts;
  };
  const was = count(before);
  return [...count(after)].filter(([key, n]) => n > (was.get(key) ?? 0)).map(([key, n]) => `${key}: ${was.get(key) ?? 0} → ${n}`);
}

const listed = (name: string) =>
  new Set(
    readFileSync(path.join(REFERENCE_LISTS_DIR, name), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0 && !l.startsWith('#')),
  );
const NTPSEC_REJECTS = listed('ntpsec-rejected-classic-directives.txt');
// "auth" is listed (documented) yet a syntax error in NTPsec 1.2.2, as the list's header says.
const NTPSEC_FLAGS = new Set([...listed('ntpsec-enable-flags.txt')].filter((flag) => flag !== 'auth'));

/** A classic ntpd line NTPsec's parser refuses by design: a directive or an enable/disable flag NTPsec dropped. */
function classicOnly(line: string): boolean {
  const [keyword, ...rest] = words(line)[0] ?? [];
  if (keyword === undefined) return false;
  if (NTPSEC_REJECTS.has(keyword)) return true;
  return (keyword === 'enable' || keyword === 'disable') && rest.some((flag) => !NTPSEC_FLAGS.has(flag));
}

describe('fixes never hurt: fix all over every fixture, seed and corpus file (issue 14)', function () {
  this.timeout(300_000);
  const all = cases();
  const fixed = all.map((c) => {
    const before = validateText(c.text, c.dialect, c.settings).findings;
    const result = fixAll(c.text, c.dialect, c.settings);
    return { ...c, before, after: result.result.findings, fixedText: result.text, applied: result.applied.length };
  });
  const changed = fixed.filter((c) => c.fixedText !== c.text);

  it(`re-linting a fixed file finds no new warning or error, and no source is lost or access opened (${all.length} files)`, () => {
    console.log(`      ${all.length} files, ${changed.length} changed by fix-all, ${changed.reduce((n, c) => n + c.applied, 0)} fixes applied`);
    const problems = changed.flatMap((c) => [...worse(c.before, c.after), ...lostOrOpened(c.text, c.fixedText, c.dialect)].map((p) => `${c.name}: ${p}`));
    assert.deepEqual(problems, []);
  });

  it('chronyd -p never stops at a line the fix wrote (chrony files)', () => {
    const chronyd = chronydPath();
    const scratch = new Scratch();
    try {
      const problems: string[] = [];
      for (const c of changed.filter((c) => c.dialect === 'chrony')) {
        const before = chronydParse(chronyd, scratch.write(c.text));
        const after = chronydParse(chronyd, scratch.write(c.fixedText));
        if (before.accepted && !after.accepted) problems.push(`${c.name}: accepted before the fix, refused after: ${after.message} (line ${after.line})`);
        else if (!after.accepted && after.line !== undefined && writtenLines(c.text, c.fixedText).has(after.line))
          problems.push(`${c.name}: chronyd refuses line ${after.line}, which the fix wrote: ${after.message}`);
      }
      assert.deepEqual(problems, []);
    } finally {
      scratch.dispose();
    }
  });

  it('NTPsec’s parser finds no syntax error on a line the fix wrote (ntpd, ntpsec and xntpd files)', async () => {
    const ntpd = ntpsecNtpd();
    const ntp = changed.filter((c) => c.dialect !== 'chrony');
    const errors = await ntpsecSyntaxErrorLinesOfEach(
      ntpd,
      ntp.map((c) => c.fixedText),
    );
    const problems = ntp.flatMap((c, i) => {
      const written = writtenLines(c.text, c.fixedText);
      const lines = c.fixedText.split(/\r?\n/);
      // NTPsec's grammar is classic ntpd's except for what NTPsec dropped: those lines are judged for NTPsec files only.
      const judged = (line: number) => c.dialect === 'ntpsec' || !classicOnly(lines[line - 1] ?? '');
      return [...errors[i]!]
        .filter((line) => written.has(line) && judged(line))
        .map((line) => `${c.name}: syntax error on line ${line}, which the fix wrote: ${c.fixedText.split(/\r?\n/)[line - 1]}`);
    });
    console.log(`      ${ntp.length} fixed ntp-family files through NTPsec's parser`);
    assert.deepEqual(problems, []);
  });
});
