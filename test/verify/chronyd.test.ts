// The probe engine and `ntpconf probe` against a real chronyd on loopback (ground-truth.md §4).
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { probeTargets } from '../../verify/src/probe';
import { hostTarget } from '../../verify/src/targets';
import { CHRONYD, LoopbackChronyd } from '../support/loopbackChronyd';
import { freePort } from '../support/ntpResponder';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'ntpconf');

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a program with an argument array (never a shell) and collects its output. */
function run(file: string, args: string[]): Promise<Run> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 30_000, env: { ...process.env, LANG: 'C' } }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ status, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

const ntpconf = (...args: string[]): Promise<Run> => run(process.execPath, [BIN, ...args]);

/** 1 ms, unless a busy machine stretched even the best round trip: the offset's error is at most half of it. */
const offsetBound = (delayMs: number): number => Math.max(1, delayMs / 2 + 0.05);

describe('probe against a real chronyd on 127.0.0.1', function () {
  this.timeout(30_000);
  let chronyd: LoopbackChronyd;
  let scratch: string;

  before(async () => {
    chronyd = await LoopbackChronyd.start(8);
    scratch = mkdtempSync(path.join(tmpdir(), 'ntpconf-probe-'));
  });
  after(async () => {
    await chronyd?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('reads stratum 8, refid 127.127.1.1 (local), leap 0 and a near-zero offset through the engine', async () => {
    const report = await probeTargets([hostTarget(`127.0.0.1:${chronyd.port}`, '127.0.0.1', chronyd.port)], {
      settings: { samples: 2, intervalMs: 1000, timeoutMs: 1000 },
    });
    const [result] = report.results;
    assert.ok(result);
    const header = result.observation!.header!;
    assert.deepEqual(
      {
        reachable: result.reachable,
        stratum: header.stratum,
        refid: header.refid,
        leap: header.leap,
        kiss: header.kiss,
        samples: result.observation!.samples.length,
        verdicts: result.verdicts,
      },
      { reachable: true, stratum: 8, refid: '127.127.1.1', leap: 0, kiss: null, samples: 2, verdicts: [] },
    );
    // Same machine, same clock: the true offset is zero; ours is off by at most half the round trip.
    assert.ok(Math.abs(result.best!.offsetMs) < offsetBound(result.best!.delayMs), `offset ${result.best!.offsetMs} ms, delay ${result.best!.delayMs} ms`);
    assert.ok(result.best!.delayMs > 0 && result.best!.delayMs < 50, `delay ${result.best!.delayMs} ms`);
  });

  it('agrees with `chronyd -Q` within 1 ms', async () => {
    const chronyQ = await run(CHRONYD!, ['-Q', '-t', '3', '-f', '/dev/null', `server 127.0.0.1 port ${chronyd.port} iburst maxsamples 1`]);
    const wrongBy = /System clock wrong by (-?[\d.]+) seconds/.exec(chronyQ.stderr + chronyQ.stdout);
    assert.ok(wrongBy, `chronyd -Q said: ${chronyQ.stderr}`);
    const report = await probeTargets([hostTarget('chronyd', '127.0.0.1', chronyd.port)], { settings: { samples: 3, intervalMs: 1000, timeoutMs: 1000 } });
    const best = report.results[0]!.best!;
    assert.ok(
      Math.abs(best.offsetMs - Number(wrongBy[1]) * 1000) < offsetBound(best.delayMs),
      `ours ${best.offsetMs} ms (delay ${best.delayMs} ms), chronyd -Q ${wrongBy[1]} s`,
    );
  });

  it('`ntpconf probe --json 127.0.0.1:PORT` prints the contract and exits 0', async () => {
    const r = await ntpconf('probe', '--json', '--samples', '2', '--interval', '1000', `127.0.0.1:${chronyd.port}`);
    assert.equal(r.status, 0, r.stderr);
    const elements = JSON.parse(r.stdout);
    assert.equal(elements.length, 1);
    const e = elements[0];
    assert.deepEqual(
      {
        target: e.target,
        address: e.address,
        port: e.port,
        reachable: e.reachable,
        stratum: e.stratum,
        refid: e.refid,
        leap: e.leap,
        kiss: e.kiss,
        verdicts: e.verdicts,
        samples: e.samples.length,
      },
      {
        target: `127.0.0.1:${chronyd.port}`,
        address: '127.0.0.1',
        port: chronyd.port,
        reachable: true,
        stratum: 8,
        refid: '127.127.1.1',
        leap: 0,
        kiss: null,
        verdicts: [],
        samples: 2,
      },
    );
    // offsetMs and delayMs are those of the sample with the lowest delay.
    const best = e.samples.reduce((a: { delayMs: number }, b: { delayMs: number }) => (b.delayMs < a.delayMs ? b : a));
    assert.deepEqual(best, { offsetMs: e.offsetMs, delayMs: e.delayMs });
    assert.ok(Math.abs(e.offsetMs) < offsetBound(e.delayMs) && e.delayMs > 0 && e.delayMs < 50, r.stdout);
    assert.ok(r.ms < 4000, `took ${r.ms} ms`);
  });

  it('a dead port gives reachable:false, an unreachable verdict and exit 1, within the timeout', async () => {
    const dead = await freePort();
    const r = await ntpconf('probe', '--json', '--samples', '1', '--timeout', '1000', `127.0.0.1:${dead}`, `127.0.0.1:${chronyd.port}`);
    assert.equal(r.status, 1);
    const elements = JSON.parse(r.stdout);
    assert.deepEqual(
      elements.map((e: { port: number; reachable: boolean; verdicts: string[]; offsetMs: number | null }) => [
        e.port,
        e.reachable,
        e.verdicts,
        e.offsetMs === null,
      ]),
      [
        [dead, false, ['unreachable'], true],
        [chronyd.port, true, [], false],
      ],
    );
    assert.ok(r.ms < 3000, `took ${r.ms} ms`);
  });

  it('probes the sources of a config file, skipping its refclock with the reason', async () => {
    const conf = path.join(scratch, 'chrony.conf');
    writeFileSync(conf, `# test\nserver 127.0.0.1 port ${chronyd.port} iburst\nrefclock SHM 0 refid GPS\n`);
    const json = await ntpconf('probe', '--json', '--samples', '1', conf);
    assert.equal(json.status, 0, json.stderr);
    const elements = JSON.parse(json.stdout);
    assert.deepEqual(
      elements.map((e: { target: string; port: number; reachable: boolean; stratum: number; file: string; line: number; verdicts: string[] }) => [
        e.target,
        e.port,
        e.reachable,
        e.stratum,
        e.file,
        e.line,
        e.verdicts,
      ]),
      [['127.0.0.1', chronyd.port, true, 8, conf, 2, ['single-source']]],
    );
    assert.match(json.stderr, /chrony\.conf:3: skipped refclock SHM: A reference clock \(refclock\) is read by the daemon from local hardware/);
    const text = await ntpconf('probe', '--samples', '1', conf);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^TARGET +ADDRESS +ST +REFID +LI +OFFSET +DELAY +RESULT\n/);
    assert.match(
      text.stdout,
      new RegExp(`chrony\\.conf:2 127\\.0\\.0\\.1 +127\\.0\\.0\\.1:${chronyd.port} +8 +127\\.127\\.1\\.1 +0 +[+-]\\d+\\.\\d+ ms +\\d+\\.\\d+ ms +only source`),
    );
    assert.match(text.stdout, /chrony\.conf:3: skipped refclock SHM: /);
  });

  it('exits 2 on usage errors, before sending anything', async () => {
    const results = await Promise.all([
      ntpconf('probe'),
      ntpconf('probe', '--interval', '10', '127.0.0.1'),
      ntpconf('probe', '--samples', '0', '127.0.0.1'),
      ntpconf('probe', '127.0.0.1:0'),
      ntpconf('probe', '--bogus', '127.0.0.1'),
      ntpconf('probe', '/nonexistent/chrony.conf'),
      ntpconf('probe', '$(touch /tmp/x)'),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      [2, 2, 2, 2, 2, 2, 2],
    );
    assert.match(results[1]!.stderr, /--interval must be a whole number from 1000 to 60000/);
  });
});
