import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits } from '../../server/src/engine/codeActions';
import { CHRONY_RULES } from '../../server/src/rules/chrony';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/core/settings';
import { validateText } from '../../server/src/engine/validate';
import type { Dialect } from '../../server/src/core/dialect';
import { codesByLine } from '../support/lint';

const CHRONY_CODES = new Set(CHRONY_RULES.map((rule) => rule.meta.code));

/** Only this group's findings, so other rule groups landing later cannot change these expectations. */
function chronyFindings(text: string, dialect: Dialect = 'chrony', settings: Partial<Settings> = {}): [number, string][] {
  return codesByLine(text, dialect, settings).filter(([, code]) => CHRONY_CODES.has(code));
}

function findingsOf(text: string, code: string) {
  return validateText(text, 'chrony', DEFAULT_SETTINGS).findings.filter((f) => f.code === code);
}

/** The text after applying the preferred fixes of one rule's findings. */
function fixed(text: string, code: string): string {
  return TextDocument.applyEdits(TextDocument.create('file:///chrony.conf', 'chrony-conf', 1, text), fixAllEdits(findingsOf(text, code)));
}

function fixTitles(text: string, code: string): [string, boolean][] {
  return (findingsOf(text, code)[0]?.fixes ?? []).map((fix) => [fix.title.en, fix.preferred === true]);
}

const COMPLETE = 'pool 2.kr.pool.ntp.org iburst\ndriftfile /var/lib/chrony/drift\nmakestep 1 3\nrtcsync\n';

describe('chrony rules', () => {
  it('a complete minimal client (the FAQ example) is clean', () => {
    assert.deepEqual(chronyFindings(COMPLETE), []);
  });

  it('never run for the ntp family, where the same words mean other things', () => {
    const text = 'server 127.127.1.0\nserver 10.0.0.1 iburst\n';
    for (const dialect of ['ntpd', 'ntpsec', 'xntpd'] as const) assert.deepEqual(chronyFindings(text, dialect), [], dialect);
  });

  describe('missing-makestep', () => {
    it('fires once, on line 1 (a finding about the whole file), when there is a source (server, pool, peer, refclock or sourcedir)', () => {
      assert.deepEqual(chronyFindings('driftfile /var/lib/chrony/drift\nrefclock SHM 0\npool a.example iburst\nrtcsync\n'), [[0, 'missing-makestep']]);
      assert.deepEqual(chronyFindings('sourcedir /run/chrony-dhcp\nrtcsync\n'), [[0, 'missing-makestep']]);
    });

    it('is silent with initstepslew, with no time source, or when include/confdir may hold makestep', () => {
      assert.deepEqual(chronyFindings('initstepslew 30 a.example\nserver a.example iburst\nrtcsync\n'), []);
      assert.deepEqual(chronyFindings('local stratum 10\nallow 10.0.0.0/8\n'), []);
      assert.deepEqual(chronyFindings('pool a.example iburst\nconfdir /etc/chrony/conf.d\n'), []);
      assert.deepEqual(chronyFindings('pool a.example iburst\ninclude /etc/chrony/extra.conf\n'), []);
    });

    it('is case-insensitive like chronyd', () => {
      assert.deepEqual(chronyFindings('POOL a.example iburst\nMakeStep 1 3\nRTCSYNC\n'), []);
    });

    it('adds the line after driftfile, else after the last source, also without a final newline', () => {
      assert.equal(
        fixed('server a.example iburst\ndriftfile /d\nrtcsync\n', 'missing-makestep'),
        'server a.example iburst\ndriftfile /d\nmakestep 1 3\nrtcsync\n',
      );
      assert.equal(
        fixed('rtcsync\nserver a.example iburst\nserver b.example iburst', 'missing-makestep'),
        'rtcsync\nserver a.example iburst\nserver b.example iburst\nmakestep 1 3',
      );
    });
  });

  describe('makestep-unlimited', () => {
    it('fires on a negative limit, looking only at the last makestep (the one chronyd uses)', () => {
      assert.deepEqual(chronyFindings('pool a.example iburst\nmakestep 1 -1\nrtcsync\n'), [[1, 'makestep-unlimited']]);
      assert.deepEqual(chronyFindings('pool a.example iburst\nmakestep 1 -1\nmakestep 1 3\nrtcsync\n'), []);
      assert.deepEqual(chronyFindings('pool a.example iburst\nmakestep 1 3\nmakestep 0.1 -1\nrtcsync\n'), [[2, 'makestep-unlimited']]);
    });

    it('is silent when maxchange bounds every update, and on values the syntax check owns', () => {
      assert.deepEqual(chronyFindings('pool a.example iburst\nmakestep 1 -1\nmaxchange 1000 1 2\nrtcsync\n'), []);
      assert.deepEqual(chronyFindings('pool a.example iburst\nmakestep 1 x\nrtcsync\n'), []);
    });

    it('names the values from the line in the message', () => {
      assert.match(
        findingsOf('pool a.example iburst\nmakestep 0.5 -1\nrtcsync\n', 'makestep-unlimited')[0]?.message.en ?? '',
        /`makestep 0\.5 -1`.*`makestep 0\.5 3`/,
      );
    });
  });

  describe('rtcsync-with-rtcfile', () => {
    const both = 'pool a.example iburst\nmakestep 1 3\nRTCSYNC\nrtcfile /var/lib/chrony/rtc\n';

    it('fires on rtcfile when rtcsync is also set, in any case', () => {
      assert.deepEqual(chronyFindings(both), [[3, 'rtcsync-with-rtcfile']]);
    });

    it('prefers removing rtcfile, but removes rtcsync when rtcautotrim shows RTC tracking is wanted', () => {
      assert.deepEqual(fixTitles(both, 'rtcsync-with-rtcfile'), [
        ['Remove rtcfile (keep rtcsync)', true],
        ['Remove rtcsync (keep rtcfile)', false],
      ]);
      assert.equal(fixed(both, 'rtcsync-with-rtcfile'), 'pool a.example iburst\nmakestep 1 3\nRTCSYNC\n');
      const tracking = 'pool a.example iburst\nrtcsync\nrtcfile /var/lib/chrony/rtc\nrtcautotrim 30\n';
      assert.equal(fixed(tracking, 'rtcsync-with-rtcfile'), 'pool a.example iburst\nrtcfile /var/lib/chrony/rtc\nrtcautotrim 30\n');
    });

    it('deletes a last line that has no newline without leaving an empty line', () => {
      assert.equal(fixed('pool a.example iburst\nrtcsync\nrtcfile /r', 'rtcsync-with-rtcfile'), 'pool a.example iburst\nrtcsync');
    });
  });

  describe('rtconutc-with-rtcsync', () => {
    it('is a hint on rtconutc next to rtcsync, without a fix', () => {
      const findings = findingsOf('pool a.example iburst\nmakestep 1 3\nrtcsync\nrtconutc\n', 'rtconutc-with-rtcsync');
      assert.deepEqual(
        findings.map((f) => [f.range.start.line, f.severity, f.fixes]),
        [[3, 4, undefined]],
      );
    });

    it('is silent with rtcfile (where rtconutc matters) and leaves rtcsync+rtcfile to the error', () => {
      assert.deepEqual(chronyFindings('pool a.example iburst\nmakestep 1 3\nrtcfile /r\nrtconutc\n'), []);
      assert.deepEqual(chronyFindings('pool a.example iburst\nmakestep 1 3\nrtcsync\nrtcfile /r\nrtconutc\n'), [[3, 'rtcsync-with-rtcfile']]);
    });
  });

  describe('missing-rtc-sync', () => {
    it('fires on line 1 when neither rtcsync nor rtcfile is set', () => {
      assert.deepEqual(chronyFindings('driftfile /d\npool a.example iburst\nmakestep 1 3\n'), [[0, 'missing-rtc-sync']]);
      assert.deepEqual(chronyFindings('pool a.example iburst\nmakestep 1 3\nrtcfile /var/lib/chrony/rtc\n'), []);
      assert.deepEqual(chronyFindings('pool a.example iburst\nmakestep 1 3\nconfdir /etc/chrony/conf.d\n'), []);
    });

    it('adds rtcsync after makestep, or as the last line keeping the final newline as it was', () => {
      assert.equal(fixed('pool a.example iburst\nmakestep 1 3\nlogdir /l\n', 'missing-rtc-sync'), 'pool a.example iburst\nmakestep 1 3\nrtcsync\nlogdir /l\n');
      assert.equal(fixed('pool a.example iburst\n', 'missing-rtc-sync'), 'pool a.example iburst\nrtcsync\n');
      assert.equal(fixed('pool a.example iburst', 'missing-rtc-sync'), 'pool a.example iburst\nrtcsync');
    });

    it('fix-all adds both makestep and rtcsync to a bare client, leaving nothing for this group', () => {
      const bare = 'pool a.example iburst\ndriftfile /d\n';
      const { findings } = validateText(bare, 'chrony', DEFAULT_SETTINGS);
      const result = TextDocument.applyEdits(
        TextDocument.create('file:///c', 'chrony-conf', 1, bare),
        fixAllEdits(findings.filter((f) => CHRONY_CODES.has(f.code))),
      );
      assert.equal(result, 'pool a.example iburst\ndriftfile /d\nmakestep 1 3\nrtcsync\n');
      assert.deepEqual(chronyFindings(result), []);
    });
  });

  describe('maxdistance-high', () => {
    it('fires above the default 3 s on the value, only for the last line', () => {
      assert.deepEqual(chronyFindings(`${COMPLETE}maxdistance 3\n`), []);
      assert.deepEqual(chronyFindings(`${COMPLETE}maxdistance 16.0\n`), [[4, 'maxdistance-high']]);
      assert.deepEqual(chronyFindings(`${COMPLETE}maxdistance 16\nmaxdistance 1\n`), []);
      assert.deepEqual(chronyFindings(`${COMPLETE}maxdistance 1e\n`), []);
      assert.equal(findingsOf(`${COMPLETE}maxdistance 16.0\n`, 'maxdistance-high')[0]?.range.start.character, 12);
    });
  });

  describe('ntpd-syntax-in-chrony', () => {
    it('fires on server/peer 127.127.T.U but not on real loopback addresses', () => {
      const text = `${COMPLETE}server 127.127.1.0\npeer 127.127.28.1\nserver 127.0.0.1 iburst\n`;
      assert.deepEqual(chronyFindings(text), [
        [4, 'ntpd-syntax-in-chrony'],
        [5, 'ntpd-syntax-in-chrony'],
      ]);
    });

    it('rewrites LOCAL as `local stratum 10` and SHM as `refclock SHM N` (world-writable above unit 1, like ntpd)', () => {
      const text = `${COMPLETE}server 127.127.1.0 prefer\nserver 127.127.28.0 minpoll 4\nserver 127.127.28.2\n`;
      assert.equal(fixed(text, 'ntpd-syntax-in-chrony'), `${COMPLETE}local stratum 10\nrefclock SHM 0\nrefclock SHM 2:perm=0666\n`);
    });

    it('deletes a LOCAL line when `local` exists (or an earlier LOCAL line already becomes one)', () => {
      assert.equal(fixed(`${COMPLETE}local stratum 8\nserver 127.127.1.0\n`, 'ntpd-syntax-in-chrony'), `${COMPLETE}local stratum 8\n`);
      assert.equal(fixed(`${COMPLETE}server 127.127.1.0\nserver 127.127.1.1\n`, 'ntpd-syntax-in-chrony'), `${COMPLETE}local stratum 10\n`);
    });

    it('offers the PPS rewrite without applying it (chronyd exits if the device is missing), and no rewrite for other drivers', () => {
      assert.deepEqual(fixTitles(`${COMPLETE}server 127.127.22.0\n`, 'ntpd-syntax-in-chrony'), [
        ['Replace with refclock PPS /dev/pps0', false],
        ['Delete this line', false],
      ]);
      assert.deepEqual(fixTitles(`${COMPLETE}server 127.127.20.0\n`, 'ntpd-syntax-in-chrony'), [['Delete this line', false]]);
      assert.equal(fixed(`${COMPLETE}server 127.127.22.0\n`, 'ntpd-syntax-in-chrony'), `${COMPLETE}server 127.127.22.0\n`);
    });
  });
});
