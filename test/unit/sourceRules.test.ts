import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Dialect } from '../../server/src/core/dialect';
import { fixAllEdits } from '../../server/src/engine/codeActions';
import { SOURCE_RULES } from '../../server/src/rules/sources';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/core/settings';
import { validateText } from '../../server/src/engine/validate';
import { codesByLine } from '../support/lint';

const SOURCE_CODES = new Set(SOURCE_RULES.map((rule) => rule.meta.code));

/** Only this group's findings, so other rule groups cannot change these expectations. */
function sourceFindings(text: string, dialect: Dialect, settings: Partial<Settings> = {}): [number, string][] {
  return codesByLine(text, dialect, settings)
    .filter(([, code]) => SOURCE_CODES.has(code))
    .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
}

function findingsOf(text: string, dialect: Dialect, code: string, settings: Partial<Settings> = {}) {
  return validateText(text, dialect, { ...DEFAULT_SETTINGS, ...settings }).findings.filter((f) => f.code === code);
}

function only(text: string, dialect: Dialect, code: string, settings: Partial<Settings> = {}): number[] {
  return findingsOf(text, dialect, code, settings).map((f) => f.range.start.line);
}

/** The text after applying the preferred fixes of one rule's findings. */
function fixed(text: string, dialect: Dialect, code: string): string {
  return TextDocument.applyEdits(TextDocument.create('file:///ntp.conf', 'plaintext', 1, text), fixAllEdits(findingsOf(text, dialect, code)));
}

function messages(text: string, dialect: Dialect, code: string, settings: Partial<Settings> = {}): string[] {
  return findingsOf(text, dialect, code, settings).map((f) => f.message.en);
}

const NTP_FAMILY: readonly Dialect[] = ['ntpd', 'ntpsec', 'xntpd'];

describe('source rules: the seed guides', () => {
  it('Solaris ntp.server as a guide lists it: duplicates, the LOCAL default stratum, no drift file', () => {
    const text = [
      'server 127.127.1.0',
      'server time.kriss.re.kr prefer',
      'server 127.127.1.0',
      'server gps.bora.net',
      'server ntp.ewha.net',
      'server time.bora.net',
      'server time.kriss.re.kr',
      '',
    ].join('\n');
    assert.deepEqual(sourceFindings(text, 'xntpd'), [
      [0, 'local-clock-stratum'],
      [0, 'missing-driftfile'],
      [2, 'duplicate-source'],
      [6, 'duplicate-source'],
    ]);
    const [stratum] = findingsOf(text, 'xntpd', 'local-clock-stratum');
    assert.equal(stratum?.message.en, 'The local clock `127.127.1.0` runs at stratum 3: clients may follow it. Set stratum 10.');
    assert.match(stratum?.detail?.en ?? '', /driver default, stratum 3: .* announces stratum 4/);
  });

  it('AIX server: `fudge 127.127.1.0 stratum 0` is a warning (xntpd runs it), one real server is too few', () => {
    const text = 'server 10.0.0.1 prefer\nserver 127.127.1.0\nfudge 127.127.1.0 stratum 0\ndriftfile /etc/ntp.drift\n';
    assert.deepEqual(sourceFindings(text, 'xntpd'), [
      [0, 'too-few-sources'],
      [2, 'local-clock-stratum'],
    ]);
    assert.equal(findingsOf(text, 'xntpd', 'local-clock-stratum')[0]?.severity, 2);
    assert.equal(fixed(text, 'xntpd', 'local-clock-stratum'), text.replace('stratum 0', 'stratum 10'));
  });

  it('two Korean servers and nothing else: too few sources, and the pool name belongs in a pool line', () => {
    const text = 'server kr.pool.ntp.org iburst\nserver time.bora.net iburst\ndriftfile /var/lib/ntp/ntp.drift\n';
    assert.deepEqual(sourceFindings(text, 'ntpd'), [
      [0, 'pool-as-server'],
      [0, 'too-few-sources'],
    ]);
    const [finding] = findingsOf(text, 'ntpd', 'too-few-sources');
    assert.match(finding?.message.en ?? '', /^Only 2 usable time sources \(`kr.pool.ntp.org`, `time.bora.net`\): add sources for at least 4\.$/);
    assert.match(finding?.detail?.en ?? '', /Add `pool kr\.pool\.ntp\.org iburst`/);
  });

  it('a stock pool configuration is clean (no minsources advice outside the hardened profile)', () => {
    const ubuntu = 'pool 0.ubuntu.pool.ntp.org iburst\npool 1.ubuntu.pool.ntp.org iburst\ndriftfile /var/lib/ntp/ntp.drift\n';
    assert.deepEqual(sourceFindings(ubuntu, 'ntpd'), []);
    assert.deepEqual(sourceFindings(ubuntu, 'ntpd', { profile: 'hardened' }), [[0, 'minsources-default']]);
  });
});

describe('local-clock-stratum', () => {
  it('warns below 10, at 0 and 1 too (the daemon runs the line), and accepts 10 or more', () => {
    const line = (stratum: number) => `server time.bora.net iburst\nserver 127.127.1.0\nfudge 127.127.1.0 stratum ${stratum}\n`;
    assert.deepEqual(
      findingsOf(line(1), 'ntpd', 'local-clock-stratum').map((f) => f.severity),
      [2],
    );
    assert.deepEqual(
      findingsOf(line(5), 'ntpd', 'local-clock-stratum').map((f) => f.severity),
      [2],
    );
    assert.deepEqual(only(line(10), 'ntpd', 'local-clock-stratum'), []);
    assert.deepEqual(only(line(12), 'ntpd', 'local-clock-stratum'), []);
  });

  it('reads the fudge wherever it is and takes the last stratum', () => {
    const text = 'fudge 127.127.1.0 stratum 3\nserver 127.127.1.0\nfudge 127.127.1.0 refid LCL stratum 10\n';
    assert.deepEqual(only(text, 'ntpd', 'local-clock-stratum'), []);
  });

  it('without a fudge stratum, adds one to an existing fudge line or a new line', () => {
    const withFudge = 'server 127.127.1.0\nfudge 127.127.1.0 refid LCL\n';
    assert.equal(fixed(withFudge, 'ntpd', 'local-clock-stratum'), 'server 127.127.1.0\nfudge 127.127.1.0 refid LCL stratum 10\n');
    assert.equal(fixed('server 127.127.1.1 # lan\n', 'ntpd', 'local-clock-stratum'), 'server 127.127.1.1 # lan\nfudge 127.127.1.1 stratum 10\n');
    assert.match(findingsOf('server 127.127.1.0\n', 'ntpd', 'local-clock-stratum')[0]?.detail?.en ?? '', /driver default, stratum 5/);
  });

  it('understands NTPsec `refclock local` and a fudge for its unit', () => {
    assert.deepEqual(only('refclock local unit 2\n', 'ntpsec', 'local-clock-stratum'), [0]);
    assert.deepEqual(only('refclock local unit 2\nfudge 127.127.1.2 stratum 10\n', 'ntpsec', 'local-clock-stratum'), []);
    assert.equal(fixed('refclock local\n', 'ntpsec', 'local-clock-stratum'), 'refclock local stratum 10\n');
  });

  it('chrony: only when real sources exist (an isolated network may use any stratum)', () => {
    assert.deepEqual(only('local stratum 3\nallow 10.0.0.0/8\n', 'chrony', 'local-clock-stratum'), []);
    assert.deepEqual(only('server 10.0.0.1 iburst\nLOCAL Stratum 3\n', 'chrony', 'local-clock-stratum'), [1]);
    assert.deepEqual(only('server 10.0.0.1 iburst\nlocal\n', 'chrony', 'local-clock-stratum'), []);
  });

  it('other reference clocks are not the local clock', () => {
    assert.deepEqual(only('server 127.127.28.0\nfudge 127.127.28.0 stratum 0\n', 'ntpd', 'local-clock-stratum'), []);
  });
});

describe('prefer and the local clock', () => {
  it('prefer-local-clock: on 127.127.1.x and NTPsec `refclock local`, not on other clocks', () => {
    assert.deepEqual(only('server 127.127.1.0 prefer\nserver 127.127.20.0 prefer\n', 'ntpd', 'prefer-local-clock'), [0]);
    const ntpsec = 'pool pool.ntp.org iburst\nrefclock local prefer stratum 10\n';
    assert.deepEqual(only(ntpsec, 'ntpsec', 'prefer-local-clock'), [1]);
    assert.equal(fixed(ntpsec, 'ntpsec', 'prefer-local-clock'), 'pool pool.ntp.org iburst\nrefclock local stratum 10\n');
  });

  it('prefer-local-clock: silent on an isolated server, where the local clock is the only source anyway', () => {
    assert.deepEqual(only('server 127.127.1.0 prefer\nfudge 127.127.1.0 stratum 10\n', 'xntpd', 'prefer-local-clock'), []);
  });

  it('multiple-prefer: ignores the local clock and PPS drivers, and never runs for chrony', () => {
    const text = 'server 10.0.0.1 iburst prefer\nserver 127.127.1.0 prefer\nserver 127.127.22.0 prefer\nrefclock pps prefer\nserver 10.0.0.2 iburst prefer\n';
    assert.deepEqual(only(text, 'ntpd', 'multiple-prefer'), [4]);
    assert.deepEqual(only('server a.example prefer\nserver b.example prefer\n', 'chrony', 'multiple-prefer'), []);
  });

  it('local-clock-deprecated: ntpd and NTPsec only (xntpd 3 has no orphan mode), once per clock', () => {
    const text = 'server 127.127.1.0\nserver 127.127.1.0\n';
    assert.deepEqual(only(text, 'ntpd', 'local-clock-deprecated'), [0]);
    assert.deepEqual(only(text, 'xntpd', 'local-clock-deprecated'), []);
  });
});

describe('fudge lines', () => {
  it('fudge-without-server: matches NTPsec refclock units and stays silent with includefile', () => {
    assert.deepEqual(only('refclock shm unit 1\nfudge 127.127.28.1 refid PPS\n', 'ntpsec', 'fudge-without-server'), []);
    assert.deepEqual(only('refclock shm unit 1\nfudge 127.127.28.0 refid PPS\n', 'ntpsec', 'fudge-without-server'), [1]);
    assert.deepEqual(only('includefile /etc/ntp/refclocks.conf\nfudge 127.127.28.0 refid GPS\n', 'ntpd', 'fudge-without-server'), []);
  });

  it('fudge-stratum-range: only 16, the unsynchronised stratum', () => {
    const text = 'server 127.127.28.0\nfudge 127.127.28.0 stratum 15\nserver 127.127.28.1\nfudge 127.127.28.1 stratum 16\n';
    assert.deepEqual(only(text, 'ntpd', 'fudge-stratum-range'), [3]);
  });

  it('legacy-refclock-syntax: NTPsec only; the local clock is left to local-clock-deprecated; unknown drivers are errors', () => {
    const text = 'server 127.127.1.0\nserver 127.127.20.1 mode 1\nserver 127.127.6.0\n';
    assert.deepEqual(
      findingsOf(text, 'ntpsec', 'legacy-refclock-syntax').map((f) => [f.range.start.line, f.severity]),
      [
        [1, 3],
        [2, 1],
      ],
    );
    assert.match(messages(text, 'ntpsec', 'legacy-refclock-syntax')[0] ?? '', /`refclock nmea unit 1 mode 1`/);
    assert.deepEqual(only(text, 'ntpd', 'legacy-refclock-syntax'), []);
  });
});

describe('duplicate-source', () => {
  it('compares host names without case or trailing dot, and keeps the pool over a server of the same name', () => {
    const text = 'server time.bora.net\nserver TIME.BORA.NET.\nserver kr.pool.ntp.org\npool kr.pool.ntp.org iburst\n';
    assert.deepEqual(only(text, 'chrony', 'duplicate-source'), [1, 2]);
    assert.equal(fixed(text, 'chrony', 'duplicate-source'), 'server time.bora.net\npool kr.pool.ntp.org iburst\n');
  });

  it('chrony: says chronyd drops the second line for the same address even with another port, and keeps the first', () => {
    const text = 'server 127.0.0.1 port 11123\nserver 127.0.0.1 port 11124\n';
    assert.deepEqual(messages(text, 'chrony', 'duplicate-source'), [
      'chronyd drops this line ("Could not add source 127.0.0.1"): line 1 has the same address.',
    ]);
    assert.deepEqual(only(text, 'chrony', 'duplicate-source'), [1]);
    assert.match(findingsOf(text, 'chrony', 'duplicate-source')[0]?.detail?.en ?? '', /even with another `port`/);
    assert.equal(fixed(text, 'chrony', 'duplicate-source'), 'server 127.0.0.1 port 11123\n');
  });

  it('deletes the last line of a file without a trailing newline', () => {
    assert.equal(fixed('server a.example\nserver a.example', 'ntpd', 'duplicate-source'), 'server a.example');
  });
});

describe('too-few-sources', () => {
  const count = (text: string, dialect: Dialect) => findingsOf(text, dialect, 'too-few-sources').map((f) => [f.range.start.line, f.severity]);

  it('counts a chrony pool as its maxsources (default 4)', () => {
    assert.deepEqual(count('pool kr.pool.ntp.org iburst\n', 'chrony'), []);
    assert.deepEqual(count('pool kr.pool.ntp.org iburst maxsources 2\n', 'chrony'), [[0, 2]]);
  });

  it('counts an ntpd pool up to tos maxclock, minus pool lines and other sources', () => {
    assert.deepEqual(count('pool kr.pool.ntp.org iburst\n', 'ntpd'), []);
    assert.deepEqual(count('tos maxclock 3\npool kr.pool.ntp.org iburst\n', 'ntpd'), [[1, 2]]);
  });

  it('does not count duplicates, noselect or the local clock; three sources are only information', () => {
    const text = 'server a.example\nserver A.example\nserver b.example noselect\nserver 127.127.1.0\nserver c.example\nserver d.example\n';
    assert.deepEqual(count(text, 'ntpd'), [[0, 3]]);
  });

  it('stays silent with no sources at all and with broadcast or manycast discovery', () => {
    assert.deepEqual(count('server 127.127.1.0\nfudge 127.127.1.0 stratum 10\n', 'ntpd'), []);
    assert.deepEqual(count('broadcastclient\nserver 10.0.0.1\n', 'ntpd'), []);
  });

  it('suggests more servers for xntpd, which has no pool, and notes included files', () => {
    const details = (text: string, dialect: Dialect) => findingsOf(text, dialect, 'too-few-sources').map((f) => f.detail?.en ?? '');
    assert.match(details('server 10.0.0.1\n', 'xntpd')[0] ?? '', /xntpd 3 has no `pool`/);
    assert.match(details('server 10.0.0.1 iburst\nconfdir /etc/chrony/conf.d\n', 'chrony')[0] ?? '', /not counted/);
    assert.deepEqual(messages('server 10.0.0.1\n', 'xntpd', 'too-few-sources'), ['Only 1 usable time source (`10.0.0.1`): add sources for at least 4.']);
  });

  it('a PPS clock locked to its counted partner is one source with it; labels name sources, not option words', () => {
    const locked = 'refclock SHM 0 refid NMEA\nrefclock PPS /dev/pps0 lock NMEA\nserver a.example iburst\n';
    assert.match(messages(locked, 'chrony', 'too-few-sources')[0] ?? '', /^Only 2 usable time sources \(`a.example`, `refclock SHM 0`\)/);
    // With the partner noselect, the PPS clock is the source (chronyd's default refid: driver letters and index)
    const noselect = 'refclock SHM 0 noselect\nrefclock PPS /dev/pps0 lock SHM0\nserver a.example iburst\n';
    assert.match(messages(noselect, 'chrony', 'too-few-sources')[0] ?? '', /^Only 2 usable time sources \(`a.example`, `refclock PPS \/dev\/pps0`\)/);
    assert.match(messages('refclock nmea unit 1\nserver a.example\n', 'ntpsec', 'too-few-sources')[0] ?? '', /\(`a.example`, `refclock nmea unit 1`\)/);
  });

  it('counts chrony and NTPsec reference clocks', () => {
    assert.deepEqual(count('refclock PHC /dev/ptp0\nrefclock SHM 0\nserver a.example iburst\nserver b.example iburst\n', 'chrony'), []);
    assert.deepEqual(count('refclock shm\nrefclock local\nserver a.example iburst\n', 'ntpsec'), [[0, 2]]);
  });
});

describe('pool-as-server', () => {
  it('reports a zone once, on its first server line, with the others as related locations, and one fix collapses the zone', () => {
    const text = 'server 0.asia.pool.ntp.org iburst\nserver 1.asia.pool.ntp.org iburst\nserver time.bora.net iburst\n';
    const [finding, ...others] = findingsOf(text, 'ntpd', 'pool-as-server');
    assert.deepEqual(others, []);
    assert.equal(finding?.range.start.line, 0);
    assert.deepEqual(
      finding?.related?.map((r) => [r.range.start.line, r.message.en]),
      [[1, 'also from the pool asia.pool.ntp.org']],
    );
    assert.equal(finding?.message.en, '2 `server` lines take single servers from asia.pool.ntp.org: use `pool asia.pool.ntp.org iburst`.');
    assert.equal(fixed(text, 'ntpd', 'pool-as-server'), 'pool asia.pool.ntp.org iburst\nserver time.bora.net iburst\n');
  });

  it('keeps the numbered name of vendor zones, and only deletes when the zone already has a pool line', () => {
    assert.equal(fixed('server 1.debian.pool.ntp.org\n', 'chrony', 'pool-as-server'), 'pool 1.debian.pool.ntp.org iburst\n');
    assert.equal(fixed('pool 2.kr.pool.ntp.org iburst\nserver 1.kr.pool.ntp.org iburst\n', 'ntpd', 'pool-as-server'), 'pool 2.kr.pool.ntp.org iburst\n');
  });

  it('is information for chrony (which re-resolves servers) and absent in xntpd (no pool directive)', () => {
    assert.deepEqual(
      findingsOf('server pool.ntp.org iburst\n', 'chrony', 'pool-as-server').map((f) => f.severity),
      [3],
    );
    assert.deepEqual(only('server pool.ntp.org\n', 'xntpd', 'pool-as-server'), []);
  });

  it('leaves a server that repeats a pool line exactly to duplicate-source', () => {
    const text = 'pool kr.pool.ntp.org iburst\nserver kr.pool.ntp.org iburst\ndriftfile /var/lib/ntp/ntp.drift\n';
    assert.deepEqual(sourceFindings(text, 'ntpd'), [[1, 'duplicate-source']]);
  });
});

describe('poll intervals', () => {
  it('minpoll-too-low: only public and pool servers; the fix also drops a maxpoll below 6', () => {
    const text = 'server 192.168.0.1 minpoll 3\nserver time.nist.gov minpoll 4 maxpoll 5\nserver time-a-g.nist.gov minpoll 6\n';
    assert.deepEqual(only(text, 'ntpd', 'minpoll-too-low'), [1]);
    assert.equal(fixed(text, 'ntpd', 'minpoll-too-low'), 'server 192.168.0.1 minpoll 3\nserver time.nist.gov\nserver time-a-g.nist.gov minpoll 6\n');
    assert.deepEqual(only('server pool.ntp.org minpoll 4\n', 'xntpd', 'minpoll-too-low'), [0]);
  });

  it('maxpoll-too-high: above 16 on network sources, not on reference clocks nor in xntpd', () => {
    assert.deepEqual(only('server a.example maxpoll 16\nserver b.example maxpoll 17\nserver 127.127.28.0 maxpoll 17\n', 'ntpd', 'maxpoll-too-high'), [1]);
    assert.equal(fixed('server a.example minpoll 17 maxpoll 17\n', 'ntpd', 'maxpoll-too-high'), 'server a.example minpoll 16 maxpoll 16\n');
    assert.deepEqual(only('server a.example maxpoll 24\n', 'chrony', 'maxpoll-too-high'), [0]);
  });

  it('minpoll-above-maxpoll: the implicit default maxpoll only matters to ntpd and NTPsec network sources', () => {
    const text = 'server a.example minpoll 12\nserver 127.127.28.0 minpoll 12\n';
    assert.deepEqual(
      findingsOf(text, 'ntpd', 'minpoll-above-maxpoll').map((f) => [f.range.start.line, f.severity]),
      [[0, 2]],
    );
    assert.deepEqual(only(text, 'ntpsec', 'minpoll-above-maxpoll'), [0]);
    assert.deepEqual(only(text, 'chrony', 'minpoll-above-maxpoll'), []);
    assert.deepEqual(only(text, 'xntpd', 'minpoll-above-maxpoll'), []);
    const reversed = findingsOf('server a.example minpoll 8 maxpoll 6\n', 'chrony', 'minpoll-above-maxpoll')[0];
    assert.match(reversed?.message.en ?? '', /^`minpoll 8` is larger than `maxpoll 6`.*Swap the two values\.$/);
    assert.match(reversed?.detail?.en ?? '', /chronyd raises maxpoll to 8/);
    assert.deepEqual(only('refclock shm minpoll 6 maxpoll 4\n', 'ntpsec', 'minpoll-above-maxpoll'), [0]);
  });

  it('burst-abuse: public servers only; with iburst already there the fix removes burst', () => {
    assert.deepEqual(only('server 10.0.0.1 burst\nserver time.google.com burst\n', 'ntpd', 'burst-abuse'), [1]);
    assert.equal(fixed('server time.google.com burst iburst\n', 'ntpd', 'burst-abuse'), 'server time.google.com iburst\n');
    assert.deepEqual(only('server time.google.com burst\n', 'chrony', 'burst-abuse'), []);
  });
});

describe('minsources-default', () => {
  const hardened = { profile: 'hardened' } as const;

  it('belongs to the hardened profile only; there it needs four sources (pools too) and a minimum not already set', () => {
    const four = 'server a.example\nserver b.example\nserver c.example\nserver d.example\n';
    assert.deepEqual(only(four, 'chrony', 'minsources-default'), []);
    assert.deepEqual(only(four, 'chrony', 'minsources-default', { profile: 'server' }), []);
    assert.deepEqual(only(four, 'chrony', 'minsources-default', hardened), [0]);
    assert.deepEqual(only(four.replace('server d.example\n', ''), 'chrony', 'minsources-default', hardened), []);
    assert.deepEqual(only(`${four}minsources 2\n`, 'chrony', 'minsources-default', hardened), []);
    assert.deepEqual(only(`${four}tos minsane 2\n`, 'ntpd', 'minsources-default', hardened), []);
    assert.deepEqual(only('pool pool.ntp.org iburst\n', 'chrony', 'minsources-default', hardened), [0]);
  });

  it('NTPsec suggests 3 from five servers, like its own start-up check', () => {
    const five = 'server a.example\nserver b.example\nserver c.example\nserver d.example\nserver e.example\n';
    assert.match(messages(five, 'ntpsec', 'minsources-default', hardened)[0] ?? '', /`tos minsane 3`/);
    assert.match(messages(five, 'ntpd', 'minsources-default', hardened)[0] ?? '', /`tos minsane 2`/);
  });
});

describe('missing-driftfile and mixed-leap-smearing', () => {
  it('missing-driftfile: silent without sources or with included files', () => {
    assert.deepEqual(only('restrict default ignore\n', 'ntpd', 'missing-driftfile'), []);
    assert.deepEqual(only('pool pool.ntp.org iburst\ninclude /etc/chrony/extra.conf\n', 'chrony', 'missing-driftfile'), []);
    assert.deepEqual(only('keys /etc/ntp.keys\nserver 10.0.0.1\n', 'xntpd', 'missing-driftfile'), [0]);
    // sourcedir files only hold sources, never a driftfile
    assert.deepEqual(only('sourcedir /run/chrony-dhcp\npool pool.ntp.org iburst\n', 'chrony', 'missing-driftfile'), [0]);
  });

  it('mixed-leap-smearing: one finding on the first smearing source, none when all smear', () => {
    assert.deepEqual(only('server time.bora.net\nserver time1.google.com\nserver time2.google.com\n', 'ntpd', 'mixed-leap-smearing'), [1]);
    assert.deepEqual(only('server time1.google.com\nserver time2.google.com\n', 'ntpd', 'mixed-leap-smearing'), []);
    assert.deepEqual(only('server 169.254.169.123 prefer iburst\npool pool.ntp.org iburst\n', 'chrony', 'mixed-leap-smearing'), [0]);
  });

  it('mixed-leap-smearing: names three servers of each kind and marks the rest with an ellipsis', () => {
    const servers = ['a', 'b', 'c', 'd', 'e'].map((name) => `server ${name}.example\n`).join('');
    const [finding] = findingsOf(`server time.google.com\n${servers}`, 'ntpd', 'mixed-leap-smearing');
    assert.match(finding?.detail?.en ?? '', /^`time.google.com` smears leap seconds .* while `a.example`, `b.example`, `c.example`, … step at the leap second/);
    assert.equal(finding?.message.en, 'Smearing and ordinary servers are mixed: they differ by up to 1 s at a leap second. Use one kind.');
  });
});

describe('peers, keys and options', () => {
  it('peer-without-key: `autokey` authenticates a peer too', () => {
    assert.deepEqual(only('crypto\npeer 10.0.0.2 autokey\npeer 10.0.0.3\n', 'ntpd', 'peer-without-key'), [2]);
  });

  it('peer-without-key: not in NTPsec, where peer means server', () => {
    assert.deepEqual(only('peer 10.0.0.2\npeer 10.0.0.3 key 4\n', 'ntpd', 'peer-without-key'), [0]);
    assert.deepEqual(only('peer 10.0.0.2\n', 'ntpsec', 'peer-without-key'), []);
    assert.deepEqual(only('peer 10.0.0.2\n', 'ntpsec', 'no-op-in-dialect'), [0]);
  });

  it('untrusted-key: understands trustedkey ranges, fixes only when a keys file exists', () => {
    const ranges = 'keys /etc/ntp.keys\ntrustedkey (1 ... 3) ( 5 ... 9 )\nserver a.example key 2\nserver b.example key 7\nserver c.example key 4\n';
    assert.deepEqual(only(ranges, 'ntpd', 'untrusted-key'), [4]);
    const noKeys = findingsOf('server a.example key 2\n', 'ntpd', 'untrusted-key');
    assert.deepEqual(
      noKeys.map((f) => [f.range.start.line, f.fixes]),
      [[0, undefined]],
    );
    assert.equal(fixed('keys /etc/ntp.keys\nserver a.example key 2\n', 'ntpd', 'untrusted-key'), 'keys /etc/ntp.keys\ntrustedkey 2\nserver a.example key 2\n');
  });

  it('key-id-range: NTPsec drops server keys from 65535, ntpd from 65536; xntpd warns about trusting key 0', () => {
    const text = 'keys /etc/ntp.keys\ntrustedkey 65535\nserver a.example key 65535\n';
    assert.deepEqual(only(text, 'ntpd', 'key-id-range'), []);
    assert.deepEqual(only(text, 'ntpsec', 'key-id-range'), [2]);
    assert.deepEqual(
      findingsOf('trustedkey 0 1\n', 'xntpd', 'key-id-range').map((f) => f.severity),
      [2],
    );
    assert.deepEqual(only('trustedkey 0 1\n', 'ntpd', 'key-id-range'), []);
  });

  it('option-not-valid-here: chrony peers, refclock bursts, ttl and mode on network sources', () => {
    assert.deepEqual(only('server a.example iburst presend 6\npeer b.example key 1 copy\n', 'chrony', 'option-not-valid-here'), [1]);
    assert.deepEqual(only('refclock shm burst\nserver 127.127.20.0 mode 17\nserver a.example mode 1\n', 'ntpsec', 'option-not-valid-here'), [0, 2]);
    assert.deepEqual(only('server a.example ttl 4\nserver 127.127.28.0 iburst\n', 'xntpd', 'option-not-valid-here'), [0]);
  });

  it('no-op-in-dialect: NTPsec only; restrict flags have no fix', () => {
    const text = 'requestkey 1\nrestrict default nomodify nopeer\n';
    assert.deepEqual(only(text, 'ntpd', 'no-op-in-dialect'), []);
    assert.deepEqual(
      findingsOf(text, 'ntpsec', 'no-op-in-dialect').map((f) => [f.range.start.line, f.fixes?.length ?? 0]),
      [
        [0, 1],
        [1, 0],
      ],
    );
  });

  it('panic-disabled: only `panic 0`', () => {
    assert.deepEqual(only('tinker panic 1000\n', 'ntpd', 'panic-disabled'), []);
    assert.deepEqual(only('tinker stepout 900 panic 0\n', 'ntpsec', 'panic-disabled'), [0]);
  });
});

describe('local-without-orphan', () => {
  const text = 'pool pool.ntp.org iburst\nlocal stratum 10\n';

  it('follows the target chrony version', () => {
    const detail = (settings: Partial<Settings> = {}) => findingsOf(text, 'chrony', 'local-without-orphan', settings)[0]?.detail?.en ?? '';
    assert.match(detail(), /local stratum 10 orphan distance 0\.1/);
    assert.match(detail({ chronyVersion: '4.6' }), /`activate 0\.5`/);
    assert.match(detail({ chronyVersion: '4.7' }), /wait 300 s/);
    assert.match(messages(text, 'chrony', 'local-without-orphan')[0] ?? '', /Add `orphan`\.$/);
    assert.match(messages(text, 'chrony', 'local-without-orphan', { chronyVersion: '4.6' })[0] ?? '', /Add `activate 0\.5`\.$/);
  });

  it('is silent on an isolated server and when a delaying option is set', () => {
    assert.deepEqual(only('local stratum 10\nallow 10.0.0.0/8\n', 'chrony', 'local-without-orphan'), []);
    assert.deepEqual(only('pool pool.ntp.org iburst\nlocal stratum 10 activate 0.5\n', 'chrony', 'local-without-orphan', { chronyVersion: '4.6' }), []);
  });
});

describe('source rules: dialect gating and scale', () => {
  it('every rule declares only dialects it was checked against', () => {
    for (const rule of SOURCE_RULES) {
      for (const dialect of rule.meta.dialects) assert.ok(['chrony', ...NTP_FAMILY].includes(dialect), `${rule.meta.code}: ${dialect}`);
    }
  });

  it('checks 100,000 lines in linear time', function () {
    this.timeout(20_000);
    const lines: string[] = [];
    for (let i = 0; i < 50_000; i++) lines.push(`server 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255} iburst minpoll 4 maxpoll 10`, '# comment');
    const text = `${lines.join('\n')}\n`;
    const started = Date.now();
    for (const dialect of ['chrony', 'ntpd'] as const) validateText(text, dialect, DEFAULT_SETTINGS);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  });
});

describe('minsources-unreachable', () => {
  it('a minimum above the sources the configuration has: the daemon never sets the clock', () => {
    assert.deepEqual(messages('server a.example\nserver b.example\nminsources 3\n', 'chrony', 'minsources-unreachable'), [
      '`minsources 3` needs more sources than the 2 configured: chronyd never sets the clock.',
    ]);
    assert.deepEqual(only('server a.example\nserver b.example\ntos minclock 3 minsane 3\n', 'ntpd', 'minsources-unreachable'), [2]);
    assert.deepEqual(only('server a.example\ntos minsane 2\n', 'ntpsec', 'minsources-unreachable'), [1]);
  });

  it('counts pools as the servers they give, takes the last minimum, and ignores minclock', () => {
    assert.deepEqual(only('pool pool.ntp.org iburst\nminsources 3\n', 'chrony', 'minsources-unreachable'), []);
    assert.deepEqual(only('server a.example\nminsources 3\nminsources 1\n', 'chrony', 'minsources-unreachable'), []);
    assert.deepEqual(only('server a.example\ntos minclock 5\n', 'ntpd', 'minsources-unreachable'), []);
    assert.deepEqual(only('broadcastclient\nserver a.example\ntos minsane 3\n', 'ntpd', 'minsources-unreachable'), []);
  });
});

describe('no-time-source', () => {
  it('a main configuration with nothing to synchronise to, on line 1 (a finding about the whole file)', () => {
    assert.deepEqual(
      findingsOf('# template\ndriftfile /var/lib/chrony/drift\nmakestep 1 3\n', 'chrony', 'no-time-source').map((f) => [
        f.range.start.line,
        f.severity,
        f.message.en,
      ]),
      [[0, 2, 'No time source: chronyd runs but never sets the clock. Add one, e.g. `pool pool.ntp.org iburst`.']],
    );
    assert.match(messages('driftfile /etc/ntp.drift\n', 'xntpd', 'no-time-source')[0] ?? '', /xntpd runs .* `server time.example.com`/);
  });

  it('silent with a source, a reference clock, chrony local or sourcedir, or discovery', () => {
    for (const [text, dialect] of [
      ['server 10.0.0.1\n', 'ntpd'],
      ['refclock PHC /dev/ptp0\n', 'chrony'],
      ['local stratum 10\nallow 10.0.0.0/8\n', 'chrony'],
      ['sourcedir /run/chrony-dhcp\n', 'chrony'],
      ['refclock shm\n', 'ntpsec'],
      ['server 127.127.1.0\n', 'ntpd'],
      ['manycastclient 239.1.1.1\n', 'ntpd'],
    ] as const) {
      assert.deepEqual(only(text, dialect, 'no-time-source'), [], text);
    }
  });
});

describe('panic-disabled', () => {
  it('a warning, but advice on a virtual machine (the line first, as VMware asks, or a comment naming the hypervisor)', () => {
    const severity = (text: string) => findingsOf(text, 'ntpd', 'panic-disabled').map((f) => f.severity);
    assert.deepEqual(severity('pool pool.ntp.org iburst\ntinker panic 0\n'), [2]);
    assert.deepEqual(severity('tinker panic 0\npool pool.ntp.org iburst\n'), [3]);
    assert.deepEqual(severity('# VMware guest\npool pool.ntp.org iburst\ntinker panic 0\n'), [3]);
  });
});
