import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Dialect } from '../../server/src/core/dialect';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { toDiagnostic, validateText } from '../../server/src/engine/validate';
import { chronydParse, chronydPath, Scratch } from '../agreement/chronyd';
import { expandSnippet, readSnippets, ROOT } from '../support/snippets';

/** The daemon each ntp.conf snippet is written for. */
const NTP_SNIPPET_DIALECTS: Readonly<Record<string, Dialect>> = {
  'ntpd client': 'ntpd',
  'ntpd server with orphan mode': 'ntpd',
  'Solaris ntp.server (xntpd)': 'xntpd',
  'Solaris ntp.client (xntpd)': 'xntpd',
  'AIX time server (xntpd)': 'xntpd',
  'AIX client (xntpd)': 'xntpd',
  'HP-UX client (xntpd)': 'xntpd',
  'NTPsec GPS and PPS reference clocks': 'ntpsec',
  'NTPsec NTS client': 'ntpsec',
};

function errors(text: string, dialect: Dialect): string[] {
  return validateText(text, dialect, DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity === 1)
    .map((f) => `${f.range.start.line + 1}: ${toDiagnostic(f, 'en').message}`);
}

describe('snippets', () => {
  const chrony = readSnippets('chrony');
  const ntp = readSnippets('ntp');
  let scratch: Scratch;
  let chronyd: string;

  before(() => {
    scratch = new Scratch();
    chronyd = chronydPath();
  });
  after(() => scratch.dispose());

  it('expands placeholders to their defaults', () => {
    assert.equal(expandSnippet(['pool ${1:pool.ntp.org} iburst', 'x ${2|a,b|} $3', '$0']), 'pool pool.ntp.org iburst\nx a \n');
  });

  it('are served by the language server, not contributed as static snippets (those cannot be localised)', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets?: unknown } };
    assert.equal(manifest.contributes.snippets, undefined);
  });

  for (const [name, snippet] of Object.entries(readSnippets('chrony'))) {
    it(`chrony: "${name}" passes chronyd -p and our checks`, () => {
      const text = expandSnippet(snippet.body);
      assert.deepEqual(chronydParse(chronyd, scratch.write(text)), { accepted: true }, text);
      assert.deepEqual(errors(text, 'chrony'), [], text);
    });
  }

  for (const [name, snippet] of Object.entries(readSnippets('ntp'))) {
    it(`ntp: "${name}" has no error for ${NTP_SNIPPET_DIALECTS[name] ?? '(no dialect listed)'}`, () => {
      const dialect = NTP_SNIPPET_DIALECTS[name];
      assert.ok(dialect, `add "${name}" to NTP_SNIPPET_DIALECTS`);
      const text = expandSnippet(snippet.body);
      assert.deepEqual(errors(text, dialect), [], text);
    });
  }

  it('cover the configurations of the issue', () => {
    assert.deepEqual(Object.keys(chrony).length >= 4 && Object.keys(ntp).length >= 9, true);
    const all = [...Object.values(chrony), ...Object.values(ntp)].map((s) => s.body.join('\n'));
    for (const needle of ['iburst', 'makestep', 'rtcsync', 'driftfile', 'allow', 'local stratum', 'tos orphan', 'refclock PPS', 'nts']) {
      assert.ok(
        all.some((body) => body.includes(needle)),
        needle,
      );
    }
  });
});
