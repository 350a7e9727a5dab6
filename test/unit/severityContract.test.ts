import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { SEVERITY } from '../../server/src/core/finding';
import { validateText } from '../../server/src/engine/validate';
import { CODE_METAS } from '../../server/src/rules';

const ROOT = path.resolve(__dirname, '../../..');
const SETTINGS = { ...DEFAULT_SETTINGS, chronyVersion: '4.3', chronyVersionKnown: true };

/** [severity name, code] of the findings on the first line of a one-line chrony file. */
function onLine(text: string, code: string): string[] {
  const names = Object.fromEntries(Object.entries(SEVERITY).map(([name, value]) => [value, name]));
  return validateText(text, 'chrony', SETTINGS)
    .findings.filter((f) => f.code === code && f.range.start.line === 0)
    .map((f) => names[f.severity] as string);
}

describe('the severity contract (README "Severity contract")', () => {
  it('is written in the README with its three levels', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = /## Severity contract\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    for (const level of ['**error**', '**warning**', '**information**']) assert.ok(section.includes(level), `README contract lacks ${level}`);
  });

  it('every rule page links its severity to the contract', () => {
    const missing = CODE_METAS.filter((meta) => {
      const page = readFileSync(path.join(ROOT, 'docs', 'rules', `${meta.code}.md`), 'utf8');
      return !page.split('\n')[2]?.includes('[contract](../../README.md#severity-contract)');
    }).map((meta) => meta.code);
    assert.deepEqual(missing, []);
  });

  it('an exposed or misled daemon that runs is a warning: monitor-amplifier (xntpd answers monlist), prefer-local-clock (ntpd follows its own clock)', () => {
    const warnings = (text: string, dialect: 'xntpd' | 'ntpd', code: string) =>
      validateText(text, dialect, SETTINGS)
        .findings.filter((f) => f.code === code)
        .map((f) => f.severity);
    assert.deepEqual(warnings('server 192.0.2.1\nrestrict default nomodify notrap\nenable auth monitor\n', 'xntpd', 'monitor-amplifier'), [SEVERITY.warning]);
    assert.deepEqual(warnings('server 192.0.2.1 iburst\nserver 127.127.1.0 prefer\nfudge 127.127.1.0 stratum 10\n', 'ntpd', 'prefer-local-clock'), [
      SEVERITY.warning,
    ]);
  });

  it('chronyd starts with minpoll above maxpoll (it raises maxpoll): a warning, not an error', () => {
    assert.deepEqual(onLine('server 192.0.2.1 iburst minpoll 15 maxpoll 10\n', 'minpoll-above-maxpoll'), ['warning']);
  });

  it('chronyd refuses local stratum 0 and 16 ("Could not parse local directive"): errors', () => {
    assert.deepEqual(onLine('local stratum 0\n', 'invalid-value'), ['error']);
    assert.deepEqual(onLine('local stratum 16\n', 'invalid-value'), ['error']);
    assert.deepEqual(onLine('local stratum 15\n', 'invalid-value'), []);
  });

  it('chronyd value reading: refusals are errors, what it runs otherwise is a warning, the useful range is information', () => {
    assert.deepEqual(onLine('bindcmdaddress 1\n', 'invalid-value'), ['error']);
    assert.deepEqual(onLine('fallbackdrift 1.5 19\n', 'invalid-value'), ['error']);
    assert.deepEqual(onLine('maxchange 1000 1.5 2\n', 'invalid-value'), ['error']);
    assert.deepEqual(onLine('maxsamples 1.5\n', 'invalid-value'), ['warning']);
    assert.deepEqual(onLine('maxupdateskew 0x10\n', 'invalid-value'), []);
    assert.deepEqual(onLine('server 192.0.2.1 polltarget 4\n', 'invalid-value'), ['information']);
    assert.deepEqual(onLine('bindcmdaddress /run/chrony/chronyd.sock\n', 'invalid-value'), []);
  });

  it('chrony 4.7 and later: the lenient suffix reading is gone, so `maxsamples 1.5` is an error there', () => {
    const findings = validateText('maxsamples 1.5\n', 'chrony', { ...SETTINGS, chronyVersion: '4.7' }).findings.filter((f) => f.code === 'invalid-value');
    assert.deepEqual(
      findings.map((f) => f.severity),
      [SEVERITY.error],
    );
  });
});
