// The parsers of Check Host on real chronyc and ntpq outputs from this machine kind, and on constructed w32tm ones.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chronycCannotTalk, parseChronySources, parseChronyTracking, parseLastRx } from '../../../../verify/src/host/parseChronyc';
import { parseDetection, parseTimedatectl } from '../../../../verify/src/host/parseHostTools';
import { leapFromBits, ntpFlavor, parseNtpqPeers, parseNtpqTracking, parseNtpqVariables } from '../../../../verify/src/host/parseNtpq';
import { parseW32tmPeers, parseW32tmStatus } from '../../../../verify/src/host/parseW32tm';
import type { DaemonSource } from '../../../../verify/src/host/types';

const FIXTURES = path.resolve(__dirname, '../../../../../test/fixtures/host');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

/** The columns a user reads first, rounded so floating point noise does not matter. */
function brief(s: DaemonSource): unknown[] {
  const round = (v: number | null): number | null => (v === null ? null : Math.round(v * 1e6) / 1e6);
  return [s.tally, s.state, s.mode, s.address, s.stratum, s.pollSeconds, s.reach, s.lastRxSeconds, round(s.offsetMs)];
}

const NO_SAMPLE = { refid: null, delayMs: null, jitterMs: null };

describe('Check Host parsers', () => {
  describe('chronyc', () => {
    it('reads the one row of `chronyc -n sources -v` under its legend, with ns offsets', () => {
      assert.deepEqual(parseChronySources(fixture('chronyc-sources-v.txt')), [
        {
          tally: '*',
          state: 'selected',
          mode: 'server',
          address: '127.0.0.1',
          stratum: 8,
          pollSeconds: 1,
          reach: 0o377,
          lastRxSeconds: 1,
          offsetMs: 0.000121,
          measuredOffsetMs: 0.000178,
          errorMs: 0.002686,
          ...NO_SAMPLE,
        },
      ]);
    });

    it('reads a refclock nobody feeds, the selected server and an unreachable IPv6 source (no sample: no offset)', () => {
      assert.deepEqual(parseChronySources(fixture('chronyc-sources-refclock-unreachable.txt')).map(brief), [
        ['?', 'unusable', 'refclock', 'GPS', 0, 1, 0, null, null],
        ['*', 'selected', 'server', '127.0.0.1', 8, 1, 0o377, 0, 0.00008],
        ['?', 'unusable', 'server', '::1', 0, 1, 0, null, null],
      ]);
    });

    it('reads every tally code, peers, negative polls, and offsets in us, ms and s, with the sign turned to "source ahead"', () => {
      const output = [
        'MS Name/IP address         Stratum Poll Reach LastRx Last sample',
        '===============================================================================',
        '^+ 192.0.2.1                    2  -2    17    33m   +15us[  +20us] +/-  123us',
        '^- 192.0.2.2                    2  10   377    2h    -1234ms[-1233ms] +/-   45ms',
        '=x 192.0.2.3                    3   6   376    5d      +12s[  +12s] +/-  100ms',
        '^~ 2001:db8::1                  1   6     1   1199    -3us[   -3us] +/- 8us',
      ].join('\n');
      assert.deepEqual(parseChronySources(output).map(brief), [
        ['+', 'combined', 'server', '192.0.2.1', 2, 0.25, 0o17, 1980, -0.015],
        ['-', 'not-combined', 'server', '192.0.2.2', 2, 1024, 0o377, 7200, 1234],
        ['x', 'falseticker', 'peer', '192.0.2.3', 3, 64, 0o376, 432_000, -12_000],
        ['~', 'too-variable', 'server', '2001:db8::1', 1, 64, 1, 1199, 0.003],
      ]);
      assert.deepEqual(['-', '7y', 'x'].map(parseLastRx), [null, 7 * 31_536_000, null]);
    });

    it('reads `chronyc -n tracking`: reference, offsets with their sign, frequency and leap status', () => {
      assert.deepEqual(parseChronyTracking(fixture('chronyc-tracking.txt')), {
        referenceId: '7F000001',
        referenceName: '127.0.0.1',
        stratum: 9,
        systemOffsetMs: 0.001042,
        lastOffsetMs: -0.000057,
        rmsOffsetMs: 0.000161,
        frequencyPpm: 0.003,
        rootDelayMs: 0.005302,
        rootDispersionMs: 0.002461,
        updateIntervalSeconds: 1,
        leap: 'normal',
        leapText: 'Normal',
        version: null,
      });
    });

    it('reads an unsynchronised tracking report as slow, stratum 0, empty reference, not synchronized', () => {
      const t = parseChronyTracking(fixture('chronyc-tracking-unsynchronised.txt'))!;
      assert.deepEqual(
        [t.referenceId, t.referenceName, t.stratum, t.systemOffsetMs, t.frequencyPpm, t.leap, t.leapText],
        ['00000000', null, 0, -0.000002, -0.009, 'unsynchronized', 'Not synchronised'],
      );
    });

    it('tells chronyc errors from output', () => {
      assert.equal(parseChronyTracking('Could not open connection to daemon\n'), null);
      assert.deepEqual(['Could not open connection to daemon', '506 Cannot talk to daemon', 'Reference ID : 7F000001'].map(chronycCannotTalk), [
        true,
        true,
        false,
      ]);
    });
  });

  describe('ntpq', () => {
    it('reads NTPsec `ntpq -pn` with its offsets as printed (source ahead: positive)', () => {
      assert.deepEqual(parseNtpqPeers(fixture('ntpsec-ntpq-pn.txt')), [
        {
          tally: '*',
          state: 'selected',
          mode: 'server',
          address: '10.123.0.1',
          refid: '127.127.1.1',
          stratum: 7,
          pollSeconds: 1,
          reach: 1,
          lastRxSeconds: null,
          offsetMs: 0.0191,
          measuredOffsetMs: null,
          errorMs: null,
          delayMs: 0.0604,
          jitterMs: 0.0359,
        },
      ]);
    });

    it('reads classic `ntpq -pn`: pool placeholder, LOCAL refclock, every tally, and a wrapped IPv6 remote', () => {
      assert.deepEqual(parseNtpqPeers(fixture('ntpd-classic-ntpq-pn.txt')).map(brief), [
        [' ', 'rejected', 'pool', '0.debian.pool.n', 16, 64, 0, null, 0],
        [' ', 'rejected', 'refclock', '127.127.1.0', 10, 64, 0, 3480, 0],
        ['*', 'selected', 'server', '203.0.113.10', 1, 64, 0o377, 33, -0.318],
        ['+', 'candidate', 'server', '198.51.100.7', 2, 64, 0o377, 41, 0.512],
        ['-', 'outlier', 'server', '192.0.2.44', 3, 64, 0o377, 12, 4.221],
        ['x', 'falseticker', 'server', '192.0.2.99', 2, 64, 0o377, 20, 912.44],
        [' ', 'rejected', 'server', '192.0.2.200', 16, 1024, 0, null, 0],
        ['#', 'backup', 'server', '2001:db8::123', 1, 64, 0o177, 17, -0.12],
      ]);
    });

    it('reads NTPsec `ntpq -c rv`: leap bits, stratum, refid, offset and version', () => {
      const t = parseNtpqTracking(fixture('ntpsec-ntpq-rv.txt'))!;
      assert.deepEqual(
        [t.leap, t.leapText, t.stratum, t.referenceId, t.systemOffsetMs, t.rootDelayMs, t.rootDispersionMs, t.version, ntpFlavor(t.version)],
        ['normal', '00', 8, '10.123.0.1', -0.022468, 0.059, 937.573, 'ntpd ntpsec-1.2.2', 'ntpsec'],
      );
    });

    it('reads classic `ntpq -c rv`, keeping commas inside quoted values', () => {
      const output = fixture('ntpd-classic-ntpq-rv.txt');
      const t = parseNtpqTracking(output)!;
      assert.deepEqual(
        [t.leap, t.stratum, t.referenceId, t.systemOffsetMs, t.frequencyPpm, ntpFlavor(t.version)],
        ['normal', 2, '203.0.113.10', 0.318212, -12.345, 'ntpd'],
      );
      assert.equal(parseNtpqVariables(output).get('version'), 'ntpd 4.2.8p15@1.3728-o Wed Sep 23 11:46:38 UTC 2020 (1)');
      assert.deepEqual(['00', '01', '10', '11', '3', 'zz', undefined].map(leapFromBits), [
        'normal',
        'insert',
        'delete',
        'unsynchronized',
        'unsynchronized',
        null,
        null,
      ]);
    });

    it('finds nothing in ntpq errors', () => {
      assert.deepEqual(parseNtpqPeers('localhost: timed out, nothing received\n***Request timed out\n'), []);
      assert.equal(parseNtpqTracking('ntpq: read: Connection refused\n'), null);
    });
  });

  describe('w32tm (constructed from the documented format)', () => {
    it('reads /query /status of a domain member, dropping the ",0x9" flags from the source', () => {
      const t = parseW32tmStatus(fixture('w32tm-status.txt'))!;
      assert.deepEqual(
        [t.leap, t.leapText, t.stratum, t.referenceId, t.referenceName, t.rootDelayMs, t.rootDispersionMs, t.updateIntervalSeconds],
        ['normal', '0(no warning)', 4, 'C0A80001', 'dc01.corp.example.com', 31.25, 7790.2343, 1024],
      );
    });

    it('reads an unsynchronized status', () => {
      const t = parseW32tmStatus(fixture('w32tm-status-unsynchronized.txt'))!;
      assert.deepEqual([t.leap, t.stratum, t.referenceName], ['unsynchronized', 0, 'Free-running System Clock']);
    });

    it('reads translated labels by position', () => {
      const english = fixture('w32tm-status.txt').split('\r\n');
      const translated = english.map((line, i) => line.replace(/^[^:]+:/, `필드${i}:`)).join('\r\n');
      assert.deepEqual(parseW32tmStatus(translated), parseW32tmStatus(fixture('w32tm-status.txt')));
    });

    it('reads /query /peers, marking the status source as selected', () => {
      assert.deepEqual(parseW32tmPeers(fixture('w32tm-peers.txt'), 'dc01.corp.example.com').map(brief), [
        ['*', 'selected', 'server', 'dc01.corp.example.com', 3, 1024, null, null, null],
        ['', 'pending', 'unknown', 'time.windows.com', 0, null, null, null, null],
      ]);
    });

    it('finds nothing in a w32tm error', () => {
      assert.equal(parseW32tmStatus('The following error occurred: The service has not been started. (0x80070426)\r\n'), null);
      assert.deepEqual(parseW32tmPeers('The following error occurred: The service has not been started. (0x80070426)\r\n', null), []);
    });
  });

  describe('detection and timedatectl', () => {
    it('lists the tools `command -v` found and notices the POSIX marker', () => {
      assert.deepEqual(parseDetection('/usr/bin/chronyc\n/usr/bin/timedatectl\nntpconf:posix\n'), { posix: true, tools: ['chronyc', 'timedatectl'] });
      assert.deepEqual(parseDetection("'sh' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n"), {
        posix: false,
        tools: [],
      });
    });

    it('reads timedatectl, old and new labels', () => {
      const current = [
        '               Local time: Sun 2026-11-22 13:18:24 KST',
        '           Universal time: Sun 2026-11-22 04:18:24 UTC',
        '                 RTC time: Sun 2026-11-22 04:18:24',
        '                Time zone: Asia/Seoul (KST, +0900)',
        'System clock synchronized: yes',
        '              NTP service: active',
        '          RTC in local TZ: no',
      ].join('\n');
      assert.deepEqual(parseTimedatectl(current), { synchronized: true, ntpService: 'active', timeZone: 'Asia/Seoul (KST, +0900)', rtcInLocalTime: false });
      assert.deepEqual(parseTimedatectl('      Time zone: Etc/UTC (UTC, +0000)\n  Network time on: yes\n NTP synchronized: no\n'), {
        synchronized: false,
        ntpService: 'yes',
        timeZone: 'Etc/UTC (UTC, +0000)',
        rtcInLocalTime: null,
      });
      assert.equal(parseTimedatectl("System has not been booted with systemd as init system (PID 1). Can't operate.\n"), null);
    });
  });
});
