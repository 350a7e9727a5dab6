// Check Host's decisions with ssh replaced by scripted outputs (the real ssh is in test/verify/checkHost.test.ts).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Dialect } from '../../../../server/src/core/dialect';
import { parseConfig } from '../../../../server/src/formats/ntpconf/parser/parseConfig';
import { verificationSubject } from '../../../../server/src/features/verificationSubject';
import type { ResolveResult } from '../../../../verify/src/resolve';
import { checkHost, type HostCheckRequest } from '../../../../verify/src/host/checkHost';
import { sshRunner, type RemoteRunner } from '../../../../verify/src/host/sshRunner';
import type { CommandRecord, HostReport, RemoteCommandId } from '../../../../verify/src/host/types';

const FIXTURES = path.resolve(__dirname, '../../../../../test/fixtures/host');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

type Script = Partial<Record<RemoteCommandId, { stdout?: string; stderr?: string; exitCode?: number }>>;

/** A runner that answers from a script and remembers what was asked. */
function scripted(script: Script): RemoteRunner & { calls: RemoteCommandId[] } {
  const calls: RemoteCommandId[] = [];
  const runner = async (id: RemoteCommandId, command: string): Promise<CommandRecord> => {
    calls.push(id);
    const answer = script[id] ?? { stderr: `sh: 1: ${command.split(' ')[2] ?? command}: not found\n`, exitCode: 127 };
    return {
      id,
      command,
      exitCode: answer.exitCode ?? 0,
      stdout: answer.stdout ?? '',
      stderr: answer.stderr ?? '',
      durationMs: 1,
      timedOut: false,
      aborted: false,
      spawnError: null,
    };
  };
  return Object.assign(runner, { calls });
}

const CHRONY_HOST: Script = {
  detect: { stdout: '/usr/bin/chronyc\n/usr/bin/timedatectl\nntpconf:posix\n' },
  'chrony-sources': { stdout: fixture('chronyc-sources-refclock-unreachable.txt') },
  'chrony-tracking': { stdout: fixture('chronyc-tracking.txt') },
  timedatectl: { stdout: 'System clock synchronized: yes\n              NTP service: active\n' },
};

const NAMES: Readonly<Record<string, ResolveResult>> = {
  localhost: { ok: true, addresses: ['127.0.0.1', '::1'] },
  'ntp.example.com': { ok: true, addresses: ['192.0.2.10'] },
  '2.debian.pool.ntp.org': { ok: true, addresses: ['198.51.100.1', '198.51.100.2'] },
};
const resolve = async (name: string): Promise<ResolveResult> => NAMES[name] ?? { ok: false, error: 'ENOTFOUND' };

function request(config?: string, dialect: Dialect = 'chrony'): HostCheckRequest {
  return {
    target: { host: 'ntp1.example.com' },
    ...(config === undefined ? {} : { config: { subject: verificationSubject(parseConfig(config, dialect)), file: 'chrony.conf' } }),
  };
}

const codes = (report: HostReport): unknown[] => report.verdicts.map((v) => (v.location ? [v.code, v.location.line] : v.code));

describe('Check Host (scripted ssh)', () => {
  it('refuses a host that would be an ssh option without running anything', async () => {
    const runner = scripted(CHRONY_HOST);
    const report = await checkHost({ target: { host: '-oProxyCommand=x' } }, { runner, resolve });
    assert.deepEqual(runner.calls, []);
    assert.deepEqual(codes(report), ['invalid-target']);
    assert.match(report.verdicts[0]!.message.en, /^Not run: `-oProxyCommand=x` starts with '-'/);
    assert.match(report.verdicts[0]!.message.ko, /^실행하지 않음: /);
  });

  it('refuses a chronyc socket path with shell characters', async () => {
    const runner = scripted(CHRONY_HOST);
    const report = await checkHost({ target: { host: 'ntp1' }, chronySocket: '/tmp/x;reboot' }, { runner, resolve });
    assert.deepEqual([runner.calls, codes(report)], [[], ['invalid-target']]);
  });

  it('asks chronyc, reads timedatectl, and compares with the file through resolved names', async () => {
    const runner = scripted(CHRONY_HOST);
    const config = ['server localhost iburst', 'server ntp.example.com iburst', 'server ntp.invalid iburst', 'refclock SHM 7 refid GPS'].join('\n');
    const report = await checkHost(request(config), { runner, resolve });
    assert.deepEqual([...runner.calls].sort(), ['chrony-sources', 'chrony-tracking', 'detect', 'timedatectl']);
    assert.deepEqual(
      [report.daemon, report.tools, report.timedatectl?.synchronized, report.tracking?.referenceName],
      ['chrony', ['chronyc', 'timedatectl'], true, '127.0.0.1'],
    );
    assert.deepEqual(codes(report), [
      ['unreachable-source', 0],
      ['not-in-daemon', 1],
      ['unmatched-name', 2],
    ]);
    // localhost stands for both 127.0.0.1 and ::1; the refclock is not compared.
    assert.deepEqual(
      report.sourceLocations.map((l) => l?.line ?? null),
      [null, 0, 0],
    );
    assert.match(report.verdicts[1]!.message.en, /^ntp\.example\.com \(192\.0\.2\.10\) is in this file, but chrony on the host does not use it/);
    assert.match(report.verdicts[1]!.message.ko, /이 파일에 있지만 호스트의 chrony는 이 소스를 쓰지 않습니다/);
  });

  it('names the daemon sources the file does not have, and blames a pool or an include only when there is one', async () => {
    const sources = { ...CHRONY_HOST, 'chrony-sources': { stdout: fixture('chronyc-sources-v.txt') } };
    const plain = await checkHost(request('server 192.0.2.10 iburst'), { runner: scripted(sources), resolve });
    assert.deepEqual(codes(plain), [['not-in-daemon', 0], 'not-in-config']);
    assert.equal(plain.verdicts[1]!.severity, 'warning');
    const withPool = await checkHost(request('pool 2.debian.pool.ntp.org iburst'), { runner: scripted(sources), resolve });
    assert.deepEqual(codes(withPool), [['pool-unverified', 0], 'not-in-config']);
    assert.equal(withPool.verdicts[1]!.severity, 'information');
    const withInclude = await checkHost(request('confdir /etc/chrony/conf.d'), { runner: scripted(sources), resolve });
    assert.deepEqual([codes(withInclude), withInclude.verdicts[0]!.severity], [['not-in-config'], 'information']);
  });

  it('says a pool line is unknown to the daemon when every daemon source is accounted for', async () => {
    const sources = { ...CHRONY_HOST, 'chrony-sources': { stdout: fixture('chronyc-sources-v.txt') } };
    const report = await checkHost(request('server 127.0.0.1 iburst\npool 2.debian.pool.ntp.org iburst'), { runner: scripted(sources), resolve });
    assert.deepEqual(codes(report), [['not-in-daemon', 1]]);
  });

  it('reports a daemon that has not selected a source and is not synchronised', async () => {
    const starting = {
      ...CHRONY_HOST,
      'chrony-sources': { stdout: fixture('chronyc-sources-starting.txt') },
      'chrony-tracking': { stdout: fixture('chronyc-tracking-unsynchronised.txt') },
    };
    const report = await checkHost(request(), { runner: scripted(starting), resolve });
    assert.deepEqual(codes(report), ['no-selected-source', 'unreachable-source', 'leap-not-normal']);
  });

  it('falls back to ntpq when chronyc cannot reach a daemon, and tells classic ntpd from NTPsec', async () => {
    const script: Script = {
      detect: { stdout: '/usr/bin/chronyc\n/usr/bin/ntpq\nntpconf:posix\n' },
      'chrony-sources': { stderr: 'Could not open connection to daemon\n', exitCode: 1 },
      'chrony-tracking': { stderr: 'Could not open connection to daemon\n', exitCode: 1 },
      'ntpq-peers': { stdout: fixture('ntpd-classic-ntpq-pn.txt') },
      'ntpq-rv': { stdout: fixture('ntpd-classic-ntpq-rv.txt') },
    };
    const config = [
      'pool 0.debian.pool.ntp.org iburst',
      'server 127.127.1.0',
      'server 203.0.113.10 iburst',
      'server 198.51.100.7',
      'server 192.0.2.44',
      'server 192.0.2.99',
      'server 192.0.2.200',
      'server 2001:db8::123',
    ].join('\n');
    const report = await checkHost(request(config, 'ntpd'), { runner: scripted(script), resolve });
    assert.equal(report.daemon, 'ntpd');
    // The pool placeholder matches its line; the refclock and the pool are left out of the comparison.
    assert.deepEqual(codes(report), [
      ['falseticker', 5],
      ['unreachable-source', 6],
    ]);
    const ntpsec = await checkHost(request(), {
      runner: scripted({
        detect: { stdout: '/usr/bin/ntpq\nntpconf:posix\n' },
        'ntpq-peers': { stdout: fixture('ntpsec-ntpq-pn.txt') },
        'ntpq-rv': { stdout: fixture('ntpsec-ntpq-rv.txt') },
      }),
      resolve,
    });
    assert.deepEqual([ntpsec.daemon, codes(ntpsec)], ['ntpsec', []]);
  });

  it('says which daemon could not be reached when none answers', async () => {
    const script: Script = {
      detect: { stdout: '/usr/bin/chronyc\nntpconf:posix\n' },
      'chrony-sources': { stderr: 'Could not open connection to daemon\n', exitCode: 1 },
      'chrony-tracking': { stderr: 'Could not open connection to daemon\n', exitCode: 1 },
    };
    const report = await checkHost(request(), { runner: scripted(script), resolve });
    assert.deepEqual([report.daemon, codes(report)], [null, ['daemon-not-responding']]);
    assert.match(report.verdicts[0]!.message.en, /chronyc on ntp1\.example\.com could not talk to its daemon \(Could not open connection to daemon\)/);
  });

  it('asks w32tm on Windows, where the POSIX detection fails', async () => {
    const script: Script = {
      detect: { stderr: "'sh' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n", exitCode: 1 },
      'w32tm-status': { stdout: fixture('w32tm-status.txt') },
      'w32tm-peers': { stdout: fixture('w32tm-peers.txt') },
    };
    const report = await checkHost(request('server dc01.corp.example.com iburst\nserver time.windows.com', 'ntpd'), { runner: scripted(script), resolve });
    assert.deepEqual(
      [report.daemon, report.tools, report.sources.map((s) => [s.tally, s.address])],
      [
        'w32time',
        ['w32tm'],
        [
          ['*', 'dc01.corp.example.com'],
          ['', 'time.windows.com'],
        ],
      ],
    );
    // w32tm prints names, so unresolvable names still match by text.
    assert.deepEqual(codes(report), []);
  });

  it('reports no daemon when neither a POSIX tool nor w32tm is there', async () => {
    const report = await checkHost(request(), { runner: scripted({ detect: { stdout: 'ntpconf:posix\n' } }), resolve });
    assert.deepEqual([report.daemon, codes(report)], [null, ['no-daemon']]);
  });

  it('turns ssh failures into one verdict and stops', async () => {
    const failures = [
      ['root@127.0.0.1: Permission denied (publickey).', /refused the login/],
      ['ssh: connect to host 127.0.0.1 port 14023: Connection refused', /no ssh server listens/],
      [
        'No ED25519 host key is known for [127.0.0.1]:14022 and you have requested strict checking.\nHost key verification failed.',
        /does not know the host key/,
      ],
      ['ssh: Could not resolve hostname nonexistent.invalid: Name or service not known', /did not resolve/],
      ['kex_exchange_identification: read: Connection reset by peer', /ssh to ntp1\.example\.com failed: kex_exchange_identification/],
    ] as const;
    for (const [stderr, expected] of failures) {
      const runner = scripted({ detect: { stderr: stderr + '\n', exitCode: 255 } });
      const report = await checkHost(request(), { runner, resolve });
      assert.deepEqual([runner.calls, codes(report)], [['detect'], ['ssh-failed']]);
      assert.match(report.verdicts[0]!.message.en, expected);
    }
  });

  it('says so when there is no ssh program', async () => {
    const target = { host: 'ntp1' };
    const report = await checkHost({ target }, { runner: sshRunner(target, { connectTimeoutSeconds: 1 }, 1000, '/nonexistent/ssh'), resolve });
    assert.deepEqual([codes(report), report.commands[0]?.spawnError], [['ssh-failed'], 'ENOENT']);
    assert.match(report.verdicts[0]!.message.en, /The ssh program was not found on this machine/);
  });

  it('stops at cancel and says so', async () => {
    const controller = new AbortController();
    const runner: RemoteRunner = async (id, command) => {
      controller.abort();
      return { id, command, exitCode: null, stdout: '', stderr: '', durationMs: 1, timedOut: false, aborted: true, spawnError: null };
    };
    const report = await checkHost(request(), { runner, resolve, signal: controller.signal });
    assert.deepEqual([report.cancelled, report.daemon, codes(report)], [true, null, []]);
  });

  it('notices a file for another daemon', async () => {
    const report = await checkHost(request('server 127.0.0.1 iburst', 'ntpsec'), { runner: scripted(CHRONY_HOST), resolve });
    assert.deepEqual(codes(report), ['unreachable-source', 'dialect-mismatch', 'not-in-config']);
  });
});
