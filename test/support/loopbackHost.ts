// A whole NTP host on 127.0.0.1 for Check Host: an sshd of our own, a chronyd server and a chronyd client of it.
// Everything lives in one temp dir, on free high ports, and goes away in stop().
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import * as path from 'node:path';
import { freePort } from './ntpResponder';

const SSHD = '/usr/sbin/sshd';
const PRIVSEP_DIR = '/run/sshd';

export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

function requireProgram(name: string, candidates: readonly string[]): string {
  const found = candidates.find((c) => existsSync(c));
  if (found === undefined) throw new Error(`${name} is not installed: run scripts/setup.sh (apt-get install openssh-server openssh-client chrony)`);
  return found;
}

/** Resolves when `text` shows up in what a child prints, rejects on exit or after `ms`. */
function waitForOutput(child: ChildProcess, pattern: RegExp, ms: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => done(new Error(`${what} did not start within ${ms} ms:\n${seen}`)), ms);
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString();
      if (pattern.test(seen)) done();
    };
    const onExit = (code: number | null): void => done(new Error(`${what} exited (${code}):\n${seen}`));
    const done = (error?: Error): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export class LoopbackHost {
  readonly user = userInfo().username;
  private readonly children: ChildProcess[] = [];
  private createdPrivsepDir = false;

  private constructor(
    readonly dir: string,
    readonly sshPort: number,
    readonly ntpPort: number,
  ) {}

  get clientKey(): string {
    return path.join(this.dir, 'ssh', 'client_key');
  }
  get strangerKey(): string {
    return path.join(this.dir, 'ssh', 'stranger_key');
  }
  get knownHosts(): string {
    return path.join(this.dir, 'ssh', 'known_hosts');
  }
  /** The command socket of the chronyd client: what `chronyc -h` must be given on this host. */
  get chronySocket(): string {
    return path.join(this.dir, 'cli', 'run', 'chronyd.sock');
  }

  /** Root is needed: sshd must switch users and chronyd runs as root (with -x it never touches the clock). */
  static canRun(): boolean {
    return process.getuid?.() === 0;
  }

  static async start(): Promise<LoopbackHost> {
    const chronyd = requireProgram('chronyd', ['/usr/sbin/chronyd', '/sbin/chronyd']);
    requireProgram('sshd', [SSHD]);
    requireProgram('ssh', ['/usr/bin/ssh']);
    const host = new LoopbackHost(mkdtempSync(path.join(tmpdir(), 'ntpconf-host-')), await freeTcpPort(), await freePort());
    try {
      await host.startChrony(chronyd);
      await host.startSshd();
    } catch (error) {
      await host.stop();
      throw error;
    }
    return host;
  }

  private async startChrony(chronyd: string): Promise<void> {
    const d = this.dir;
    for (const sub of ['srv/run', 'cli/run']) mkdirSync(path.join(d, sub), { recursive: true, mode: 0o700 });
    // The recipe of shared/reference/ground-truth.md §4, with our own ports and sockets (never /run/chrony).
    writeFileSync(
      path.join(d, 'srv', 'server.conf'),
      [
        `port ${this.ntpPort}`,
        'bindaddress 127.0.0.1',
        'local stratum 8',
        'allow 127.0.0.1',
        'cmdport 0',
        `bindcmdaddress ${d}/srv/run/chronyd.sock`,
        `pidfile ${d}/srv/chronyd.pid`,
        `driftfile ${d}/srv/drift`,
      ].join('\n') + '\n',
    );
    writeFileSync(
      path.join(d, 'cli', 'client.conf'),
      [
        `server 127.0.0.1 port ${this.ntpPort} iburst minpoll -2 maxpoll 0`,
        'port 0',
        'cmdport 0',
        `bindcmdaddress ${this.chronySocket}`,
        `pidfile ${d}/cli/chronyd.pid`,
        `driftfile ${d}/cli/drift`,
      ].join('\n') + '\n',
    );
    for (const [name, conf] of [
      ['server', 'srv/server.conf'],
      ['client', 'cli/client.conf'],
    ] as const) {
      const child = spawn(chronyd, ['-x', '-d', '-u', 'root', '-f', path.join(d, conf)], { stdio: ['ignore', 'pipe', 'pipe'] });
      this.children.push(child);
      await waitForOutput(child, /Running with root privileges|Disabled control of system clock/, 5000, `chronyd ${name}`);
    }
  }

  private async startSshd(): Promise<void> {
    const ssh = path.join(this.dir, 'ssh');
    mkdirSync(ssh, { mode: 0o700 });
    for (const key of ['host_key', 'client_key', 'stranger_key'])
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `ntpconf-test-${key}`, '-f', path.join(ssh, key)]);
    writeFileSync(path.join(ssh, 'authorized_keys'), readFileSync(`${this.clientKey}.pub`));
    const hostKey = readFileSync(path.join(ssh, 'host_key.pub'), 'utf8').split(' ').slice(0, 2).join(' ');
    writeFileSync(this.knownHosts, `[127.0.0.1]:${this.sshPort} ${hostKey}\n`);
    writeFileSync(
      path.join(ssh, 'sshd_config'),
      [
        `Port ${this.sshPort}`,
        'ListenAddress 127.0.0.1',
        `HostKey ${ssh}/host_key`,
        `PidFile ${ssh}/sshd.pid`,
        `AuthorizedKeysFile ${ssh}/authorized_keys`,
        'UsePAM no',
        'StrictModes no',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PermitRootLogin prohibit-password',
        'UseDNS no',
      ].join('\n') + '\n',
    );
    // Debian's service creates sshd's privilege separation directory at boot; we only create it when missing.
    if (!existsSync(PRIVSEP_DIR)) {
      mkdirSync(PRIVSEP_DIR, { mode: 0o755 });
      this.createdPrivsepDir = true;
    }
    const child = spawn(SSHD, ['-D', '-e', '-f', path.join(ssh, 'sshd_config')], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.children.push(child);
    await waitForOutput(child, /Server listening on 127\.0\.0\.1 port/, 5000, 'sshd');
  }

  /** Polls the client chronyd locally until it has selected the loopback server (`^*`). */
  async waitForSync(deadlineMs: number): Promise<string> {
    const until = Date.now() + deadlineMs;
    let last = '';
    while (Date.now() < until) {
      last = spawnSync('chronyc', ['-n', '-h', this.chronySocket, 'sources'], { encoding: 'utf8', timeout: 2000 }).stdout ?? '';
      if (/^\^\* 127\.0\.0\.1\s/m.test(last)) return last;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the chronyd client did not select 127.0.0.1 within ${deadlineMs} ms:\n${last}`);
  }

  async stop(): Promise<void> {
    await Promise.all(this.children.splice(0).map(stopChild));
    rmSync(this.dir, { recursive: true, force: true });
    if (this.createdPrivsepDir && existsSync(PRIVSEP_DIR) && readdirSync(PRIVSEP_DIR).length === 0) rmdirSync(PRIVSEP_DIR);
  }
}
