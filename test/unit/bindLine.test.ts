import * as assert from 'node:assert/strict';
import type { Dialect } from '../../server/src/core/dialect';
import { bindLine } from '../../server/src/formats/ntpconf/model/bindLine';
import { parseConfig } from '../../server/src/formats/ntpconf/parser/parseConfig';

function bound(dialect: Dialect, text: string) {
  const line = parseConfig(`${text}\n`, dialect).directives[0];
  assert.ok(line, text);
  return bindLine(line, dialect);
}

/** Each word's role, as `word:kind` (the option or argument name after a slash). */
function roles(dialect: Dialect, text: string): string[] {
  const { tokens, roles: found } = bound(dialect, text);
  return found.map((role, i) => {
    const name = role.kind === 'argument' ? `/${role.argument.name}` : 'option' in role ? `/${role.option.name}` : '';
    return `${tokens[i]?.text}:${role.kind}${name}`;
  });
}

describe('bindLine: one reading of a directive line', () => {
  it('reads chrony required arguments before options: in `refclock PPS` PPS is the driver, not the pps option', () => {
    assert.deepEqual(roles('chrony', 'refclock PPS /dev/pps0 lock NMEA prefer'), [
      'refclock:directive',
      'PPS:argument/driver',
      '/dev/pps0:argument/parameter',
      'lock:option/lock',
      'NMEA:optionValue/lock',
      'prefer:option/prefer',
    ]);
  });

  it('takes a word after a valued option as its value: `key iburst` is a key, not iburst', () => {
    const line = bound('chrony', 'server ntp.example key iburst');
    assert.equal(line.option('iburst'), undefined);
    assert.equal(line.option('key')?.value?.text, 'iburst');
  });

  it('gives the last occurrence of an option with its value, as the daemons apply it', () => {
    const line = bound('ntpd', 'fudge 127.127.1.0 stratum 5 stratum 10');
    assert.equal(line.option('stratum')?.value?.text, '10');
    assert.deepEqual(line.optionInteger('stratum')?.value, 10);
  });

  it('knows options by their catalog name whatever case chrony was given', () => {
    assert.equal(bound('chrony', 'SERVER ntp.example IBURST MinPoll 4').optionInteger('minpoll')?.value, 4);
  });

  it("marks a valued option at the end of the line, a missing argument, and another dialect's option", () => {
    assert.equal(bound('ntpd', 'server ntp.example minpoll').option('minpoll')?.value, undefined);
    assert.equal(bound('chrony', 'driftfile').missingArgument?.name, 'file');
    assert.deepEqual(roles('ntpd', 'server ntp.example bias 0.5').slice(2), ['bias:foreignOption/bias', '0.5:foreignOptionValue/bias']);
  });

  it('marks chrony options whose case it compares exactly', () => {
    assert.deepEqual(roles('chrony', 'log Tracking').slice(1), ['Tracking:wrongCaseOption/tracking']);
  });

  it('shares one reading between lines that read alike', () => {
    const config = parseConfig('server a.example iburst\nserver b.example iburst\n', 'chrony');
    const [first, second] = config.directives.map((line) => bindLine(line, 'chrony'));
    assert.equal(first?.roles, second?.roles);
    assert.equal(second?.tokens[1]?.text, 'b.example');
  });

  it("keeps each dialect's reading of a bare directive: NTPsec accepts `driftfile` alone, chrony needs the file", () => {
    assert.equal(bound('chrony', 'driftfile').missingArgument?.name, 'file');
    assert.equal(bound('ntpsec', 'driftfile').missingArgument, undefined);
    assert.equal(bound('chrony', 'driftfile').missingArgument?.name, 'file');
  });
});
