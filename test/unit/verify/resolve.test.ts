import * as assert from 'node:assert/strict';
import { setMaxListeners } from 'node:events';
import { readFile } from 'node:fs/promises';
import { addressesInHosts } from '../../../verify/src/hostsFile';
import { probeTargets, systemEnvironment } from '../../../verify/src/probe';
import { resolverFromEnvironment } from '../../../cli/src/configArgument';
import { HostResolver, resolveHost } from '../../../verify/src/resolve';
import { hostTarget } from '../../../verify/src/targets';
import { startLoopbackDns, type LoopbackDns } from '../../support/loopbackDns';

const names = (count: number): string[] => Array.from({ length: count }, (_, i) => `n${i + 1}.example.test`);
const never = (): AbortSignal => new AbortController().signal;

describe('name resolution (c-ares, bounded, cancellable)', function () {
  this.timeout(10_000);
  let silent: LoopbackDns;
  let answering: LoopbackDns;
  before(async () => {
    silent = await startLoopbackDns();
    answering = await startLoopbackDns(
      new Map([
        ['one.test', ['127.0.0.7']],
        ['v6only.test', ['::1']],
      ]),
    );
  });
  after(async () => {
    await silent.close();
    await answering.close();
  });

  it('16 names against a DNS server that never answers: a few at a time, all over within the time limit', async () => {
    const resolver = new HostResolver({ servers: [silent.server] });
    const t0 = Date.now();
    const results = await Promise.all(names(16).map((n) => resolver.resolve(n, undefined, 1000, never())));
    const ms = Date.now() - t0;
    assert.deepEqual(
      results,
      names(16).map(() => ({ ok: false, error: 'ETIMEOUT' })),
    );
    assert.ok(ms < 1500, `took ${ms} ms`);
    // Until the first ones time out, only four names are asked.
    const early = new Set(silent.questions.filter((q) => q.at < t0 + 900).map((q) => q.name));
    assert.ok(early.size === 4, `asked ${[...early].join(', ')}`);
  });

  it('the thread pool stays free for other work meanwhile', async () => {
    const resolver = new HostResolver({ servers: [silent.server] });
    const pending = Promise.all(names(16).map((n) => resolver.resolve(n, undefined, 1500, never())));
    const t0 = Date.now();
    await Promise.all([1, 2, 3, 4, 5, 6].map(() => readFile(__filename)));
    const ms = Date.now() - t0;
    await pending;
    assert.ok(ms < 300, `a file read waited ${ms} ms`);
  });

  it('cancelling ends every lookup at once, queued or asked', async () => {
    const resolver = new HostResolver({ servers: [silent.server] });
    const controller = new AbortController();
    setMaxListeners(20, controller.signal);
    setTimeout(() => controller.abort(), 100);
    const t0 = Date.now();
    const results = await Promise.all(names(12).map((n) => resolver.resolve(n, undefined, 5000, controller.signal)));
    assert.ok(Date.now() - t0 < 400, `took ${Date.now() - t0} ms`);
    assert.deepEqual(
      results,
      names(12).map(() => ({ ok: false, error: 'ABORTED' })),
    );
  });

  it('answers come from the configured server; an unknown name is ENOTFOUND without a getaddrinfo fallback', async () => {
    const resolver = new HostResolver({ servers: [answering.server] });
    assert.deepEqual(await Promise.all(['one.test', 'v6only.test', 'missing.test'].map((n) => resolver.resolve(n, undefined, 2000, never()))), [
      { ok: true, addresses: ['127.0.0.7'] },
      { ok: true, addresses: ['::1'] },
      { ok: false, error: 'ENOTFOUND' },
    ]);
    assert.deepEqual(await resolver.resolve('one.test', 6, 2000, never()), { ok: false, error: 'ENODATA' });
  });

  it('probe: 40 names against a silent server finish within the resolution limit', async () => {
    const environment = systemEnvironment(new HostResolver({ servers: [silent.server] }));
    const t0 = Date.now();
    const report = await probeTargets(
      names(40).map((n) => hostTarget(n, n, 123)),
      { settings: { samples: 1, intervalMs: 1000, timeoutMs: 500 }, environment },
    );
    const ms = Date.now() - t0;
    assert.deepEqual(
      report.results.map((r) => r.resolveError),
      names(40).map(() => 'ETIMEOUT'),
    );
    assert.ok(ms < 3600, `took ${ms} ms`);
  });

  it('localhost and the hosts file resolve without DNS', async () => {
    const local = await resolveHost('localhost', 4, 2000, never());
    assert.deepEqual(local, { ok: true, addresses: ['127.0.0.1'] });
    assert.deepEqual(addressesInHosts('# c\n127.0.0.1 localhost\n10.0.0.5  ntp1 NTP1.lan # x\n::1 ip6-localhost\nfe80::1%eth0 ntp1\n', 'ntp1.lan.'), [
      '10.0.0.5',
    ]);
    assert.deepEqual(addressesInHosts('10.0.0.5 ntp1\nfe80::1%eth0 ntp1\n', 'NTP1'), ['10.0.0.5', 'fe80::1%eth0']);
  });

  it('NTPCONF_DNS_SERVERS is checked before anything is sent', () => {
    assert.equal(resolverFromEnvironment({}), undefined);
    assert.ok(resolverFromEnvironment({ NTPCONF_DNS_SERVERS: '127.0.0.1:5353, [::1]:53' }) instanceof HostResolver);
    assert.throws(() => resolverFromEnvironment({ NTPCONF_DNS_SERVERS: 'dns.example' }), /NTPCONF_DNS_SERVERS takes addresses/);
  });
});
