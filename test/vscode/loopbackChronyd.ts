// A real chronyd serving NTP on 127.0.0.1 at a free port, started from a test inside the extension host.
// Recipe: shared/reference/ground-truth.md §4. -x: never touches the system clock; -d: foreground, logs to stderr;
// -u root: no user switch. Its command socket and files live in a private temp dir (no /run/chrony).
// Traffic: only 127.0.0.1. The process is a child of the extension host, so scripts/e2e.sh's process-group kill
// ends it even if a test forgets to; stop() is the normal way.
import { spawn, type ChildProcess } from 'child_process';
import * as dgram from 'dgram';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const CHRONYD = ['/usr/sbin/chronyd', '/usr/bin/chronyd', '/sbin/chronyd'].find((p) => fs.existsSync(p));

/** A UDP port on 127.0.0.1 that nothing listens on right now. */
export function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/** One NTP client request (mode 3, version 4) to 127.0.0.1:port; resolves with the reply's stratum, or null. */
export function ntpStratum(port: number, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket('udp4');
    const done = (value: number | null): void => {
      clearTimeout(timer);
      socket.close();
      resolve(value);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    socket.on('error', () => done(null)); // ECONNREFUSED while chronyd is not listening yet
    socket.on('message', (msg) => done(msg.length >= 48 && (msg[0]! & 7) === 4 ? msg[1]! : null));
    const request = Buffer.alloc(48);
    request[0] = (0 << 6) | (4 << 3) | 3;
    socket.send(request, port, '127.0.0.1');
  });
}

export class LoopbackChronyd {
  private log = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly dir: string,
    readonly port: number,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.log += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.log += d.toString()));
  }

  /** Starts chronyd with `local stratum <stratum>` and waits (deadline 10 s) until it answers an NTP request. */
  static async start(stratum: number): Promise<LoopbackChronyd> {
    if (CHRONYD === undefined) throw new Error('chronyd is not installed (scripts/setup.sh installs the chrony package)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntp-e2e-chronyd-'));
    fs.chmodSync(dir, 0o700); // chronyd refuses a command socket in a directory others can write to
    const port = await freeUdpPort();
    const conf = path.join(dir, 'server.conf');
    fs.writeFileSync(
      conf,
      [
        `port ${port}`,
        'bindaddress 127.0.0.1',
        `local stratum ${stratum}`,
        'allow 127.0.0.1',
        'cmdport 0',
        `bindcmdaddress ${path.join(dir, 'chronyd.sock')}`,
        `pidfile ${path.join(dir, 'chronyd.pid')}`,
        `driftfile ${path.join(dir, 'drift')}`,
        `dumpdir ${dir}`,
        `ntsdumpdir ${dir}`,
        '',
      ].join('\n'),
    );
    const child = spawn(CHRONYD, ['-x', '-d', '-u', 'root', '-f', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
    const server = new LoopbackChronyd(child, dir, port);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
      const started = Date.now();
      if ((await ntpStratum(port, 200)) === stratum) return server;
      // A refused request returns at once: poll at most every 100 ms.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 100 - (Date.now() - started))));
    }
    await server.stop();
    throw new Error(`chronyd did not answer on 127.0.0.1:${port} within 10 s (exit ${child.exitCode}):\n${server.log}`);
  }

  get output(): string {
    return this.log;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
