// A real chronyd serving NTP on 127.0.0.1 at a free port, in a temp dir, never touching the system clock
// (-x) and never sharing /run/chrony with another instance. Recipe: shared/reference/ground-truth.md §4.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { probeTargets } from '../../verify/src/probe';
import { hostTarget } from '../../verify/src/targets';
import { freePort } from './ntpResponder';

export const CHRONYD = ['/usr/sbin/chronyd', '/usr/bin/chronyd', '/sbin/chronyd'].find((p) => existsSync(p));

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

  /** Starts chronyd with `local stratum N` and waits until it answers NTP (or throws with its log). */
  static async start(stratum = 8): Promise<LoopbackChronyd> {
    if (CHRONYD === undefined) throw new Error('chronyd is not installed: run scripts/setup.sh (apt-get install chrony). These tests need a real NTP server.');
    const dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-chronyd-'));
    const port = await freePort();
    const conf = path.join(dir, 'server.conf');
    writeFileSync(
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
    // Argument array, no shell; -x: never adjust the clock, -d: stay in the foreground, -u root: no user switch.
    const child = spawn(CHRONYD, ['-x', '-d', '-u', 'root', '-f', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
    const server = new LoopbackChronyd(child, dir, port);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) break;
      const report = await probeTargets([hostTarget('ready?', '127.0.0.1', port)], { settings: { samples: 1, intervalMs: 1000, timeoutMs: 300 } });
      if (report.results[0]?.reachable) return server;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await server.stop();
    throw new Error(`chronyd did not start serving on 127.0.0.1:${port}:\n${server.log}`);
  }

  get output(): string {
    return this.log;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
