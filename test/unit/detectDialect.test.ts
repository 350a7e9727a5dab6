import * as assert from 'node:assert/strict';
import { detectDialect } from '../../server/src/formats/detectDialect';

const dialectOf = (input: Parameters<typeof detectDialect>[0]) => detectDialect(input).dialect;

describe('dialect detection', () => {
  it('uses the language and file name for the family', () => {
    assert.equal(dialectOf({ text: 'server a', languageId: 'chrony-conf' }), 'chrony');
    assert.equal(dialectOf({ text: 'server a', path: '/etc/chrony/sources.d/lan.sources' }), 'chrony');
    assert.equal(dialectOf({ text: 'server a iburst', path: '/etc/ntp.conf' }), 'ntpd');
  });

  it('reads the path: Solaris /etc/inet without NTPv4 syntax is xntpd, /etc/ntpsec is NTPsec', () => {
    assert.equal(dialectOf({ text: 'server 10.0.0.1 prefer', path: '/etc/inet/ntp.conf' }), 'xntpd');
    assert.equal(dialectOf({ text: 'server 10.0.0.1 iburst', path: '/etc/inet/ntp.conf' }), 'ntpd');
    assert.equal(dialectOf({ text: 'server a', path: '/etc/ntpsec/ntp.conf' }), 'ntpsec');
  });

  it('reads the content: tracefile is AIX xntpd, nts and refclock names are NTPsec, chrony-only words are chrony', () => {
    assert.equal(dialectOf({ text: 'server a\ntracefile /tmp/x\n', path: 'ntp.conf' }), 'xntpd');
    assert.equal(dialectOf({ text: 'server a nts\n', path: 'ntp.conf' }), 'ntpsec');
    assert.equal(dialectOf({ text: 'refclock shm unit 0\n', path: 'ntp.conf' }), 'ntpsec');
    assert.equal(dialectOf({ text: 'pool a iburst\nmakestep 1 3\n', path: 'time.cfg' }), 'chrony');
  });

  it("counts chrony-only source options, and refclock SHM as chrony only in chrony's own case (strcmp)", () => {
    assert.equal(dialectOf({ text: 'server 10.0.0.1 iburst port 11123\n', path: 'time.cfg' }), 'chrony');
    assert.equal(dialectOf({ text: 'server 10.0.0.1 iburst minsamples 4\n', path: 'time.cfg' }), 'chrony');
    assert.equal(dialectOf({ text: 'refclock SHM 0 refid GPS\n', path: 'time.cfg' }), 'chrony');
    assert.equal(dialectOf({ text: 'refclock shm unit 0\n', path: 'time.cfg' }), 'ntpsec');
    assert.equal(dialectOf({ text: 'server 10.0.0.1 iburst\n', path: 'time.cfg' }), 'ntpd');
  });

  it('reads a head of blank lines or one huge word in linear time (was 24 s and 5 s: \\s* ran across lines)', () => {
    assert.equal(dialectOf({ text: `${'\n'.repeat(100_000)}makestep 1 3\n`, path: 'time.cfg' }), 'ntpd');
    assert.equal(dialectOf({ text: `${' \t\n'.repeat(30_000)}server a`, path: 'time.cfg' }), 'ntpd');
    assert.equal(dialectOf({ text: `server ${'a'.repeat(100_000)} iburst\n`, path: 'ntp.conf' }), 'ntpd');
    assert.equal(dialectOf({ text: '\tserver  a  nts\n', path: 'ntp.conf' }), 'ntpsec');
    assert.equal(dialectOf({ text: 'server time.nts.example\n', path: 'ntp.conf' }), 'ntpd');
  });

  it('lets a modeline, then the setting, then a per-file choice win', () => {
    const text = '# ntpconf: dialect=xntpd\nserver a iburst\n';
    assert.equal(dialectOf({ text, path: '/etc/ntp.conf' }), 'xntpd');
    assert.equal(dialectOf({ text: 'server a', path: '/etc/ntp.conf', setting: 'ntpsec' }), 'ntpsec');
    assert.equal(dialectOf({ text, path: '/etc/ntp.conf', override: 'ntpd' }), 'ntpd');
  });
});
