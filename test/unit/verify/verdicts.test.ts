import * as assert from 'node:assert/strict';
import { bestSample } from '../../../verify/src/probe';
import { toProbeJson } from '../../../verify/src/probeOutput';
import type { AddressObservation, ProbeResult, ProbeTarget, ServerHeader, TimedSample } from '../../../verify/src/types';
import { assessResults, largestAgreement } from '../../../verify/src/verdicts';
import { singleSource } from '../../../verify/src/verdictMessages';
import { validateText } from '../../../server/src/engine/validate';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';

const SETTINGS = { samples: 4, intervalMs: 2000, timeoutMs: 2000 };
const HEADER: ServerHeader = { leap: 0, version: 4, stratum: 2, poll: 6, precision: -20, rootDelayMs: 2, rootDispersionMs: 1, refid: '192.0.2.1', kiss: null };

function sample(offsetMs: number, delayMs = 10, index = 0): TimedSample {
  return { offsetMs, delayMs, rootDistanceMs: delayMs / 2 + 2, index, atMs: index * 2000 };
}

function observation(address: string, overrides: Partial<AddressObservation> = {}): AddressObservation {
  return { address, port: 123, sent: 4, replies: 4, timeouts: 0, refused: 0, errors: [], ignored: {}, samples: [], header: HEADER, kiss: null, ...overrides };
}

function result(address: string, overrides: Partial<AddressObservation> = {}, target?: Partial<ProbeTarget>): ProbeResult {
  const o = observation(address, overrides);
  return {
    target: { label: address, host: address, port: 123, addresses: 'first', ...target },
    address,
    port: 123,
    observation: o,
    resolveError: null,
    best: bestSample(o.samples),
    reachable: o.replies > 0,
    verdicts: [],
  };
}

const codes = (results: ProbeResult[]): string[][] => {
  assessResults(results, SETTINGS);
  return results.map((r) => r.verdicts.map((v) => v.code));
};

describe('probe verdicts', () => {
  it('finds the region where most correctness intervals overlap (Marzullo)', () => {
    assert.deepEqual(
      largestAgreement([
        { low: -10, high: 10 },
        { low: -5, high: 15 },
        { low: 0, high: 20 },
        { low: 490, high: 510 },
      ]),
      { low: 0, high: 10, count: 3 },
    );
    assert.deepEqual(
      largestAgreement([
        { low: 0, high: 1 },
        { low: 1, high: 2 },
      ]),
      { low: 1, high: 1, count: 2 },
      'touching intervals agree',
    );
  });

  it('calls the one source far outside the majority a falseticker, and nobody else', () => {
    const results = ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4'].map((a, i) => result(a, { samples: [sample(i === 3 ? 500 : i * 2)] }));
    assert.deepEqual(codes(results), [[], [], [], ['falseticker']]);
    assert.match(results[3]!.verdicts[0]!.message.en, /Offset \+500\.0 ms is far outside .* where 3 of 4 sources agree/);
  });

  it('says nothing about agreement with only two voters, and flags no majority among three strangers', () => {
    assert.deepEqual(codes([result('192.0.2.1', { samples: [sample(0)] }), result('192.0.2.2', { samples: [sample(900)] })]), [[], []]);
    assert.deepEqual(
      codes([result('192.0.2.1', { samples: [sample(0)] }), result('192.0.2.2', { samples: [sample(400)] }), result('192.0.2.3', { samples: [sample(900)] })]),
      [['no-agreement'], ['no-agreement'], ['no-agreement']],
    );
  });

  it('counts an address once however many targets resolved to it', () => {
    const shared = result('192.0.2.1', { samples: [sample(0)] });
    const twin: ProbeResult = { ...shared, target: { ...shared.target, label: 'alias' }, verdicts: [] };
    const wrong = result('192.0.2.9', { samples: [sample(800)] });
    // Two voters (one address named twice, and the stray one): no majority verdicts at all.
    assert.deepEqual(codes([shared, twin, wrong]), [[], [], []]);
  });

  it('tells unsynchronized servers by leap 3, stratum 16 or stratum 0, and keeps them out of the vote', () => {
    const results = [
      result('192.0.2.1', { samples: [sample(0)], header: { ...HEADER, leap: 3 } }),
      result('192.0.2.2', { samples: [sample(0)], header: { ...HEADER, stratum: 16 } }),
      result('192.0.2.3', { samples: [sample(0)], header: { ...HEADER, stratum: 0, refid: 'INIT', kiss: 'INIT' } }),
      result('192.0.2.4', { samples: [sample(1)] }),
      result('192.0.2.5', { samples: [sample(2)] }),
    ];
    assert.deepEqual(codes(results), [['unsynchronized'], ['unsynchronized'], ['unsynchronized'], [], []]);
    assert.match(results[0]!.verdicts[0]!.message.en, /leap indicator 3/);
    assert.match(results[2]!.verdicts[0]!.message.ko, /stratum 0, 참조 ID INIT/);
  });

  it('reports kisses, high delay, and the three ways of being unreachable', () => {
    const results = [
      result('192.0.2.1', { kiss: 'RATE', replies: 1, header: { ...HEADER, stratum: 0, refid: 'RATE', kiss: 'RATE' } }),
      result('192.0.2.2', { kiss: 'DENY', replies: 1, header: { ...HEADER, stratum: 0, refid: 'DENY', kiss: 'DENY' } }),
      result('192.0.2.3', { samples: [sample(3, 450)] }),
      result('192.0.2.4', { replies: 0, timeouts: 4, header: null }),
      result('192.0.2.5', { replies: 0, refused: 1, header: null }),
      result('2001:db8::1', { replies: 0, errors: ['ENETUNREACH'], header: null }),
      result('192.0.2.7', { replies: 0, timeouts: 4, ignored: { short: 2, 'origin-mismatch': 1 }, header: null }),
    ];
    assert.deepEqual(codes(results), [
      ['rate-limited'],
      ['access-refused'],
      ['high-delay'],
      ['unreachable'],
      ['unreachable'],
      ['unreachable'],
      ['invalid-reply'],
    ]);
    const en = results.map((r) => r.verdicts[0]!.message.en);
    assert.match(en[3]!, /No answer from 192\.0\.2\.4 \(UDP 123\) to 4 request\(s\), 2 s each\. Is UDP port 123 blocked/);
    assert.match(en[4]!, /Nothing listens on 192\.0\.2\.5 \(UDP 123\)/);
    assert.match(en[5]!, /no route to that network \(ENETUNREACH\)\. This machine may have no IPv6 connectivity/);
    assert.match(en[6]!, /2× shorter than an NTP header .*1× origin timestamp does not match/);
  });

  it('says when a name did not resolve', () => {
    const unresolved: ProbeResult = {
      ...result('x'),
      address: null,
      observation: null,
      reachable: false,
      resolveError: 'ENOTFOUND',
      target: { label: 'nx.example', host: 'nx.example', port: 123, addresses: 'first' },
    };
    assert.deepEqual(codes([unresolved]), [['unresolved']]);
    assert.match(unresolved.verdicts[0]!.message.ko, /`nx\.example` 이름을 주소로 바꾸지 못했습니다\(그런 이름이 없음\)/);
  });

  it('warns when only one source of a file answered, per file, and not for plain host targets', () => {
    const source = (file: string, line: number) => ({ source: { file, line, start: 7, end: 16, directive: 'server' as const } });
    const a = [
      result('192.0.2.1', { samples: [sample(0)] }, source('a.conf', 0)),
      result('192.0.2.2', { replies: 0, timeouts: 4, header: null }, source('a.conf', 1)),
    ];
    const b = [result('192.0.2.3', { samples: [sample(0)] }, source('b.conf', 0)), result('192.0.2.4', { samples: [sample(1)] }, source('b.conf', 1))];
    const plain = [result('192.0.2.5', { samples: [sample(0)] })];
    assert.deepEqual(codes([...a, ...b, ...plain]), [['single-source'], ['unreachable'], [], [], []]);
  });

  it('says "only source" in the words of too-few-sources, and refers to it instead of other advice', () => {
    const verdict = singleSource();
    const staticFinding = validateText('server a.example iburst\n', 'chrony', DEFAULT_SETTINGS).findings.find((f) => f.code === 'too-few-sources');
    assert.match(verdict.message.en, /See too-few-sources: at least 4\.$/);
    assert.match(staticFinding?.message.en ?? '', /at least 4/);
  });

  it('shapes one --json element with the contract keys first', () => {
    const r = result('192.0.2.1', { samples: [sample(1.25, 30, 0), sample(0.5, 20, 1)] }, { label: 'ntp.example:123' });
    assessResults([r], SETTINGS);
    const json = toProbeJson(r, 'en');
    assert.deepEqual(Object.keys(json).slice(0, 12), [
      'target',
      'address',
      'port',
      'reachable',
      'stratum',
      'refid',
      'leap',
      'offsetMs',
      'delayMs',
      'kiss',
      'verdicts',
      'samples',
    ]);
    assert.deepEqual(
      { ...json, messages: [] },
      {
        target: 'ntp.example:123',
        address: '192.0.2.1',
        port: 123,
        reachable: true,
        stratum: 2,
        refid: '192.0.2.1',
        leap: 0,
        offsetMs: 0.5,
        delayMs: 20,
        kiss: null,
        verdicts: [],
        samples: [
          { offsetMs: 1.25, delayMs: 30 },
          { offsetMs: 0.5, delayMs: 20 },
        ],
        messages: [],
        rootDelayMs: 2,
        rootDispersionMs: 1,
        precision: -20,
        version: 4,
      },
    );
  });
});
