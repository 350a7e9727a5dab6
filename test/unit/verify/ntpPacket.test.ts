import * as assert from 'node:assert/strict';
import { computeSample, interpretReply } from '../../../verify/src/ntpExchange';
import {
  decodePacket,
  encodeClientRequest,
  encodePacket,
  formatReferenceId,
  isActionKissCode,
  isUnsynchronized,
  kissCode,
  type NtpPacket,
} from '../../../verify/src/ntpPacket';
import {
  fromWireTimestamp,
  NTP_SECOND,
  ntpTimeFromUnixNanoseconds,
  toWireTimestamp,
  unixNanosecondsFromNtpTime,
  wireDifference,
} from '../../../verify/src/ntpTime';

const hexBytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex.replace(/\s+/g, ''), 'hex'));
const seconds = (s: number): bigint => (BigInt(Math.round(s * 1000)) * NTP_SECOND) / 1000n;
/** 2^32 s after 1900: where era 0 ends (2036-02-07T06:28:16Z). */
const ERA_1 = 1n << 64n;

function serverPacket(overrides: Partial<NtpPacket>): NtpPacket {
  return {
    leap: 0,
    version: 4,
    mode: 4,
    stratum: 2,
    poll: 6,
    precision: -20,
    rootDelay: 0,
    rootDispersion: 0,
    referenceId: Uint8Array.from([192, 0, 2, 1]),
    referenceTimestamp: 0n,
    originTimestamp: 0n,
    receiveTimestamp: 0n,
    transmitTimestamp: 0n,
    ...overrides,
  };
}

describe('NTP timestamps (RFC 5905 §6)', () => {
  it('puts the Unix epoch at 2 208 988 800 s after 1900', () => {
    assert.equal(ntpTimeFromUnixNanoseconds(0n), 2_208_988_800n << 32n);
    assert.equal(toWireTimestamp(ntpTimeFromUnixNanoseconds(0n)), 0x83aa7e80_00000000n);
  });

  it('round-trips Unix nanoseconds within the 2^-32 s resolution', () => {
    const ns = 1_795_319_793_918_033_123n;
    const back = unixNanosecondsFromNtpTime(ntpTimeFromUnixNanoseconds(ns));
    assert.ok(ns - back >= 0n && ns - back <= 1n, `${ns} vs ${back}`);
    assert.equal(ntpTimeFromUnixNanoseconds(500_000_000n) & 0xffffffffn, 0x80000000n);
  });

  it('places a wire timestamp in the era nearest our own clock', () => {
    const justBefore = ERA_1 - seconds(1);
    const justAfterWire = seconds(1);
    assert.equal(fromWireTimestamp(justAfterWire, justBefore), ERA_1 + seconds(1));
    assert.equal(fromWireTimestamp(toWireTimestamp(justBefore), ERA_1 + seconds(1)), justBefore);
    assert.equal(fromWireTimestamp(0x83aa7e80_00000000n, ntpTimeFromUnixNanoseconds(1_700_000_000_000_000_000n)), 0x83aa7e80_00000000n);
    // From era 1 the 1970 bit pattern means 2106.
    assert.equal(fromWireTimestamp(0x83aa7e80_00000000n, ERA_1 + (0x80000000n << 32n)), ERA_1 + 0x83aa7e80_00000000n);
  });

  it('subtracts wire timestamps in 64-bit two’s complement, right across the era boundary', () => {
    assert.equal(wireDifference(seconds(1), toWireTimestamp(ERA_1 - seconds(1))), seconds(2));
    assert.equal(wireDifference(toWireTimestamp(ERA_1 - seconds(1)), seconds(1)), -seconds(2));
    assert.equal(wireDifference(seconds(5), seconds(7)), -seconds(2));
  });
});

describe('NTP packet encoding and decoding', () => {
  it('builds a 48-byte mode 3 version 4 request carrying only the transmit nonce', () => {
    assert.deepEqual(Buffer.from(encodeClientRequest(0x0123456789abcdefn)).toString('hex'), '23' + '00'.repeat(39) + '0123456789abcdef');
  });

  it('decodes every header field of a server reply (chronyd, local stratum 8)', () => {
    const bytes = hexBytes(`
      24 08 03 e6  00 00 10 00  00 01 80 00  7f 7f 01 01
      ec 9a 1b 2c 80 00 00 00   01 23 45 67 89 ab cd ef
      ec 9a 1b 30 40 00 00 00   ec 9a 1b 30 40 10 00 00`);
    const decoded = decodePacket(bytes);
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.packet, {
      leap: 0,
      version: 4,
      mode: 4,
      stratum: 8,
      poll: 3,
      precision: -26,
      rootDelay: 0x1000,
      rootDispersion: 0x18000,
      referenceId: Uint8Array.from([127, 127, 1, 1]),
      referenceTimestamp: 0xec9a1b2c_80000000n,
      originTimestamp: 0x01234567_89abcdefn,
      receiveTimestamp: 0xec9a1b30_40000000n,
      transmitTimestamp: 0xec9a1b30_40100000n,
    });
    assert.equal(formatReferenceId(8, decoded.packet.referenceId), '127.127.1.1');
    assert.deepEqual(encodePacket(decoded.packet), bytes);
  });

  it('reads leap 3 and the mode from the first byte, and signed poll and precision', () => {
    const decoded = decodePacket(hexBytes('e4 00 fa ec' + '00'.repeat(44)));
    assert.ok(decoded.ok);
    assert.deepEqual([decoded.packet.leap, decoded.packet.version, decoded.packet.mode, decoded.packet.poll, decoded.packet.precision], [3, 4, 4, -6, -20]);
    assert.equal(isUnsynchronized(decoded.packet), true);
  });

  it('rejects datagrams shorter than the header and accepts extension fields after it', () => {
    assert.deepEqual(decodePacket(new Uint8Array(47)), { ok: false, length: 47 });
    assert.equal(decodePacket(new Uint8Array(68)).ok, true);
  });

  it('reads kiss codes and reference IDs as an admin reads them', () => {
    const ascii = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.padEnd(4, '\0'), 'latin1'));
    assert.equal(kissCode(serverPacket({ stratum: 0, referenceId: ascii('RATE') })), 'RATE');
    assert.equal(kissCode(serverPacket({ stratum: 0, referenceId: ascii('INIT') })), 'INIT');
    assert.equal(kissCode(serverPacket({ stratum: 1, referenceId: ascii('GPS') })), null);
    assert.deepEqual(['RATE', 'DENY', 'RSTR', 'INIT', null].map(isActionKissCode), [true, true, true, false, false]);
    assert.equal(formatReferenceId(1, ascii('GPS')), 'GPS');
    assert.equal(formatReferenceId(1, ascii('PPS')), 'PPS');
    assert.equal(formatReferenceId(1, Uint8Array.from([1, 2, 3, 4])), '01020304');
    assert.equal(formatReferenceId(3, Uint8Array.from([0xc0, 0, 2, 0x7b])), '192.0.2.123');
  });
});

describe('interpreting a reply', () => {
  const nonce = 0x1122334455667788n;
  const t1 = ntpTimeFromUnixNanoseconds(1_700_000_000_000_000_000n);
  const reply = (overrides: Partial<NtpPacket>): Uint8Array =>
    encodePacket(
      serverPacket({
        originTimestamp: nonce,
        receiveTimestamp: toWireTimestamp(t1 + seconds(1.5)),
        transmitTimestamp: toWireTimestamp(t1 + seconds(1.6)),
        ...overrides,
      }),
    );

  it('computes θ = ((T2−T1)+(T3−T4))/2 and δ = (T4−T1)−(T3−T2)', () => {
    const result = interpretReply(reply({ rootDelay: 0x8000, rootDispersion: 0x4000 }), { sentAt: t1, nonce }, t1 + seconds(0.4));
    assert.equal(result.kind, 'sample');
    assert.ok(result.kind === 'sample');
    assert.ok(Math.abs(result.sample.offsetMs - 1350) < 1e-6, String(result.sample.offsetMs));
    assert.ok(Math.abs(result.sample.delayMs - 300) < 1e-6, String(result.sample.delayMs));
    // δ/2 + root delay/2 + root dispersion = 150 + 250 + 250 ms
    assert.ok(Math.abs(result.sample.rootDistanceMs - 650) < 1e-6);
  });

  it('gets offset and delay right when the server is already in era 1 and we are not', () => {
    const before = ERA_1 - seconds(0.05);
    const packet = serverPacket({ receiveTimestamp: toWireTimestamp(ERA_1 + seconds(0.1)), transmitTimestamp: toWireTimestamp(ERA_1 + seconds(0.11)) });
    const sample = computeSample(packet, before, before + seconds(0.03));
    assert.ok(Math.abs(sample.offsetMs - 140) < 1e-6, String(sample.offsetMs));
    assert.ok(Math.abs(sample.delayMs - 20) < 1e-6, String(sample.delayMs));
  });

  it('ignores a reply whose origin is not our nonce (spoofed or late)', () => {
    assert.deepEqual(interpretReply(reply({ originTimestamp: nonce + 1n }), { sentAt: t1, nonce }, t1 + seconds(0.4)), {
      kind: 'ignored',
      reason: 'origin-mismatch',
      length: 48,
    });
  });

  it('ignores short packets, other modes, unknown versions and negative delays', () => {
    const request = { sentAt: t1, nonce };
    const kinds = [
      interpretReply(new Uint8Array(20), request, t1),
      interpretReply(reply({ mode: 3 }), request, t1),
      interpretReply(reply({ version: 0 }), request, t1),
      interpretReply(reply({ version: 5 }), request, t1),
      interpretReply(reply({ transmitTimestamp: toWireTimestamp(t1 + seconds(3)) }), request, t1 + seconds(0.4)),
    ].map((r) => (r.kind === 'ignored' ? r.reason : r.kind));
    assert.deepEqual(kinds, ['short', 'not-server-mode', 'bad-version', 'bad-version', 'negative-delay']);
  });

  it('takes RATE, DENY and RSTR as kisses even without timestamps, but only with our nonce', () => {
    const kiss = (code: string, origin = nonce): string => {
      const r = interpretReply(
        encodePacket(serverPacket({ stratum: 0, referenceId: Uint8Array.from(Buffer.from(code)), originTimestamp: origin })),
        { sentAt: t1, nonce },
        t1,
      );
      return r.kind === 'kiss' ? `kiss ${r.code}` : r.kind === 'ignored' ? r.reason : r.kind;
    };
    assert.deepEqual(
      [kiss('RATE'), kiss('DENY'), kiss('RSTR'), kiss('INIT'), kiss('DENY', 7n)],
      ['kiss RATE', 'kiss DENY', 'kiss RSTR', 'no-time', 'origin-mismatch'],
    );
  });
});
