import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { SYNTAX_CODES } from '../../server/src/rules/syntax/syntax';
import { validateText } from '../../server/src/engine/validate';
import { mutants } from './chronyd';
import { ntpsecNtpd, ntpsecSyntaxErrorLines } from './ntpsec';

// Lines an NTPsec admin writes (Debian's default ntp.conf and the usual additions), all valid for NTPsec 1.2.
const VALID_LINES = [
  'driftfile /var/lib/ntpsec/ntp.drift',
  'tos maxclock 11',
  'tos minclock 4 minsane 3',
  'pool 0.debian.pool.ntp.org iburst',
  'server 10.0.0.1 iburst minpoll 4 maxpoll 10 prefer',
  'server -4 10.0.0.2 iburst',
  'restrict default kod nomodify nopeer noquery limited',
  'restrict -6 default kod limited nomodify noquery',
  'restrict 127.0.0.1',
  'restrict 192.168.0.0 mask 255.255.0.0 nomodify',
  'restrict 10.0.0.0/8 noquery',
  'refclock shm unit 0 refid GPS time1 0.5',
  'server 127.127.28.1',
  'fudge 127.127.28.1 stratum 10 refid SHM',
  'statistics loopstats peerstats clockstats',
  'statsdir /var/log/ntpsec/',
  'filegen loopstats file loopstats type day enable',
  'enable stats',
  'disable monitor',
  'tinker panic 0',
  'mru maxdepth 1024',
  'trustedkey 1 2',
  'controlkey 1',
  'logconfig =syncall +clockall',
];
const SEPARATOR = 'restrict ::1';
const SYNTAX = new Set<string>(SYNTAX_CODES);

describe('agreement with NTPsec ntpd (its parser reports every error)', function () {
  this.timeout(60000);
  const ntpd = ntpsecNtpd();

  it('every valid line, and every mutant of it, gets the same verdict from ntpd and from us', () => {
    const base = VALID_LINES.join('\n');
    const cases = [...VALID_LINES, ...mutants(base).map((m) => m.text.split('\n')[m.line - 1] as string)];
    // One file: each case between two good lines, so yacc's error recovery cannot merge two errors.
    const fileLines = cases.flatMap((line) => [line, SEPARATOR]);
    const text = fileLines.join('\n') + '\n';
    const theirs = ntpsecSyntaxErrorLines(ntpd, text);
    const ours = new Set(
      validateText(text, 'ntpsec', DEFAULT_SETTINGS)
        .findings.filter((f) => f.severity === 1 && SYNTAX.has(f.code))
        .map((f) => f.range.start.line + 1),
    );
    const disagreements: string[] = [];
    fileLines.forEach((line, index) => {
      const number = index + 1;
      if (theirs.has(number) !== ours.has(number))
        disagreements.push(`line ${number} \`${line}\`: ntpd ${theirs.has(number) ? 'rejects' : 'accepts'}, we ${ours.has(number) ? 'reject' : 'accept'}`);
    });
    const rejected = [...theirs].length;
    console.log(`      ${cases.length} lines: NTPsec rejected ${rejected}; we agree on ${cases.length - disagreements.length}/${cases.length}`);
    assert.ok(rejected > 20, `too few rejected lines (${rejected}) to mean anything`);
    assert.deepEqual(disagreements, []);
  });
});
