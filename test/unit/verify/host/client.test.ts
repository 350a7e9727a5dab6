// The vscode-free parts of the Check Host command: host lists, ~/.ssh/config, and the report view's model.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { entriesFromValues, entryKey, hostChoices, MAX_HISTORY, parseTypedHost, rememberHost } from '../../../../client/src/verify/host/hostEntries';
import {
  finalHostModel,
  HOST_DAEMON_SECTION,
  HOST_FINDINGS_SECTION,
  HOST_SOURCES_SECTION,
  hostFindings,
} from '../../../../client/src/verify/host/hostReportModel';
import { parseSshConfig, readSshConfigHosts } from '../../../../client/src/verify/host/sshConfigHosts';
import { parseChronySources, parseChronyTracking } from '../../../../verify/src/host/parseChronyc';
import type { HostReport } from '../../../../verify/src/host/types';

const ROOT = path.resolve(__dirname, '../../../../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'host');
const echo = (message: string, ...args: (string | number)[]): string => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

describe('Check Host client', () => {
  it('reads host strings and objects from settings, dropping what ssh could misread', () => {
    const { entries, rejected } = entriesFromValues([
      'ntp1.example.com',
      'admin@ntp2:2222',
      '[2001:db8::5]:2200',
      { host: 'ntp3', port: 22, user: 'ops', identityFile: '~/.ssh/ntp', chronySocket: '/var/run/chrony/chronyd.sock' },
      '-oProxyCommand=x',
      { host: 'ntp4', chronySocket: '/tmp/$(id)' },
      { port: 22 },
      42,
    ]);
    assert.deepEqual(entries, [
      { host: 'ntp1.example.com' },
      { host: 'ntp2', port: 2222, user: 'admin' },
      { host: '2001:db8::5', port: 2200 },
      { host: 'ntp3', port: 22, user: 'ops', identityFile: '~/.ssh/ntp', chronySocket: '/var/run/chrony/chronyd.sock' },
    ]);
    assert.equal(rejected, 4);
    assert.deepEqual(entries.map(entryKey), ['ntp1.example.com', 'admin@ntp2:2222', '[2001:db8::5]:2200', 'ops@ntp3:22']);
  });

  it('parses what is typed in the picker', () => {
    assert.deepEqual(['fe80::1', 'root@10.0.0.1:22', 'host;id', 'a b', '-p'].map(parseTypedHost), [
      { host: 'fe80::1' },
      { host: '10.0.0.1', port: 22, user: 'root' },
      null,
      null,
      null,
    ]);
  });

  it('keeps a short history, most recent first, without duplicates', () => {
    let history = rememberHost([], { host: 'a' });
    history = rememberHost(history, { host: 'b' });
    history = rememberHost(history, { host: 'a' });
    assert.deepEqual(history, [{ host: 'a' }, { host: 'b' }]);
    for (let i = 0; i < 20; i++) history = rememberHost(history, { host: `h${i}` });
    assert.equal(history.length, MAX_HISTORY);
  });

  it('offers history, then settings, then ~/.ssh/config hosts, each host once', () => {
    const choices = hostChoices([{ host: 'ntp1' }], [{ host: 'ntp1' }, { host: 'ntp2', user: 'ops' }], ['ntp2', 'ntp3', 'bad host']);
    assert.deepEqual(
      choices.map((c) => [entryKey(c.entry), c.origin]),
      [
        ['ntp1', 'history'],
        ['ops@ntp2', 'settings'],
        ['ntp2', 'ssh-config'],
        ['ntp3', 'ssh-config'],
      ],
    );
  });

  it('lists the concrete Host names of ~/.ssh/config and its includes, skipping patterns', () => {
    assert.deepEqual(
      parseSshConfig(
        [
          '# comment',
          'Host ntp1 ntp2.example.com',
          '  HostName 10.0.0.1',
          'Host *.corp !bastion db?',
          'host=ntp3',
          'Match host x',
          'Include config.d/*.conf ~/.ssh/extra',
        ].join('\n'),
      ),
      {
        hosts: ['ntp1', 'ntp2.example.com', 'ntp3'],
        includes: ['config.d/*.conf', '~/.ssh/extra'],
      },
    );
    const home = mkdtempSync(path.join(tmpdir(), 'ntpconf-sshconfig-'));
    try {
      mkdirSync(path.join(home, '.ssh', 'config.d'), { recursive: true });
      writeFileSync(path.join(home, '.ssh', 'config'), 'Include config.d/*.conf\nInclude config\nHost main\n');
      writeFileSync(path.join(home, '.ssh', 'config.d', 'b.conf'), 'Host from-b\n');
      writeFileSync(path.join(home, '.ssh', 'config.d', 'a.conf'), 'Host from-a main\n');
      writeFileSync(path.join(home, '.ssh', 'config.d', 'skip.txt'), 'Host not-included\n');
      // The self-include is read once; files come in name order.
      assert.deepEqual(readSshConfigHosts(home), ['main', 'from-a', 'from-b']);
      assert.deepEqual(readSshConfigHosts(path.join(home, 'nobody')), []);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('turns a host report into the shared report view: daemon summary, source table, findings with lines', () => {
    const report: HostReport = {
      target: { host: 'ntp1', port: 2222 },
      daemon: 'chrony',
      tools: ['chronyc'],
      tracking: parseChronyTracking(readFileSync(path.join(FIXTURES, 'chronyc-tracking.txt'), 'utf8')),
      sources: parseChronySources(readFileSync(path.join(FIXTURES, 'chronyc-sources-refclock-unreachable.txt'), 'utf8')),
      sourceLocations: [null, { line: 0, start: 7, end: 16 }, null],
      timedatectl: null,
      verdicts: [
        { code: 'unreachable-source', severity: 'warning', message: { en: '::1: reach 0', ko: '::1: reach 0 (ko)' } },
        { code: 'not-in-daemon', severity: 'warning', message: { en: '192.0.2.1 unused', ko: '192.0.2.1 안 씀' }, location: { line: 1, start: 7, end: 16 } },
      ],
      commands: [],
      cancelled: false,
      elapsedMs: 1234,
    };
    const model = finalHostModel(report, echo, 'ko', 'chrony.conf');
    assert.deepEqual(
      model.sections.map((s) => s.id),
      [HOST_DAEMON_SECTION, HOST_SOURCES_SECTION, HOST_FINDINGS_SECTION],
    );
    assert.deepEqual([model.title, model.status, model.busy], ['Check Host: ntp1:2222', '3 sources, 2 warnings, in 1.2 s.', false]);
    const single = finalHostModel({ ...report, sources: report.sources.slice(0, 1), verdicts: report.verdicts.slice(0, 1) }, echo, 'en', 'chrony.conf');
    assert.equal(single.status, '1 source, 1 warning, in 1.2 s.');
    const [daemon, sources, findings] = model.sections as [(typeof model.sections)[0], (typeof model.sections)[0], (typeof model.sections)[0]];
    assert.deepEqual(
      daemon.rows.slice(0, 3).map((r) => [r.status, ...r.cells]),
      [
        ['ok', 'Daemon', 'chrony'],
        ['info', 'Reference', '127.0.0.1 (7F000001)'],
        ['info', 'Stratum', '9'],
      ],
    );
    assert.deepEqual(daemon.rows.find((r) => r.cells[0] === 'System time')?.cells[1], '1.0 µs fast of NTP time');
    assert.deepEqual(
      sources.rows.map((r) => [r.status, ...r.cells, r.line]),
      [
        ['warning', '? unusable', 'GPS', 'refclock', '0', '1 s', '0', '-', '-', '-', '', undefined],
        ['ok', '* selected', '127.0.0.1', 'server', '8', '1 s', '377', '0 s', '+80 ns', '3.2 µs', '1', 0],
        ['error', '? unusable', '::1', 'server', '0', '1 s', '0', '-', '-', '-', '', undefined],
      ],
    );
    assert.deepEqual(
      findings.rows.map((r) => [r.status, ...r.cells, r.line]),
      [
        ['warning', '', '::1: reach 0 (ko)', undefined],
        ['warning', '2', '192.0.2.1 안 씀', 1],
      ],
    );
    assert.deepEqual(hostFindings(report, 'en'), [
      { line: 1, start: 7, end: 16, severity: 'warning', code: 'not-in-daemon', message: 'ntp1:2222: 192.0.2.1 unused' },
    ]);
  });

  it('has a Korean translation for every string of the Check Host UI', () => {
    const bundle = JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
    const dir = path.join(ROOT, 'client', 'src', 'verify', 'host');
    const strings = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        [...readFileSync(path.join(dir, f), 'utf8').matchAll(/\b(?:t|l10n\.t)\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')),
      );
    assert.ok(strings.length > 50, `found ${strings.length} strings`);
    // Shared technical words (Stratum) may stay as they are; every other string needs Hangul.
    assert.deepEqual(
      strings.filter((s) => typeof bundle[s] !== 'string' || (bundle[s] !== s && !/[\uac00-\ud7a3]/.test(bundle[s]!))),
      [],
    );
  });
});
