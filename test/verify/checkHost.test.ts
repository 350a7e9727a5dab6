// Check Host end to end with real parts on 127.0.0.1: the system ssh, our own sshd, and a chronyd client synced to
// a chronyd server. Nothing leaves loopback; every wait has a deadline; stop() removes every process and file.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { parseConfig } from '../../server/src/formats/ntpconf/parser/parseConfig';
import { verificationSubject } from '../../server/src/features/verificationSubject';
import { checkHost, type HostCheckRequest } from '../../verify/src/host/checkHost';
import type { HostReport } from '../../verify/src/host/types';
import { freeTcpPort, LoopbackHost } from '../support/loopbackHost';

const CLI = path.resolve(__dirname, '../../cli/src/cli.js');

function runCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 30_000, env: { ...process.env, LANG: 'C' } }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

describe('Check Host over a real sshd on 127.0.0.1', function () {
  this.timeout(30_000);
  let host: LoopbackHost;

  before(async function () {
    if (!LoopbackHost.canRun()) this.skip();
    const t0 = Date.now();
    host = await LoopbackHost.start();
    await host.waitForSync(10_000);
    console.log(`      (loopback host up and synced in ${Date.now() - t0} ms)`);
  });

  after(async () => {
    await host?.stop();
  });

  const request = (fields: Partial<HostCheckRequest> = {}): HostCheckRequest => ({
    target: { host: '127.0.0.1', port: host.sshPort, user: host.user, identityFile: host.clientKey },
    ssh: { connectTimeoutSeconds: 5, configFile: '/dev/null', knownHostsFile: host.knownHosts, strictHostKeyChecking: 'yes' },
    chronySocket: host.chronySocket,
    commandTimeoutMs: 10_000,
    ...fields,
  });

  it('detects chrony, shows the synced source with its tally and reach, and flags the server the daemon does not know', async () => {
    const config = [`server localhost port ${host.ntpPort} iburst`, 'server 192.0.2.10 iburst'].join('\n');
    const t0 = Date.now();
    const report: HostReport = await checkHost(request({ config: { subject: verificationSubject(parseConfig(config, 'chrony')), file: 'chrony.conf' } }));
    const elapsed = Date.now() - t0;
    assert.equal(report.daemon, 'chrony');
    assert.ok(report.tools.includes('chronyc'), `tools: ${report.tools.join(', ')}`);
    const source = report.sources.find((s) => s.address === '127.0.0.1');
    assert.ok(source, `sources: ${JSON.stringify(report.sources)}`);
    assert.deepEqual([source.tally, source.state, source.mode, source.stratum], ['*', 'selected', 'server', 8]);
    // iburst and 0.25 s polls: by the time chronyd selected the source, several polls were answered.
    assert.ok(source.reach !== null && source.reach > 0 && (source.reach & 1) === 1, `reach ${source.reach?.toString(8)}`);
    assert.ok(source.offsetMs !== null && Math.abs(source.offsetMs) < 1, `offset ${source.offsetMs} ms`);
    assert.deepEqual([report.tracking?.referenceName, report.tracking?.stratum, report.tracking?.leap], ['127.0.0.1', 9, 'normal']);
    // `localhost` was resolved here and matched the daemon's 127.0.0.1; 192.0.2.10 is unknown to the daemon.
    assert.deepEqual(report.sourceLocations[report.sources.indexOf(source)]?.line, 0);
    assert.deepEqual(
      report.verdicts.map((v) => [v.code, v.location?.line]),
      [['not-in-daemon', 1]],
    );
    assert.match(report.verdicts[0]!.message.en, /^192\.0\.2\.10 is in this file, but chrony on the host does not use it\./);
    // timedatectl runs where it exists; without systemd (containers, CI) it fails and is simply left out.
    assert.deepEqual(
      report.commands
        .filter((c) => c.id !== 'timedatectl')
        .map((c) => [c.id, c.exitCode])
        .sort(),
      [
        ['chrony-sources', 0],
        ['chrony-tracking', 0],
        ['detect', 0],
      ],
    );
    console.log(`      (check-host took ${elapsed} ms for ${report.commands.length} ssh commands)`);
  });

  it('prints the same through `ntpconf check-host --json`, exit 0 when the file matches the daemon', async () => {
    const file = path.join(host.dir, 'chrony.conf');
    writeFileSync(file, `server 127.0.0.1 port ${host.ntpPort} iburst\n`);
    const args = [
      'check-host',
      '--json',
      '-p',
      String(host.sshPort),
      '-l',
      host.user,
      '-i',
      host.clientKey,
      '-F',
      '/dev/null',
      '--known-hosts',
      host.knownHosts,
      '--strict-host-key-checking',
      'yes',
      '--chrony-socket',
      host.chronySocket,
      '127.0.0.1',
      file,
    ];
    const result = await runCli(args);
    assert.equal(result.status, 0, result.stderr + result.stdout);
    const json = JSON.parse(result.stdout) as {
      daemon: string;
      sources: { tally: string; address: string; reach: string; line?: number }[];
      verdicts: unknown[];
    };
    assert.deepEqual([json.daemon, json.verdicts], ['chrony', []]);
    const source = json.sources.find((s) => s.address === '127.0.0.1')!;
    assert.deepEqual([source.tally, source.line], ['*', 1]);
    assert.match(source.reach, /^[0-7]+$/);
  });

  it('reports a key the sshd does not accept as a refused login', async () => {
    const report = await checkHost(request({ target: { host: '127.0.0.1', port: host.sshPort, user: host.user, identityFile: host.strangerKey } }));
    assert.deepEqual([report.daemon, report.verdicts.map((v) => v.code), report.commands.length], [null, ['ssh-failed'], 1]);
    assert.match(report.verdicts[0]!.message.en, /refused the login/);
  });

  it('refuses an unknown host key in batch mode instead of asking', async () => {
    const empty = path.join(host.dir, 'empty_known_hosts');
    writeFileSync(empty, '');
    const report = await checkHost(
      request({ ssh: { connectTimeoutSeconds: 5, configFile: '/dev/null', knownHostsFile: empty, strictHostKeyChecking: 'yes' } }),
    );
    assert.deepEqual(
      report.verdicts.map((v) => v.code),
      ['ssh-failed'],
    );
    assert.match(report.verdicts[0]!.message.en, /does not know the host key/);
  });

  it('says chronyc cannot reach a daemon on a socket where none listens', async () => {
    const report = await checkHost(request({ chronySocket: path.join(host.dir, 'cli', 'nothing.sock') }));
    assert.deepEqual([report.daemon, report.verdicts.map((v) => v.code)], [null, ['daemon-not-responding']]);
    assert.match(report.verdicts[0]!.message.en, /Could not open connection to daemon/);
  });

  it('rejects a host like -oProxyCommand=… before ssh runs', async () => {
    const marker = path.join(host.dir, 'proxy-command-ran');
    const result = await runCli(['check-host', '--', `-oProxyCommand=touch ${marker}`]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /starts with '-', so ssh would read it as an option/);
    const report = await checkHost({ target: { host: `-oProxyCommand=touch ${marker}` } });
    assert.deepEqual([report.verdicts.map((v) => v.code), report.commands.length, existsSync(marker)], [['invalid-target'], 0, false]);
  });

  describe('against a port that accepts and never speaks', () => {
    let silent: net.Server;
    let port: number;
    const sockets = new Set<net.Socket>();
    before(async () => {
      port = await freeTcpPort();
      silent = net.createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
    });
    after(async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });

    it('stops ssh at the command time limit', async () => {
      const t0 = Date.now();
      const report = await checkHost(request({ target: { host: '127.0.0.1', port, user: host.user, identityFile: host.clientKey }, commandTimeoutMs: 700 }));
      const elapsed = Date.now() - t0;
      assert.deepEqual(
        report.verdicts.map((v) => v.code),
        ['ssh-failed'],
      );
      assert.match(report.verdicts[0]!.message.en, /did not finish within 0\.7 s/);
      assert.ok(elapsed < 3000, `took ${elapsed} ms`);
    });

    it('stops ssh at once on cancel', async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 200);
      const t0 = Date.now();
      const report = await checkHost(request({ target: { host: '127.0.0.1', port, user: host.user, identityFile: host.clientKey } }), {
        signal: controller.signal,
      });
      const elapsed = Date.now() - t0;
      assert.deepEqual([report.cancelled, report.verdicts.length, report.commands[0]?.aborted], [true, 0, true]);
      assert.ok(elapsed < 2000, `took ${elapsed} ms`);
    });
  });
});
