import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Dialect } from '../../server/src/core/dialect';
import type { FileEnvironment } from '../../server/src/core/fileEnvironment';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { checkConfigurationSet, collectConfigurationSet } from '../../server/src/engine/configurationSet';
import { validateConfiguration } from '../../server/src/engine/validateConfiguration';
import { parseConfig } from '../../server/src/formats/ntpconf/parser/parseConfig';

// The whole-configuration rules reuse the document's own (incremental) parse when the set is just that file;
// these properties hold that to re-parsing from scratch, across random edits, includes, BOMs and CRLF.
const LINES: Record<'chrony' | 'ntpd', string[]> = {
  chrony: [
    'pool 2.pool.ntp.org iburst',
    'server 192.0.2.1 iburst minpoll 4 maxpoll 10',
    'server 192.0.2.1',
    'server ntp.example.com prefer',
    'driftfile /var/lib/chrony/drift',
    'makestep 1.0 3',
    'makestep 1 -1',
    'rtcsync',
    'keyfile /etc/chrony.keys',
    'allow 0.0.0.0/0',
    'local stratum 10',
    'leapsectz right/UTC',
    'include /etc/chrony/extra.conf',
    'confdir /etc/chrony/missing.d',
    '# ntpconf-disable-next-line missing-iburst',
    '# ntpconf-disable too-few-sources',
    '# ntpconf: chrony-version=4.0',
    '# a comment',
    '',
    'minsources 3',
    'bogus directive',
  ],
  ntpd: [
    'server 0.pool.ntp.org iburst',
    'server 127.127.1.0',
    'fudge 127.127.1.0 stratum 10',
    'pool pool.ntp.org',
    'driftfile /var/lib/ntp/drift',
    'restrict default nomodify notrap nopeer noquery',
    'restrict default ignore',
    'includefile /etc/ntp/extra.conf',
    'keys /etc/ntp/keys',
    'trustedkey 1',
    '# ntpconf-disable-next-line missing-iburst',
    '# ntpconf: ntpd-version=4.2.6',
    '',
    'broadcast 192.0.2.255',
  ],
};
const INCLUDED: Record<string, string> = {
  '/etc/chrony/extra.conf': 'server 192.0.2.9 iburst\n',
  '/etc/ntp/extra.conf': 'server 192.0.2.9 iburst\n',
};

function environment(documentPath: string): FileEnvironment {
  return { documentPath, workspaceRoots: ['/'], exists: (file) => file in INCLUDED, readText: (file) => INCLUDED[file], listNames: () => undefined };
}

const document = fc.record({
  family: fc.constantFrom<'chrony' | 'ntpd'>('chrony', 'ntpd'),
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 25 }),
  edits: fc.array(fc.record({ at: fc.nat(), pick: fc.nat(), kind: fc.constantFrom('replace', 'insert', 'delete', 'comment') }), { maxLength: 6 }),
  newline: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  trailing: fc.boolean(),
});

type Doc = typeof document extends fc.Arbitrary<infer T> ? T : never;

function texts(doc: Doc): { before: string; after: string; dialect: Dialect; path: string } {
  const pool = LINES[doc.family];
  const lines = doc.picks.map((p) => pool[p % pool.length]!);
  const join = (ls: string[]) => (doc.bom ? '\ufeff' : '') + ls.join(doc.newline) + (doc.trailing ? doc.newline : '');
  const before = join(lines);
  const edited = [...lines];
  for (const edit of doc.edits) {
    const at = edit.at % (edited.length + 1);
    const line = pool[edit.pick % pool.length]!;
    // Typing in a comment or blank line leaves every directive in place: the whole-file findings are reused then.
    const quiet = edited.findIndex((l, i) => i >= at && (l === '' || l.startsWith('#')));
    if (edit.kind === 'comment') {
      if (quiet >= 0) edited[quiet] = `${edited[quiet]!}# typed ${edit.pick % 7}`.replace(/^#?/, '#');
    } else if (edit.kind === 'insert') edited.splice(at, 0, line);
    else if (edit.kind === 'delete') edited.splice(at, 1);
    else edited[Math.min(at, edited.length - 1)] = line;
  }
  const dialect: Dialect = doc.family === 'chrony' ? 'chrony' : 'ntpd';
  return { before, after: join(edited), dialect, path: doc.family === 'chrony' ? '/etc/chrony/chrony.conf' : '/etc/ntp.conf' };
}

describe('whole-configuration rules on the document’s own parse', () => {
  it('find what a from-scratch parse of the set finds, after random edits (lines carrying memos)', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const { before, after, dialect, path } = texts(doc);
        const env = environment(path);
        const previous = parseConfig(before, dialect);
        // The first run stores memos on the lines the edit leaves in place.
        checkConfigurationSet(collectConfigurationSet(path, before, dialect, env, previous), dialect, DEFAULT_SETTINGS, env, { mainConfig: previous });
        const incremental = parseConfig(after, dialect, previous);
        const reused = checkConfigurationSet(collectConfigurationSet(path, after, dialect, env, incremental), dialect, DEFAULT_SETTINGS, env, {
          mainConfig: incremental,
        });
        const fresh = checkConfigurationSet(collectConfigurationSet(path, after, dialect, env), dialect, DEFAULT_SETTINGS, env);
        assert.deepEqual(reused, fresh);
      }),
      { numRuns: 300 },
    );
  });

  it('validateConfiguration with the previous version’s parse equals a fresh validation (edits in comments reuse the whole-file findings)', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const { before, after, dialect, path } = texts(doc);
        const files = environment(path);
        const first = validateConfiguration(before, dialect, DEFAULT_SETTINGS, { files });
        assert.equal(first.kind, 'config');
        const incremental = validateConfiguration(after, dialect, DEFAULT_SETTINGS, { files, ...(first.kind === 'config' ? { previous: first.config } : {}) });
        assert.deepEqual(incremental.findings, validateConfiguration(after, dialect, DEFAULT_SETTINGS, { files }).findings);
      }),
      { numRuns: 300 },
    );
  });

  it('re-runs whole-file rules when an edit changes a suppression comment (found by the property above, seed -280266201)', () => {
    const before = 'server 192.0.2.1 iburst minpoll 4 maxpoll 10\n# ntpconf-disable-next-line missing-iburst\nserver 192.0.2.1 iburst minpoll 4 maxpoll 10\n';
    const after = before.replace('missing-iburst', 'missing-iburst# typed 0');
    const files = environment('/etc/chrony/chrony.conf');
    const first = validateConfiguration(before, 'chrony', DEFAULT_SETTINGS, { files });
    assert.equal(first.kind, 'config');
    const incremental = validateConfiguration(after, 'chrony', DEFAULT_SETTINGS, { files, ...(first.kind === 'config' ? { previous: first.config } : {}) });
    assert.deepEqual(incremental.findings, validateConfiguration(after, 'chrony', DEFAULT_SETTINGS, { files }).findings);
  });

  it('re-runs whole-file rules when a fix would edit the changed comment (found by the property above, seed -1810047576)', () => {
    const before = 'pool 2.pool.ntp.org iburst\n# a comment';
    const after = 'pool 2.pool.ntp.org iburst\n# a comment# typed 0';
    const files = environment('/etc/chrony/chrony.conf');
    const first = validateConfiguration(before, 'chrony', DEFAULT_SETTINGS, { files });
    assert.equal(first.kind, 'config');
    const incremental = validateConfiguration(after, 'chrony', DEFAULT_SETTINGS, { files, ...(first.kind === 'config' ? { previous: first.config } : {}) });
    const rtcsync = incremental.findings.find((f) => f.code === 'missing-rtc-sync');
    // The fix appends after the last line, whose end moved with the typing.
    assert.deepEqual(rtcsync?.fixes?.[0]?.edits[0]?.range.start, { line: 1, character: after.split('\n')[1]!.length });
    assert.deepEqual(incremental.findings, validateConfiguration(after, 'chrony', DEFAULT_SETTINGS, { files }).findings);
  });
});
