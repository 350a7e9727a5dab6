import * as assert from 'node:assert/strict';
import { parseConfig } from '../../../server/src/formats/ntpconf/parser/parseConfig';
import { formatEndpoint, formatMilliseconds } from '../../../verify/src/format';
import { parseHostArgument } from '../../../verify/src/targets';
import { verificationSubject } from '../../../server/src/features/verificationSubject';

describe('probe targets', () => {
  it('parses host, host:port, [v6]:port, [v6] and bare IPv6 arguments', () => {
    assert.deepEqual(['time.bora.net', 'ntp.example:11123', '127.0.0.1:123', '[::1]:11123', '[2001:db8::1]', '2001:db8::2', 'fe80::1'].map(parseHostArgument), [
      { ok: true, host: 'time.bora.net', port: 123 },
      { ok: true, host: 'ntp.example', port: 11123 },
      { ok: true, host: '127.0.0.1', port: 123 },
      { ok: true, host: '::1', port: 11123 },
      { ok: true, host: '2001:db8::1', port: 123 },
      { ok: true, host: '2001:db8::2', port: 123 },
      { ok: true, host: 'fe80::1', port: 123 },
    ]);
  });

  it('rejects bad ports, bracketed non-IPv6, and words that are no host', () => {
    const errors = ['host:0', 'host:65536', 'host:x', '[10.0.0.1]:123', 'a b', '$(reboot)', 'host:'].map((a) => parseHostArgument(a).ok);
    assert.deepEqual(errors, [false, false, false, false, false, false, false]);
  });

  it('collects chrony sources with their port and address columns, and explains the skipped refclock', () => {
    const config = parseConfig(
      ['server 127.0.0.1 port 11123 iburst', 'pool 2.pool.ntp.org iburst', 'refclock SHM 0 refid GPS', 'peer 10.0.0.2', 'server ntp.example PORT 99999'].join(
        '\n',
      ),
      'chrony',
    );
    const { targets, skipped } = verificationSubject(config, 'chrony.conf');
    assert.deepEqual(targets, [
      {
        label: '127.0.0.1',
        host: '127.0.0.1',
        port: 11123,
        addresses: 'first',
        source: { file: 'chrony.conf', line: 0, start: 7, end: 16, directive: 'server' },
      },
      {
        label: '2.pool.ntp.org',
        host: '2.pool.ntp.org',
        port: 123,
        addresses: 'all',
        source: { file: 'chrony.conf', line: 1, start: 5, end: 19, directive: 'pool' },
      },
      { label: '10.0.0.2', host: '10.0.0.2', port: 123, addresses: 'first', source: { file: 'chrony.conf', line: 3, start: 5, end: 13, directive: 'peer' } },
    ]);
    assert.deepEqual(
      skipped.map((s) => [s.line, s.start, s.end, s.text]),
      [
        [2, 0, 12, 'refclock SHM'],
        [4, 7, 18, 'ntp.example'],
      ],
    );
    assert.match(skipped[0]!.reason.en, /reference clock .* not over the network/);
    assert.match(skipped[1]!.reason.ko, /port 옵션/);
  });

  it('skips ntpd 127.127.t.u refclocks with driver and unit, honours -4/-6, and never uses a port option', () => {
    const config = parseConfig(
      ['server 127.127.28.0', 'fudge 127.127.28.0 refid GPS', 'server -6 ntp.example iburst', 'pool -4 pool.example'].join('\n'),
      'ntpd',
    );
    const { targets, skipped } = verificationSubject(config);
    assert.deepEqual(
      targets.map((t) => [t.host, t.port, t.family, t.addresses]),
      [
        ['ntp.example', 123, 6, 'first'],
        ['pool.example', 123, 4, 'all'],
      ],
    );
    assert.deepEqual(
      skipped.map((s) => s.text),
      ['127.127.28.0'],
    );
    assert.match(skipped[0]!.reason.en, /driver 28, unit 0/);
  });

  it('formats endpoints and milliseconds the way the table prints them', () => {
    assert.deepEqual(
      [formatEndpoint('192.0.2.1', 123), formatEndpoint('192.0.2.1', 11123), formatEndpoint('::1', 123), formatEndpoint('::1', 11123)],
      ['192.0.2.1', '192.0.2.1:11123', '::1', '[::1]:11123'],
    );
    assert.deepEqual(
      [formatMilliseconds(0.0123, true), formatMilliseconds(-12.345, true), formatMilliseconds(523.12), formatMilliseconds(12_345)],
      ['+0.012 ms', '-12.35 ms', '523.1 ms', '12.345 s'],
    );
  });
});
