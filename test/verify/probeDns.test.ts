// `ntpconf probe` as a process, with names that a loopback DNS server never answers: it must end, and promptly.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startLoopbackDns, type LoopbackDns } from '../support/loopbackDns';

const BIN = path.resolve(__dirname, '../../..', 'bin', 'ntpconf');
const HARD_LIMIT_MS = 20_000;

interface Timed {
  status: number | null;
  stdout: string;
  /** From start to the last output, and from then to the exit. */
  printedAtMs: number;
  exitAfterPrintMs: number;
}

function probe(args: string[], env: NodeJS.ProcessEnv): Promise<Timed> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'probe', ...args], { env: { ...process.env, LANG: 'C', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const killer = setTimeout(() => child.kill('SIGKILL'), HARD_LIMIT_MS);
    let stdout = '';
    let printedAt = t0;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      printedAt = Date.now();
    });
    child.stderr.resume();
    child.on('close', (status) => {
      clearTimeout(killer);
      resolve({ status, stdout, printedAtMs: printedAt - t0, exitAfterPrintMs: Date.now() - printedAt });
    });
  });
}

describe('ntpconf probe with a DNS server that never answers', function () {
  this.timeout(HARD_LIMIT_MS + 5000);
  let dns: LoopbackDns;
  let dir: string;
  before(async () => {
    dns = await startLoopbackDns();
    dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-dns-'));
  });
  after(async () => {
    await dns.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('40 names: results within the resolution limit, and the process exits right after printing them', async () => {
    const file = path.join(dir, 'chrony.conf');
    writeFileSync(file, Array.from({ length: 40 }, (_, i) => `server n${i + 1}.example.test iburst\n`).join(''));
    const run = await probe(['--samples', '1', '--timeout', '500', file], { NTPCONF_DNS_SERVERS: dns.server });
    assert.equal(run.status, 1);
    assert.equal(run.stdout.split('\n').filter((l) => / unresolved$/.test(l)).length, 40);
    assert.ok(dns.questions.length > 0, 'the loopback server was asked');
    assert.ok(run.printedAtMs < 5000, `results after ${run.printedAtMs} ms`);
    assert.ok(run.exitAfterPrintMs < 1000, `exited ${run.exitAfterPrintMs} ms after printing`);
  });

  it('Ctrl-C during resolution prints what it has and exits at once', async () => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [BIN, 'probe', '--samples', '1', 'c1.example.test', 'c2.example.test'], {
      env: { ...process.env, LANG: 'C', NTPCONF_DNS_SERVERS: dns.server },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), HARD_LIMIT_MS);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // Interrupt once the server has seen the questions, so the lookups are in flight.
    while (dns.questions.filter((q) => q.name.startsWith('c2.')).length === 0 && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(killer);
    assert.equal(status, 1);
    assert.match(stdout, /Cancelled: the results are incomplete\./);
    assert.ok(Date.now() - t0 < 2500, `took ${Date.now() - t0} ms`);
  });
});
