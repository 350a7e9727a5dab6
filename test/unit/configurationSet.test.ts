import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runLint } from '../../cli/src/cli';
import { normalizeSettings } from '../../server/src/core/settings';
import { validateConfiguration } from '../../server/src/engine/validateConfiguration';

/** A host's / in a temporary directory: path → contents. */
function host(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ntpconf-host-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** `ntpconf lint --root ROOT --format json FILES…`: file (relative to root) → [line, code, severity]. */
function lint(root: string, files: string[], extra: string[] = []): Record<string, [number, string, number][]> {
  let out = '';
  runLint(['--format', 'json', '--root', root, ...extra, ...files.map((f) => path.join(root, f))], {
    stdout: (s) => (out += String(s)),
    stderr: () => undefined,
    env: {},
    readStdin: () => '',
  });
  const reports = JSON.parse(out) as { file: string; diagnostics: { range: { start: { line: number } }; code: string; severity: number }[] }[];
  return Object.fromEntries(
    reports.map((r) => [path.relative(root, r.file), r.diagnostics.map((d) => [d.range.start.line, d.code, d.severity] as [number, string, number])]),
  );
}

const DEBIAN_CHRONY = 'confdir /etc/chrony/conf.d\nsourcedir /etc/chrony/sources.d\nsourcedir /run/chrony-dhcp\n';

describe('configuration sets', () => {
  it('judges main + conf.d + sources.d once: fragments get line rules and one notice', () => {
    const root = host({
      'etc/chrony/chrony.conf': DEBIAN_CHRONY,
      'run/chrony-dhcp/.keep': '',
      'etc/chrony/conf.d/local.conf': 'driftfile /var/lib/chrony/chrony.drift\nmakestep 1 3\nrtcsync\n',
      'etc/chrony/sources.d/site.sources': 'pool 2.debian.pool.ntp.org iburst\n',
    });
    const result = lint(root, ['etc/chrony/chrony.conf', 'etc/chrony/conf.d/local.conf', 'etc/chrony/sources.d/site.sources']);
    assert.deepEqual(result, {
      'etc/chrony/chrony.conf': [],
      'etc/chrony/conf.d/local.conf': [[0, 'configuration-fragment', 3]],
      'etc/chrony/sources.d/site.sources': [[0, 'configuration-fragment', 3]],
    });
  });

  it('NTPsec: ntp.conf and every *.conf of its ntp.d are one set; its snippets name the file that includes them', () => {
    const root = host({
      'etc/ntpsec/ntp.conf': 'driftfile /var/lib/ntpsec/ntp.drift\nrestrict default kod nomodify noquery limited\nrestrict 127.0.0.1\n',
      'etc/ntpsec/ntp.d/pool.conf': 'pool 2.debian.pool.ntp.org iburst\n',
    });
    assert.deepEqual(lint(root, ['etc/ntpsec/ntp.conf', 'etc/ntpsec/ntp.d/pool.conf']), {
      'etc/ntpsec/ntp.conf': [],
      'etc/ntpsec/ntp.d/pool.conf': [[0, 'configuration-fragment', 3]],
    });
  });

  it('NTPsec without ntp.conf reads ntp.d alone: its first *.conf heads the set (upstream ntp.d/default.conf)', () => {
    const root = host({
      'etc/ntp.d/default.conf': '#includefile use-minimal-logging\nincludefile use-pool\n',
      'etc/ntp.d/use-pool': 'pool pool.ntp.org iburst\n',
      'etc/ntp.d/use-minimal-logging': 'driftfile /var/lib/ntp/ntp.drift\n',
    });
    const result = lint(root, ['etc/ntp.d/default.conf', 'etc/ntp.d/use-pool'], ['--dialect', 'ntpsec']);
    // The pool in use-pool is seen (no no-time-source); the drift file of the snippet left out is missed, once.
    assert.deepEqual(result, {
      'etc/ntp.d/default.conf': [[0, 'missing-driftfile', 3]],
      'etc/ntp.d/use-pool': [[0, 'configuration-fragment', 3]],
    });
  });

  it('reports what the whole set lacks on the main file only', () => {
    const root = host({
      'etc/chrony/chrony.conf': DEBIAN_CHRONY,
      'run/chrony-dhcp/.keep': '',
      'etc/chrony/conf.d/.keep': '',
      'etc/chrony/sources.d/site.sources': 'pool 2.debian.pool.ntp.org iburst\n',
    });
    const codes = lint(root, ['etc/chrony/chrony.conf'])['etc/chrony/chrony.conf']?.map(([, code]) => code);
    assert.deepEqual(codes?.sort(), ['missing-driftfile', 'missing-makestep', 'missing-rtc-sync']);
  });

  it('a fragment without its main file gets no whole-set findings', () => {
    const root = host({ 'etc/chrony/conf.d/leap.conf': 'makestep 1 3\n' });
    assert.deepEqual(lint(root, ['etc/chrony/conf.d/leap.conf']), { 'etc/chrony/conf.d/leap.conf': [[0, 'configuration-fragment', 3]] });
  });

  it('an unavailable include no longer silences a rule: it is lowered and names the file', () => {
    const root = host({
      'etc/ntp.conf':
        'includefile /etc/ntp/site.conf\nserver 192.0.2.1 iburst\nserver 192.0.2.2 iburst\nserver 192.0.2.3 iburst\nserver 192.0.2.4 iburst\ndriftfile /var/lib/ntp/drift\n',
    });
    const result = lint(root, ['etc/ntp.conf'], ['--dialect', 'ntpd'])['etc/ntp.conf'] ?? [];
    const restrict = result.find(([, code]) => code === 'missing-restrict-default');
    assert.ok(restrict, JSON.stringify(result));
  });

  it('RHEL 7: its crypto include silences nothing, and behind nopeer on 4.2.6 no pool is advised', () => {
    const rhel7 =
      'driftfile /var/lib/ntp/drift\nrestrict default nomodify notrap nopeer noquery\nrestrict 127.0.0.1\nserver 0.rhel.pool.ntp.org iburst\nserver 1.rhel.pool.ntp.org iburst\nserver 2.rhel.pool.ntp.org iburst\nserver 3.rhel.pool.ntp.org iburst\nincludefile /etc/ntp/crypto/pw\nkeys /etc/ntp/keys\n';
    const found =
      lint(
        host({ 'etc/ntp.conf': rhel7, 'etc/ntp/crypto/pw': '# crypto pw\n', 'etc/redhat-release': 'Red Hat Enterprise Linux Server release 7.9 (Maipo)\n' }),
        ['etc/ntp.conf'],
        ['--dialect', 'ntpd'],
      )['etc/ntp.conf'] ?? [];
    assert.ok(!found.some(([, code]) => code === 'pool-as-server'), JSON.stringify(found));
    const unknown = lint(host({ 'etc/ntp.conf': rhel7, 'etc/ntp/crypto/pw': '' }), ['etc/ntp.conf'], ['--dialect', 'ntpd'])['etc/ntp.conf'] ?? [];
    assert.ok(unknown.some(([, code]) => code === 'pool-as-server'));
  });

  it("RHEL's includefile /etc/ntp/crypto/pw is the package's own file: a copy of /etc without it is not missing anything", () => {
    const conf =
      'driftfile /var/lib/ntp/drift\nrestrict default nomodify notrap nopeer noquery\nrestrict 127.0.0.1\nincludefile /etc/ntp/crypto/pw\nkeys /etc/ntp/keys\n';
    const codes = (lint(host({ 'etc/ntp.conf': conf }), ['etc/ntp.conf'], ['--dialect', 'ntpd'])['etc/ntp.conf'] ?? []).map(([, code]) => code);
    assert.ok(!codes.includes('missing-include'), codes.join(', '));
    const other = (lint(host({ 'etc/ntp.conf': conf.replace('crypto/pw', 'local.conf') }), ['etc/ntp.conf'], ['--dialect', 'ntpd'])['etc/ntp.conf'] ?? []).map(
      ([, code]) => code,
    );
    assert.ok(other.includes('missing-include'), other.join(', '));
  });

  it('FreeBSD: ntpd_flags -f in defaults/rc.conf is the drift file', () => {
    const conf =
      'server 192.0.2.1 iburst\nserver 192.0.2.2 iburst\nserver 192.0.2.3 iburst\nserver 192.0.2.4 iburst\nrestrict default limited kod nomodify notrap noquery nopeer\n';
    const withFlags = host({
      'etc/ntp.conf': conf,
      'etc/defaults/rc.conf': 'ntpd_program="/usr/sbin/ntpd"\nntpd_flags="-p /var/db/ntp/ntpd.pid -f /var/db/ntpd.drift"\n',
    });
    assert.ok(!(lint(withFlags, ['etc/ntp.conf'], ['--dialect', 'ntpd'])['etc/ntp.conf'] ?? []).some(([, code]) => code === 'missing-driftfile'));
    const without = host({ 'etc/ntp.conf': conf });
    assert.ok((lint(without, ['etc/ntp.conf'], ['--dialect', 'ntpd'])['etc/ntp.conf'] ?? []).some(([, code]) => code === 'missing-driftfile'));
  });

  it('FreeBSD 13+: empty ntpd_flags, and rc.d/ntpd passes its own -f, so no drift file is missing', () => {
    const conf =
      'pool 0.freebsd.pool.ntp.org iburst\nrestrict default limited kod nomodify notrap noquery nopeer\nrestrict source limited kod nomodify notrap noquery\n';
    const freebsd = host({ 'etc/ntp.conf': conf, 'etc/defaults/rc.conf': 'ntpd_enable="NO"\nntpd_flags=""\t\t\t# Additional flags to ntpd\n' });
    assert.deepEqual(lint(freebsd, ['etc/ntp.conf'], ['--dialect', 'ntpd'])['etc/ntp.conf'], []);
  });

  it('chronyd -u in /etc/sysconfig/chronyd or the systemd unit overrides the user directive', () => {
    const conf = 'pool 2.pool.ntp.org iburst\ndriftfile /var/lib/chrony/drift\nmakestep 1 3\nrtcsync\n';
    const codes = (files: Record<string, string>) => (lint(host(files), ['etc/chrony.conf'])['etc/chrony.conf'] ?? []).map(([line, code]) => `${line}:${code}`);
    assert.deepEqual(codes({ 'etc/chrony.conf': conf, 'etc/sysconfig/chronyd': 'OPTIONS="-u root"\n' }), ['0:runs-as-root']);
    assert.deepEqual(codes({ 'etc/chrony.conf': conf, 'etc/systemd/system/chronyd.service': '[Service]\nExecStart=/usr/sbin/chronyd -u root $OPTIONS\n' }), [
      '0:runs-as-root',
    ]);
    assert.deepEqual(codes({ 'etc/chrony.conf': `${conf}user root\n`, 'etc/sysconfig/chronyd': 'OPTIONS="-u chrony"\n' }), []);
    assert.deepEqual(codes({ 'etc/chrony.conf': `${conf}user root\n` }), ['4:runs-as-root']);
  });

  it("a loose chrony.conf (a repository's, not in an etc/ folder) takes no start-up flags from the linting machine", () => {
    const conf = 'pool 2.pool.ntp.org iburst\ndriftfile /var/lib/chrony/drift\nmakestep 1 3\nrtcsync\n';
    const environment = (documentPath: string, asked: string[]) => ({
      documentPath,
      workspaceRoots: [path.dirname(documentPath)],
      exists: () => false,
      // The machine this runs on says -u root: only a file that is this host's may be judged by it.
      readText: (file: string) => (asked.push(file), file === '/etc/sysconfig/chronyd' ? 'OPTIONS="-u root"\n' : undefined),
    });
    const run = (documentPath: string) => {
      const asked: string[] = [];
      const codes = validateConfiguration(conf, 'chrony', normalizeSettings({}), { files: environment(documentPath, asked) }).findings.map((f) => f.code);
      return { codes, asked: asked.filter((file) => file.includes('chronyd')) };
    };
    assert.deepEqual(run('/home/admin/configs/chrony.conf'), { codes: [], asked: [] });
    const onHost = run('/etc/chrony.conf');
    assert.deepEqual(onHost.codes, ['runs-as-root']);
    assert.ok(onHost.asked.includes('/etc/sysconfig/chronyd'), onHost.asked.join(', '));
  });

  it('leapseclist: a warning when no version was set, an error when it was', () => {
    const root = host({
      'etc/chrony/chrony.conf':
        'leapseclist /usr/share/zoneinfo/leap-seconds.list\ndriftfile /var/lib/chrony/drift\nmakestep 1 3\nrtcsync\npool 2.pool.ntp.org iburst\n',
    });
    assert.deepEqual(lint(root, ['etc/chrony/chrony.conf'])['etc/chrony/chrony.conf'], [[0, 'unsupported-in-dialect', 2]]);
    assert.deepEqual(lint(root, ['etc/chrony/chrony.conf'], ['--chrony-version', '4.3'])['etc/chrony/chrony.conf'], [[0, 'unsupported-in-dialect', 1]]);
    assert.deepEqual(lint(root, ['etc/chrony/chrony.conf'], ['--chrony-version', '4.6'])['etc/chrony/chrony.conf'], []);
  });

  it('a live host: the daemon binary says the version when no package database does (chronyd -v, ntpd --version)', () => {
    const text = 'leapseclist /usr/share/zoneinfo/leap-seconds.list\ndriftfile /var/lib/chrony/drift\nmakestep 1 3\nrtcsync\npool 2.pool.ntp.org iburst\n';
    // Versions are cached per host root, so each case is another (fake) live host.
    const findings = (versionOutput: string | undefined, root: string) =>
      validateConfiguration(text, 'chrony', normalizeSettings({}), {
        files: {
          documentPath: `${root}/etc/chrony.conf`,
          workspaceRoots: [root],
          root,
          exists: () => false,
          readText: () => undefined,
          daemonVersionOutput: (daemon) => (daemon === 'chronyd' ? versionOutput : undefined),
        },
      }).findings.map((f) => [f.code, f.severity]);
    assert.deepEqual(findings('chronyd (chrony) version 4.6.1 (+CMDMON +NTP +REFCLOCK)', '/host-a'), []);
    assert.deepEqual(findings('chronyd (chrony) version 4.3 (+CMDMON +NTP +REFCLOCK)', '/host-b'), [['unsupported-in-dialect', 1]]);
    assert.deepEqual(findings(undefined, '/host-c'), [['unsupported-in-dialect', 2]]);
  });
});
