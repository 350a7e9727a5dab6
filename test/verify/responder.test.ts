// The probe engine against tiny UDP responders on loopback: kisses, lies, silence and garbage, on demand.
import * as assert from 'node:assert/strict';
import { probeTargets, type ProbeEnvironment } from '../../verify/src/probe';
import { resolveHost } from '../../verify/src/resolve';
import { connectNtp } from '../../verify/src/udpQuery';
import { hostTarget } from '../../verify/src/targets';
import type { ProbeReport, ProbeSettings } from '../../verify/src/types';
import { freePort, kiss, NtpResponder, reply, responderClock, type Behavior } from '../support/ntpResponder';

const FAST: ProbeSettings = { samples: 1, intervalMs: 1000, timeoutMs: 500 };
/** The real network edges, with the responders' clock: these tests check the engine's arithmetic, not calibration. */
const environment: ProbeEnvironment = { clock: responderClock, resolve: resolveHost, connect: connectNtp };

describe('probe engine against loopback responders', function () {
  this.timeout(10_000);
  const started: NtpResponder[] = [];
  const responder = async (behavior: Behavior, address?: string): Promise<NtpResponder> => {
    const r = await NtpResponder.start(behavior, address);
    started.push(r);
    return r;
  };
  afterEach(async () => {
    await Promise.all(started.splice(0).map((r) => r.close()));
  });

  const probe = (responders: NtpResponder[], settings = FAST, signal?: AbortSignal): Promise<ProbeReport> =>
    probeTargets(
      responders.map((r) => hostTarget(r.target, r.address, r.port)),
      { settings, environment, ...(signal ? { signal } : {}) },
    );
  const summary = (report: ProbeReport) => report.results.map((r) => ({ reachable: r.reachable, verdicts: r.verdicts.map((v) => v.code) }));

  it('measures the offset of a server 250 ms ahead, and its header', async () => {
    const r = await responder((q) => [reply(q, { offsetMs: 250, stratum: 3 })]);
    const report = await probe([r]);
    const result = report.results[0]!;
    assert.deepEqual(summary(report), [{ reachable: true, verdicts: [] }]);
    // The offset's error is at most half the round trip.
    assert.ok(Math.abs(result.best!.offsetMs - 250) <= result.best!.delayMs / 2 + 0.1, `offset ${result.best!.offsetMs}`);
    assert.ok(result.best!.delayMs >= 0 && result.best!.delayMs < 20, `delay ${result.best!.delayMs}`);
    assert.deepEqual([result.observation!.header!.stratum, result.observation!.header!.refid], [3, '192.0.2.1']);
  });

  it('stops querying after a RATE kiss and says access is refused after DENY or RSTR', async () => {
    const rate = await responder((q) => [kiss(q, 'RATE')]);
    const deny = await responder((q) => [kiss(q, 'DENY')]);
    const rstr = await responder((q) => [kiss(q, 'RSTR')]);
    const t0 = Date.now();
    const report = await probe([rate, deny, rstr], { samples: 3, intervalMs: 1000, timeoutMs: 500 });
    assert.ok(Date.now() - t0 < 1000, 'no second request was waited for');
    assert.deepEqual(summary(report), [
      { reachable: true, verdicts: ['rate-limited'] },
      { reachable: true, verdicts: ['access-refused'] },
      { reachable: true, verdicts: ['access-refused'] },
    ]);
    assert.deepEqual([rate.requests.length, deny.requests.length, rstr.requests.length], [1, 1, 1]);
    assert.equal(report.results[1]!.observation!.header!.kiss, 'DENY');
  });

  it('calls stratum 16, leap 3 and stratum 0 INIT unsynchronized', async () => {
    const s16 = await responder((q) => [reply(q, { stratum: 16 })]);
    const leap3 = await responder((q) => [reply(q, { leap: 3 })]);
    const init = await responder((q) => [reply(q, { leap: 3, stratum: 0, referenceId: Uint8Array.from(Buffer.from('INIT')) })]);
    assert.deepEqual(summary(await probe([s16, leap3, init])), [
      { reachable: true, verdicts: ['unsynchronized'] },
      { reachable: true, verdicts: ['unsynchronized'] },
      { reachable: true, verdicts: ['unsynchronized'] },
    ]);
  });

  it('ignores spoofed, short and wrong-mode datagrams and still takes the real answer after them', async () => {
    const r = await responder((q) => [
      reply(q, { originTimestamp: q.transmitTimestamp ^ 1n }),
      new Uint8Array(20),
      reply(q, { mode: 5 }),
      reply(q, { offsetMs: 10 }),
    ]);
    const report = await probe([r]);
    assert.deepEqual(summary(report), [{ reachable: true, verdicts: [] }]);
    assert.deepEqual(report.results[0]!.observation!.ignored, { 'origin-mismatch': 1, short: 1, 'not-server-mode': 1 });
  });

  it('reports invalid replies as such when nothing valid came, within the timeout', async () => {
    const r = await responder((q) => [reply(q, { originTimestamp: 42n }), new Uint8Array(12)]);
    const t0 = Date.now();
    const report = await probe([r]);
    assert.ok(Date.now() - t0 < FAST.timeoutMs + 1000);
    assert.deepEqual(summary(report), [{ reachable: false, verdicts: ['invalid-reply'] }]);
  });

  it('says unreachable after the timeout for a silent server, and at once for a closed port', async () => {
    const silent = await responder(() => []);
    const closed = await freePort();
    const t0 = Date.now();
    const report = await probeTargets([hostTarget(silent.target, silent.address, silent.port), hostTarget('closed', '127.0.0.1', closed)], {
      settings: { samples: 2, intervalMs: 1000, timeoutMs: 400 },
      environment,
    });
    const elapsed = Date.now() - t0;
    assert.ok(elapsed >= 1000 && elapsed < 2500, `elapsed ${elapsed} ms`);
    assert.deepEqual(summary(report), [
      { reachable: false, verdicts: ['unreachable'] },
      { reachable: false, verdicts: ['unreachable'] },
    ]);
    assert.deepEqual([report.results[0]!.observation!.timeouts, report.results[1]!.observation!.refused, report.results[1]!.observation!.sent], [2, 1, 1]);
  });

  it('keeps at least the interval between requests to one address, and queries a shared address once', async () => {
    const r = await responder((q) => [reply(q)]);
    const report = await probeTargets([hostTarget('a', r.address, r.port), hostTarget('b', r.address, r.port)], {
      settings: { samples: 3, intervalMs: 1000, timeoutMs: 500 },
      environment,
    });
    assert.equal(r.requests.length, 3);
    const gaps = r.requests.slice(1).map((t, i) => t - r.requests[i]!);
    assert.ok(
      gaps.every((g) => g >= 990),
      `gaps ${gaps.join(', ')}`,
    );
    assert.deepEqual(
      report.results.map((x) => [x.target.label, x.observation!.samples.length]),
      [
        ['a', 3],
        ['b', 3],
      ],
    );
  });

  it('never queries faster than once a second, whatever the caller asks', async () => {
    const r = await responder((q) => [reply(q)]);
    await probeTargets([hostTarget('a', r.address, r.port)], { settings: { samples: 2, intervalMs: 10, timeoutMs: 200 }, environment });
    // Measured where the packets arrive: scheduling on a busy machine can shift one arrival by tens of ms, while the
    // fault this guards against (honouring 10 ms) gives gaps of about 10 ms.
    const gaps = r.requests.slice(1).map((at, i) => at - r.requests[i]!);
    assert.ok(gaps.length === 1 && gaps[0]! >= 900, `gaps between queries: ${JSON.stringify(gaps)} ms`);
  });

  it('keeps the 1 s spacing across back-to-back runs in one process', async () => {
    const r = await responder((q) => [reply(q)]);
    await probe([r]);
    await probe([r]);
    assert.equal(r.requests.length, 2);
    assert.ok(r.requests[1]! - r.requests[0]! >= 900, `gap ${r.requests[1]! - r.requests[0]!} ms (arrival times; the engine spaces sends by 1 s)`);
  });

  it('probes 16 sources in about the time of one', async () => {
    const many = await Promise.all(Array.from({ length: 16 }, () => responder((q) => [reply(q)])));
    const t0 = Date.now();
    const report = await probe(many, { samples: 2, intervalMs: 1000, timeoutMs: 500 });
    const elapsed = Date.now() - t0;
    // One after another they would take 16 × 1 s or more; in parallel about 1 s, with room for a busy machine.
    assert.ok(elapsed < 8000, `16 sources took ${elapsed} ms`);
    assert.ok(report.results.every((x) => x.reachable && x.observation!.samples.length === 2));
  });

  it('finds the falseticker among four servers', async () => {
    const servers = await Promise.all([0, 3, -2, 900].map((offsetMs) => responder((q) => [reply(q, { offsetMs })])));
    assert.deepEqual(
      summary(await probe(servers)).map((s) => s.verdicts),
      [[], [], [], ['falseticker']],
    );
  });

  it('stops at once when cancelled and says so', async () => {
    const r = await responder((q) => [reply(q)]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const t0 = Date.now();
    const report = await probe([r], { samples: 4, intervalMs: 2000, timeoutMs: 2000 }, controller.signal);
    assert.ok(Date.now() - t0 < 1000);
    assert.equal(report.cancelled, true);
    assert.equal(r.requests.length, 1);
  });

  it('speaks IPv6 on ::1', async () => {
    const r = await responder((q) => [reply(q, { offsetMs: -40 })], '::1');
    const report = await probe([r]);
    assert.equal(report.results[0]!.reachable, true);
    assert.ok(Math.abs(report.results[0]!.best!.offsetMs + 40) <= report.results[0]!.best!.delayMs / 2 + 0.1);
  });
});
