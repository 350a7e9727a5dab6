import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Dialect } from '../../server/src/core/dialect';
import { fixAllEdits } from '../../server/src/engine/codeActions';
import { formatMask, parseCidr, parseIp, prefixMaskBytes } from '../../server/src/rules/access/addresses';
import type { Profile } from '../../server/src/rules/types';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/core/settings';
import { validateText } from '../../server/src/engine/validate';

function settings(extra: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...extra };
}

/** The 0-based lines where `code` fires. */
function linesOf(code: string, text: string, dialect: Dialect, extra: Partial<Settings> = {}): number[] {
  return validateText(text, dialect, settings(extra))
    .findings.filter((finding) => finding.code === code)
    .map((finding) => finding.range.start.line);
}

function findingsOf(code: string, text: string, dialect: Dialect, extra: Partial<Settings> = {}) {
  return validateText(text, dialect, settings(extra)).findings.filter((finding) => finding.code === code);
}

/** The text after fix-all of one code's preferred fixes. */
function fixed(code: string, text: string, dialect: Dialect): string {
  const edits = fixAllEdits(findingsOf(code, text, dialect));
  return TextDocument.applyEdits(TextDocument.create('file:///ntp.conf', 'ntp-conf', 1, text), edits);
}

const LOCALHOST = 'restrict 127.0.0.1\nrestrict ::1\n';

describe('access rules: addresses', () => {
  it('parses IPv4, IPv6 (with brackets, zones and embedded IPv4) and rejects the rest', () => {
    assert.deepEqual(parseIp('192.168.0.1'), { family: 'ipv4', bytes: [192, 168, 0, 1] });
    assert.deepEqual(parseIp('[::1]')?.bytes, [...new Array<number>(15).fill(0), 1]);
    assert.deepEqual(parseIp('fe80::1%eth0')?.family, 'ipv6');
    assert.deepEqual(parseIp('::ffff:10.0.0.1')?.bytes.slice(12), [10, 0, 0, 1]);
    assert.deepEqual([parseIp('256.1.1.1'), parseIp('time.bora.net'), parseIp('1:2:3'), parseIp('1::2::3')], [undefined, undefined, undefined, undefined]);
  });

  it('turns prefixes into the masks ntpd wants', () => {
    assert.equal(formatMask(prefixMaskBytes(24, 'ipv4')), '255.255.255.0');
    assert.equal(formatMask(prefixMaskBytes(20, 'ipv4')), '255.255.240.0');
    assert.equal(formatMask(prefixMaskBytes(48, 'ipv6')), 'ffff:ffff:ffff::');
    assert.equal(formatMask(prefixMaskBytes(128, 'ipv6')), 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
    assert.equal(parseCidr('10.0.0.0/33'), undefined);
    assert.deepEqual(parseCidr('2001:db8::/32')?.prefix, 32);
  });
});

describe('missing-restrict-default', () => {
  it('is not reported for NTPsec, whose built-in default entry already has noquery and limited', () => {
    assert.deepEqual(linesOf('missing-restrict-default', 'server time.bora.net iburst\n', 'ntpsec'), []);
  });

  it('counts -4/-6 defaults and `0.0.0.0 mask 0.0.0.0` as a default entry, and trusts includefile', () => {
    assert.deepEqual(linesOf('missing-restrict-default', 'restrict -4 default noquery\nserver a.example iburst\n', 'ntpd'), []);
    assert.deepEqual(linesOf('missing-restrict-default', 'restrict 0.0.0.0 mask 0.0.0.0 noquery\nserver 10.0.0.1\n', 'xntpd'), []);
    assert.deepEqual(linesOf('missing-restrict-default', 'includefile /etc/ntp/access.conf\nserver a.example iburst\n', 'ntpd'), []);
    assert.deepEqual(linesOf('missing-restrict-default', '# nothing configured\n', 'ntpd'), []);
  });

  it('inserts the block after the header paragraph and skips lines the file already has', () => {
    const text = '# /etc/ntp.conf\n\nrestrict 127.0.0.1\npool kr.pool.ntp.org iburst\n';
    assert.equal(
      fixed('missing-restrict-default', text, 'ntpd'),
      '# /etc/ntp.conf\n\nrestrict default kod limited nomodify notrap nopeer noquery\nrestrict source nomodify notrap noquery\nrestrict ::1\n\nrestrict 127.0.0.1\npool kr.pool.ntp.org iburst\n',
    );
  });

  it('puts the block before the first directive when no blank line ends the leading comments, and at the top without comments', () => {
    assert.equal(
      fixed('missing-restrict-default', '# servers\nserver 10.0.0.1\n', 'xntpd'),
      '# servers\nrestrict default nomodify notrap nopeer noquery\nrestrict 127.0.0.1\n\nserver 10.0.0.1\n',
    );
    assert.equal(
      fixed('missing-restrict-default', 'server 10.0.0.1\n', 'xntpd'),
      'restrict default nomodify notrap nopeer noquery\nrestrict 127.0.0.1\n\nserver 10.0.0.1\n',
    );
  });

  it('leaves nopeer out when broadcast or multicast clients need new associations', () => {
    const result = fixed('missing-restrict-default', 'multicastclient 224.0.1.1\n', 'xntpd');
    assert.equal(result, 'restrict default nomodify notrap noquery\nrestrict 127.0.0.1\n\nmulticastclient 224.0.1.1\n');
  });
});

describe('restrict-default-permissive', () => {
  it('merges flags across lines and families, and accepts ignore', () => {
    assert.deepEqual(linesOf('restrict-default-permissive', 'restrict default nomodify\nrestrict default noquery\n', 'ntpd'), []);
    assert.deepEqual(
      linesOf('restrict-default-permissive', 'restrict default nomodify\nrestrict -4 default noquery\nrestrict -6 default noquery\n', 'ntpd'),
      [],
    );
    assert.deepEqual(linesOf('restrict-default-permissive', 'restrict default ignore\n', 'ntpd'), []);
    assert.deepEqual(linesOf('restrict-default-permissive', 'restrict default kod nomodify\n', 'ntpsec'), []);
  });

  it('reports each family line when there is no `restrict default`', () => {
    const text = 'restrict -4 default nomodify noquery\nrestrict -6 default nomodify\n' + LOCALHOST;
    assert.deepEqual(linesOf('restrict-default-permissive', text, 'ntpd'), [1]);
  });

  it('adds noquery before a trailing comment and the localhost lines noquery would lock out', () => {
    assert.equal(
      fixed('restrict-default-permissive', 'restrict default nomodify # open\nserver a.example iburst\n', 'ntpd'),
      'restrict default nomodify noquery # open\nrestrict 127.0.0.1\nrestrict ::1\nserver a.example iburst\n',
    );
  });
});

describe('restrict-family-mismatch', () => {
  it('fires for a lone -4 or -6 default, not when `restrict default` covers both', () => {
    assert.deepEqual(linesOf('restrict-family-mismatch', 'restrict -6 default noquery nomodify\n', 'ntpd'), [0]);
    assert.deepEqual(linesOf('restrict-family-mismatch', 'restrict default noquery\nrestrict -4 default nomodify\n', 'ntpd'), []);
  });

  it("does not let fix-all mirror flags that would block the other family's servers", () => {
    const [finding] = findingsOf('restrict-family-mismatch', 'restrict -4 default ignore\n', 'ntpd');
    assert.deepEqual(
      finding?.fixes?.map((fix) => fix.preferred),
      [false],
    );
  });
});

describe('monitor-amplifier', () => {
  it('stays quiet when the default entry has noquery or the monitor is off', () => {
    assert.deepEqual(linesOf('monitor-amplifier', 'restrict default nomodify noquery\nserver 10.0.0.1\n', 'xntpd'), []);
    assert.deepEqual(linesOf('monitor-amplifier', 'disable monitor\nserver 10.0.0.1\n', 'xntpd'), []);
    assert.deepEqual(linesOf('monitor-amplifier', 'monitor no\nserver 10.0.0.1\n', 'xntpd'), []);
    assert.deepEqual(linesOf('monitor-amplifier', 'server 10.0.0.1\n', 'ntpd'), []);
  });

  it('knows that `limited` keeps the monitor on, and then offers no fix', () => {
    const findings = findingsOf('monitor-amplifier', 'disable monitor\nrestrict default limited\nserver 10.0.0.1\n', 'xntpd');
    assert.deepEqual(
      findings.map((finding) => [finding.range.start.line, finding.fixes]),
      [[1, undefined]],
    );
  });

  it('switches the monitor off where it was switched on', () => {
    assert.equal(fixed('monitor-amplifier', 'server 10.0.0.1\nmonitor yes\n', 'xntpd'), 'server 10.0.0.1\nmonitor no\n');
    assert.equal(fixed('monitor-amplifier', 'server 10.0.0.1\nenable monitor\n', 'xntpd'), 'server 10.0.0.1\ndisable monitor\n');
    assert.equal(
      fixed('monitor-amplifier', 'restrict default nomodify\nserver 10.0.0.1\n', 'xntpd'),
      'restrict default nomodify\nserver 10.0.0.1\ndisable monitor\n',
    );
  });

  it('with no default entry, leaves the open monlist to missing-restrict-default unless the monitor is switched on', () => {
    assert.deepEqual(findingsOf('monitor-amplifier', 'server 10.0.0.1\n', 'xntpd'), []);
    const [switched] = findingsOf('monitor-amplifier', 'server 10.0.0.1\nenable monitor\n', 'xntpd');
    assert.equal(switched?.range.start.line, 1);
    assert.match(switched?.message.en ?? '', /answers monlist to anyone/);
    assert.match(switched?.detail?.en ?? '', /^`enable monitor` turns the monitor on and no `restrict default` limits it/);
    assert.doesNotMatch(`${switched?.message.en ?? ''} ${switched?.detail?.en ?? ''}`, /default entry/);
  });
});

describe('mode7-enabled', () => {
  it('mentions the open default entry only when it lacks noquery', () => {
    const [open] = findingsOf('mode7-enabled', 'enable mode7\n', 'ntpd');
    const [closed] = findingsOf('mode7-enabled', 'restrict default noquery\nenable mode7\n', 'ntpd');
    assert.match(open?.detail?.en ?? '', /any host can send/);
    assert.doesNotMatch(closed?.detail?.en ?? '', /any host can send/);
  });
});

describe('pool-blocked-by-nopeer', () => {
  it('needs a pool, nopeer on an IPv4-reaching default entry, and no restrict source', () => {
    const rule = 'pool-blocked-by-nopeer';
    assert.deepEqual(linesOf(rule, 'restrict default nopeer\npool pool.ntp.org iburst\n', 'ntpd'), [0]);
    assert.deepEqual(linesOf(rule, 'restrict -6 default nopeer\npool pool.ntp.org iburst\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict default nopeer\nrestrict source noquery\npool pool.ntp.org iburst\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict default nopeer\nserver time.bora.net iburst\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict default nopeer\npool pool.ntp.org iburst\n', 'ntpsec'), []);
  });
});

describe('restrict-source-blocks-pool', () => {
  it('judges nopeer by the presence of a pool and notrust by unauthenticated servers', () => {
    const rule = 'restrict-source-blocks-pool';
    assert.deepEqual(linesOf(rule, 'restrict source nopeer\nserver time.bora.net iburst\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict source notrust\nserver time.bora.net iburst key 5\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict source notrust\nserver time.bora.net iburst\n', 'ntpd'), [0]);
    assert.deepEqual(linesOf(rule, 'restrict source noserve\nserver time.bora.net iburst\n', 'ntpd'), [0]);
  });

  it('removes every blocking flag in one fix', () => {
    assert.equal(
      fixed('restrict-source-blocks-pool', 'restrict source nopeer nomodify ignore\npool pool.ntp.org iburst\n', 'ntpd'),
      'restrict source nomodify\npool pool.ntp.org iburst\n',
    );
  });
});

describe('restrict-ignore-drops-servers', () => {
  const rule = 'restrict-ignore-drops-servers';

  it('lets restrict source through in ntpd, and in NTPsec only for ignore and notrust', () => {
    assert.deepEqual(linesOf(rule, 'restrict default ignore\nrestrict source nomodify\nserver 10.0.0.1 iburst\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict default ignore\nrestrict source nomodify\nserver 10.0.0.1 iburst\n', 'ntpsec'), []);
    assert.deepEqual(linesOf(rule, 'restrict default noserve\nrestrict source nomodify\nserver 10.0.0.1 iburst\n', 'ntpsec'), [0]);
  });

  it('follows the address family, authentication, and explicit entries', () => {
    assert.deepEqual(linesOf(rule, 'restrict -6 default ignore\nserver 10.0.0.1 iburst\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict -4 default ignore\nserver 10.0.0.1 iburst\n', 'ntpd'), [0]);
    assert.deepEqual(linesOf(rule, 'restrict default notrust\nserver 10.0.0.1 iburst key 7\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict default notrust\nserver 10.0.0.1 key 7\n', 'xntpd'), [0]);
    assert.deepEqual(linesOf(rule, 'restrict default ignore\nrestrict 10.0.0.0 mask 255.0.0.0 nomodify\nserver 10.0.0.1 iburst\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict default ignore\nrestrict 10.0.0.1 ignore\nserver 10.0.0.1 iburst\n', 'ntpd'), [0]);
    assert.deepEqual(linesOf(rule, 'restrict default ignore\nserver 127.127.1.0\n', 'ntpd'), []);
    // A pool with `restrict default ignore` and no `restrict source`: the pool servers' replies are dropped
    assert.deepEqual(linesOf(rule, 'restrict default ignore\npool pool.ntp.org iburst\n', 'ntpd'), [0]);
    assert.deepEqual(linesOf(rule, 'restrict default ignore\nrestrict source nomodify\npool pool.ntp.org iburst\n', 'ntpd'), []);
  });

  it('gives up on host names it cannot place, rather than guess', () => {
    assert.deepEqual(linesOf(rule, 'restrict default ignore\nrestrict 10.0.0.0 mask 255.0.0.0\nserver ntp.corp.example iburst\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict default ignore\nrestrict ntp.corp.example\nserver ntp.corp.example iburst\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict default ignore\nrestrict other.corp.example\nserver ntp.corp.example iburst\n', 'ntpd'), [0]);
    assert.deepEqual(linesOf(rule, 'restrict default ignore\nrestrict other.corp.example\nserver 10.0.0.1 iburst\n', 'ntpd'), []);
  });

  it('xntpd: writes one restrict line per literal server address, none for host names', () => {
    assert.equal(
      fixed(rule, 'restrict default ignore\nserver 10.0.0.1\nserver gps.bora.net\n', 'xntpd'),
      'restrict default ignore\nrestrict 10.0.0.1 nomodify notrap noquery\nserver 10.0.0.1\nserver gps.bora.net\n',
    );
    assert.deepEqual(findingsOf(rule, 'restrict default ignore\nserver gps.bora.net\n', 'xntpd')[0]?.fixes, undefined);
  });
});

describe('restrict-cidr-classic', () => {
  it('leaves NTPsec alone and cannot rewrite what it cannot read', () => {
    assert.deepEqual(linesOf('restrict-cidr-classic', 'restrict 10.0.0.0/8 nomodify\n', 'ntpsec'), []);
    assert.deepEqual(
      findingsOf('restrict-cidr-classic', 'restrict 10.0.0.0/40 nomodify\n', 'ntpd').map((f) => f.fixes),
      [undefined],
    );
    assert.deepEqual(
      findingsOf('restrict-cidr-classic', 'restrict 2001:db8::/32 nomodify\n', 'xntpd').map((f) => f.fixes),
      [undefined],
    );
  });
});

describe('restrict-hostname', () => {
  it('only flags names, and points to restrict source when the name is a configured server', () => {
    const text =
      'restrict default ignore\nrestrict source\nrestrict 10.0.0.1\nrestrict ::1\nrestrict time.bora.net\nrestrict nms.example.com\nserver time.bora.net iburst\n';
    const findings = findingsOf('restrict-hostname', text, 'ntpd');
    assert.deepEqual(
      findings.map((finding) => finding.range.start.line),
      [4, 5],
    );
    assert.deepEqual(
      findings.map((finding) => finding.message.en.includes('restrict source')),
      [true, false],
    );
  });
});

describe('kod-without-limited', () => {
  const rule = 'kod-without-limited';

  it('counts limited from other lines of the same entry, and from restrict default for a family line', () => {
    assert.deepEqual(linesOf(rule, 'restrict 10.0.0.0 mask 255.0.0.0 kod\nrestrict 10.0.0.0 mask 255.0.0.0 limited\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict default limited\nrestrict -6 default kod\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict default kod\n', 'ntpsec'), []);
  });

  it('prefers removing kod (no change in behaviour) and offers adding limited', () => {
    const [finding] = findingsOf(rule, 'restrict default kod nomodify\n', 'ntpd');
    assert.deepEqual(
      finding?.fixes?.map((fix) => [fix.title.en, fix.preferred === true]),
      [
        ['Remove kod (it has no effect)', true],
        ['Add limited (rate-limit these clients)', false],
      ],
    );
  });
});

describe('unauthenticated-broadcast', () => {
  const rule = 'unauthenticated-broadcast';

  it('knows ntpd requires authentication by default and xntpd 3 does not', () => {
    assert.deepEqual(linesOf(rule, 'broadcastclient\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'disable auth\nbroadcastclient\n', 'ntpd'), [1]);
    assert.deepEqual(linesOf(rule, 'broadcastclient\n', 'xntpd'), [0]);
    assert.deepEqual(linesOf(rule, 'enable auth\nmulticastclient 224.0.1.1\n', 'xntpd'), []);
    assert.deepEqual(linesOf(rule, 'authenticate yes\nmulticastclient 224.0.1.1\n', 'xntpd'), []);
  });

  it('accepts broadcast and manycast with a key', () => {
    assert.deepEqual(linesOf(rule, 'broadcast 192.168.1.255 key 4\nmanycastclient 239.1.1.1 key 4\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'broadcast 192.168.1.255\nmanycastclient 239.1.1.1\n', 'ntpd'), [0, 1]);
  });
});

describe('public-leap-smearing', () => {
  const rule = 'public-leap-smearing';

  it('ntpd/NTPsec: fires only while time service is open to every address', () => {
    assert.deepEqual(linesOf(rule, 'leapsmearinterval 86400\n', 'ntpsec'), [0]);
    assert.deepEqual(linesOf(rule, 'restrict default noserve\nleapsmearinterval 86400\n', 'ntpd'), []);
    assert.deepEqual(linesOf(rule, 'restrict -4 default noserve\nleapsmearinterval 86400\n', 'ntpd'), [1]);
    assert.deepEqual(linesOf(rule, 'leapsmearinterval 0\n', 'ntpd'), []);
  });

  it('chrony: smoothtime with an open allow, unless port 0 keeps the server closed', () => {
    assert.deepEqual(linesOf(rule, 'allow\nsmoothtime 400 0.001\n', 'chrony'), [1]);
    assert.deepEqual(linesOf(rule, 'allow\nport 0\nsmoothtime 400 0.001\n', 'chrony'), []);
    assert.deepEqual(linesOf(rule, 'allow 10.0.0.0/8\nsmoothtime 400 0.001\n', 'chrony'), []);
  });
});

describe('open-ntp-service', () => {
  const rule = 'open-ntp-service';
  const server: Partial<Settings> = { profile: 'server' satisfies Profile };

  it('reads allow/deny in order, as chronyd does', () => {
    assert.deepEqual(linesOf(rule, 'allow\n', 'chrony'), [0]);
    assert.deepEqual(linesOf(rule, 'allow all\ndeny all\n', 'chrony'), []);
    assert.deepEqual(linesOf(rule, 'allow 0/0\ndeny 0.0.0.0/0\nallow ::/0\n', 'chrony'), [2]);
    assert.deepEqual(linesOf(rule, 'allow all 10.0.0.0/8\nallow 0/1\n', 'chrony'), []);
    assert.deepEqual(linesOf(rule, 'allow\nport 0\n', 'chrony'), []);
  });

  it('names the families a line opens, and is silent in the server profile', () => {
    assert.match(findingsOf(rule, 'allow 0/0\n', 'chrony')[0]?.message.en ?? '', /every IPv4 address/);
    assert.match(findingsOf(rule, 'ALLOW\n', 'chrony')[0]?.message.en ?? '', /every IPv4 and IPv6 address/);
    assert.deepEqual(linesOf(rule, 'allow\n', 'chrony', server), []);
    assert.deepEqual(linesOf(rule, 'allow\n', 'chrony', { profile: 'hardened' }), [0]);
  });

  it('is information when the file shows a server set up on purpose, and asks for ratelimit when it is missing', () => {
    const judged = (text: string) => findingsOf(rule, text, 'chrony').map((f) => [f.severity, f.message.en]);
    assert.deepEqual(judged('allow\n'), [[2, '`allow` serves time to every IPv4 and IPv6 address: allow only your own clients.']]);
    assert.deepEqual(judged('allow\nlocal stratum 10 orphan\n'), [
      [3, '`allow` serves time to every IPv4 and IPv6 address; a server (`local`) needs `ratelimit`.'],
    ]);
    assert.deepEqual(judged('allow\nratelimit\n'), [[3, '`allow` serves time to every IPv4 and IPv6 address; as a server it has `ratelimit`.']]);
  });
});

describe('command-port-exposed', () => {
  const rule = 'command-port-exposed';

  it('needs both a non-loopback bindcmdaddress of the same family and a cmdallow', () => {
    assert.deepEqual(linesOf(rule, 'bindcmdaddress 0.0.0.0\n', 'chrony'), []);
    assert.deepEqual(linesOf(rule, 'cmdallow all\n', 'chrony'), []);
    assert.deepEqual(linesOf(rule, 'bindcmdaddress 127.0.0.1\ncmdallow all\n', 'chrony'), []);
    assert.deepEqual(linesOf(rule, 'bindcmdaddress 0.0.0.0\ncmdallow ::/0\n', 'chrony'), []);
    assert.deepEqual(linesOf(rule, 'bindcmdaddress ::\ncmdallow ::/0\n', 'chrony'), [1]);
    assert.deepEqual(linesOf(rule, 'bindcmdaddress 0.0.0.0\ncmdallow all\ncmdport 0\n', 'chrony'), []);
  });

  it('reports a named monitoring subnet only in the hardened profile', () => {
    const text = 'bindcmdaddress 0.0.0.0\ncmdallow 192.168.100.0/24\n';
    assert.deepEqual(linesOf(rule, text, 'chrony'), []);
    assert.deepEqual(linesOf(rule, text, 'chrony', { profile: 'hardened' }), [1]);
  });
});

describe('runs-as-root, nocerttimecheck', () => {
  it('runs-as-root: the last user line wins', () => {
    assert.deepEqual(linesOf('runs-as-root', 'user root\nuser _chrony\n', 'chrony'), []);
    assert.deepEqual(linesOf('runs-as-root', 'user _chrony\nuser root\n', 'chrony'), [1]);
  });

  it('nocerttimecheck: 0 is the default, and before chrony 4.0 the directive does not exist', () => {
    assert.deepEqual(linesOf('nocerttimecheck', 'nocerttimecheck 0\n', 'chrony'), []);
    assert.deepEqual(linesOf('nocerttimecheck', 'nocerttimecheck 1\n', 'chrony'), [0]);
    assert.deepEqual(linesOf('nocerttimecheck', 'nocerttimecheck 1\n', 'chrony', { chronyVersion: '3.5' }), []);
  });
});

describe('nts-key-cert-mismatch', () => {
  const rule = 'nts-key-cert-mismatch';

  it('marks the lines without a partner', () => {
    assert.deepEqual(linesOf(rule, 'ntsserverkey /etc/a.key\n', 'chrony'), [0]);
    assert.deepEqual(linesOf(rule, 'ntsservercert /etc/a.crt\nntsserverkey /etc/a.key\nntsserverkey /etc/b.key\n', 'chrony'), [2]);
  });

  it('judges the order only when the file names pair up', () => {
    const swapped = 'ntsservercert /etc/a.crt\nntsservercert /etc/b.crt\nntsserverkey /etc/b.key\nntsserverkey /etc/a.key\n';
    assert.deepEqual(linesOf(rule, swapped, 'chrony'), [2, 3]);
    const letsEncrypt = 'ntsservercert /etc/le/fullchain.pem\nntsserverkey /etc/le/privkey.pem\n';
    assert.deepEqual(linesOf(rule, letsEncrypt, 'chrony'), []);
    assert.deepEqual(linesOf(rule, 'ntsserverkey /etc/a.key\n', 'chrony', { chronyVersion: '3.5' }), []);
  });
});
