import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDocumentKind } from '../../server/src/documentKind';
import { fixAllEdits } from '../../server/src/features/codeActions';
import { RULES } from '../../server/src/rules';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { INCLUDE_CODES } from '../../server/src/validation/includes';
import { SYNTAX_CODES } from '../../server/src/validation/syntax';
import { validateText } from '../../server/src/validation/validate';

const ROOT = path.resolve(__dirname, '../../..');
// `REM` and `::` mark lines in batch-file fixtures of the W32Time rules.
const MARKER = /^\s*(?:[#;!%]|REM\b|::)\s*expect-next-line:\s*(.+)$/;

/** Lines that follow an `expect-next-line: code[, code]` marker naming `code`. */
function markedLines(text: string, code: string): number[] {
  const lines = text.split('\n');
  return lines.flatMap((line, index) => {
    const codes = MARKER.exec(line)?.[1]?.split(',').map((c) => c.trim()) ?? [];
    return codes.includes(code) ? [index + 1] : [];
  });
}

describe('every rule has docs, fixtures and a working fix (meta-test)', () => {
  for (const code of [...SYNTAX_CODES, ...INCLUDE_CODES, ...RULES.map((r) => r.meta.code)]) {
    it(`${code}: docs/rules/${code}.md with a bad and a good example`, () => {
      const doc = path.join(ROOT, 'docs', 'rules', `${code}.md`);
      assert.ok(existsSync(doc), `missing ${doc}`);
      const text = readFileSync(doc, 'utf8');
      for (const section of ['## Bad', '## Good']) assert.ok(text.includes(section), `${code}.md lacks "${section}"`);
    });
  }

  for (const rule of RULES) {
    const { code } = rule.meta;
    const fixtureRoot = path.join(ROOT, 'test', 'fixtures', 'rules', code);
    const dialects = existsSync(fixtureRoot) ? readdirSync(fixtureRoot).filter(isDocumentKind) : [];

    it(`${code}: has fixtures for at least one of its dialects`, () => {
      assert.ok(dialects.length > 0, `no fixtures under ${fixtureRoot}`);
      for (const dialect of dialects) assert.ok(rule.meta.dialects.includes(dialect), `${code} does not apply to ${dialect}`);
    });

    for (const dialect of dialects) {
      const read = (name: string) => readFileSync(path.join(fixtureRoot, dialect, name), 'utf8');
      // A rule limited to some profiles is checked under the first of them.
      const settings = { ...DEFAULT_SETTINGS, profile: rule.meta.profiles?.[0] ?? DEFAULT_SETTINGS.profile };
      const firing = (text: string) => validateText(text, dialect, settings).findings.filter((f) => f.code === code);

      it(`${code}/${dialect}: bad.conf fires on exactly the marked lines`, () => {
        const bad = read('bad.conf');
        const expected = markedLines(bad, code);
        assert.ok(expected.length > 0, 'bad.conf marks no line');
        assert.deepEqual(firing(bad).map((f) => f.range.start.line), expected);
      });

      it(`${code}/${dialect}: good.conf stays clean`, () => {
        assert.deepEqual(firing(read('good.conf')).map((f) => f.range.start.line), []);
      });

      it(`${code}/${dialect}: ${rule.meta.fixable ? 'the fix turns bad.conf into fixed.conf' : 'claims no fix and offers none'}`, () => {
        const bad = read('bad.conf');
        const findings = firing(bad);
        if (!rule.meta.fixable) {
          assert.deepEqual(findings.filter((f) => f.fixes && f.fixes.length > 0).map((f) => f.range.start.line), []);
          return;
        }
        const fixed = TextDocument.applyEdits(TextDocument.create('file:///bad.conf', 'plaintext', 1, bad), fixAllEdits(findings));
        assert.equal(fixed, read('fixed.conf'));
      });
    }
  }
});
