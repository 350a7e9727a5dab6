import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCheckHost } from '../../../../cli/src/checkHostCli';
import type { RemoteRunner } from '../../../../verify/src/host/sshRunner';
import type { RemoteCommandId } from '../../../../verify/src/host/types';

const FIXTURES = path.resolve(__dirname, '../../../../../test/fixtures/host');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

const OUTPUTS: Partial<Record<RemoteCommandId, string>> = {
  detect: '/usr/bin/chronyc\nntpconf:posix\n',
  'chrony-sources': fixture('chronyc-sources-v.txt'),
  'chrony-tracking': fixture('chronyc-tracking.txt'),
};

async function run(args: string[], lang = 'en'): Promise<{ status: number; stdout: string; stderr: string; commands: string[] }> {
  let stdout = '';
  let stderr = '';
  const commands: string[] = [];
  const runner: RemoteRunner = async (id, command) => {
    commands.push(command);
    return { id, command, exitCode: 0, stdout: OUTPUTS[id] ?? '', stderr: '', durationMs: 1, timedOut: false, aborted: false, spawnError: null };
  };
  const status = await runCheckHost(['--lang', lang, ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {}, runner });
  return { status, stdout, stderr, commands };
}

describe('ntpconf check-host', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-checkhost-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses usage errors with status 2 and runs nothing', async () => {
    for (const args of [
      [],
      ['-p', '0', 'h'],
      ['--', '-oProxyCommand=x'],
      ['-oProxyCommand=x'],
      ['--chrony-socket', '/tmp/a b', 'h'],
      ['h', 'c1', 'c2'],
      ['--strict-host-key-checking', 'ask', 'h'],
      ['h', path.join(dir, 'missing.conf')],
    ]) {
      const result = await run(args);
      assert.deepEqual([args, result.status, result.commands], [args, 2, []]);
      assert.match(result.stderr, /^ntpconf: .*\nUsage: ntpconf check-host/);
    }
  });

  it('prints the daemon, tracking, source table and verdicts; status 1 on a warning', async () => {
    const file = path.join(dir, 'chrony.conf');
    writeFileSync(file, 'server 127.0.0.1 iburst\nserver 192.0.2.10 iburst\n');
    const result = await run(['-p', '2222', '--chrony-socket', '/tmp/x/chronyd.sock', 'ntp1', file]);
    assert.equal(result.status, 1);
    assert.deepEqual(result.commands.slice(1).sort(), [
      'env LC_ALL=C chronyc -n -h /tmp/x/chronyd.sock sources -v',
      'env LC_ALL=C chronyc -n -h /tmp/x/chronyd.sock tracking',
    ]);
    assert.deepEqual(result.stdout.split('\n').slice(0, 5), [
      'Host ntp1:2222: daemon chrony',
      'reference 127.0.0.1 (7F000001), stratum 9, system time +1.0 µs, leap status Normal',
      '',
      'S  MODE    ADDRESS    ST  POLL  REACH  LASTRX  OFFSET   ERROR   LINE',
      '*  server  127.0.0.1  8   1 s   377    1 s     +121 ns  2.7 µs  1',
    ]);
    assert.match(
      result.stdout,
      new RegExp(
        `\n${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: warning: 192\\.0\\.2\\.10 is in this file, but chrony on the host does not use it\\..* \\[not-in-daemon\\]\n`,
      ),
    );
  });

  it('prints JSON in Korean with status 0 when nothing is wrong', async () => {
    const file = path.join(dir, 'ok', 'chrony.conf');
    mkdirSync(path.dirname(file));
    writeFileSync(file, 'server 127.0.0.1 iburst\n');
    const result = await run(['--json', 'ntp1', file], 'ko');
    assert.equal(result.status, 0, result.stdout);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    assert.deepEqual(
      [json['host'], json['daemon'], json['verdicts'], (json['sources'] as { reach: string; line: number }[]).map((s) => [s.reach, s.line])],
      ['ntp1', 'chrony', [], [['377', 1]]],
    );
  });
});
