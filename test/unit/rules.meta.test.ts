import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDocumentKind, type DocumentKind } from '../../server/src/core/documentKind';
import { fixAllEdits } from '../../server/src/engine/codeActions';
import { CODE_METAS, RULES } from '../../server/src/rules';
import type { RuleMeta } from '../../server/src/rules/types';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/core/settings';
import { allowedSeverities, SEVERITY, type Finding } from '../../server/src/core/finding';
import type { FileEnvironment } from '../../server/src/core/fileEnvironment';
import { validateText } from '../../server/src/engine/validate';
import { validateConfiguration } from '../../server/src/engine/validateConfiguration';

const ROOT = path.resolve(__dirname, '../../..');
// `REM` and `::` mark lines in batch-file fixtures of the W32Time rules.
const MARKER = /^\s*(?:[#;!%]|REM\b|::)\s*expect-next-line:\s*(.+)$/;
// Findings about the whole file sit on line 1 itself: `# expect-this-line: missing-makestep` as the first line.
const THIS_LINE_MARKER = /^\s*(?:[#;!%]|REM\b|::)\s*expect-this-line:\s*(.+)$/;
const META_BY_CODE = new Map(CODE_METAS.map((meta) => [meta.code, meta]));
const SEVERITY_NAME = Object.fromEntries(Object.entries(SEVERITY).map(([name, value]) => [value, name]));

/** Codes whose bad example cannot be shown as text in a page (a byte order mark, NUL bytes). */
const UNDEMONSTRABLE = new Set(['byte-order-mark', 'binary-content']);

/** Lines that follow an `expect-next-line: code[, code]` marker naming `code`, and lines that are an `expect-this-line` marker. */
function markedLines(text: string, code: string): number[] {
  const lines = text.split('\n');
  const named = (marker: RegExp, line: string) =>
    (
      marker
        .exec(line)?.[1]
        ?.split(',')
        .map((c) => c.trim()) ?? []
    ).includes(code);
  return lines.flatMap((line, index) => [...(named(THIS_LINE_MARKER, line) ? [index] : []), ...(named(MARKER, line) ? [index + 1] : [])]);
}

/** Findings whose code has no metadata or whose severity the metadata does not declare. */
function undeclared(findings: readonly Finding[]): string[] {
  return findings.flatMap((finding) => {
    const meta = META_BY_CODE.get(finding.code);
    const severity = SEVERITY_NAME[finding.severity] as string;
    if (meta === undefined) return [`line ${finding.range.start.line}: unknown code ${finding.code}`];
    if (!(allowedSeverities(meta) as readonly string[]).includes(severity))
      return [`line ${finding.range.start.line}: ${finding.code} is ${severity}, declared ${allowedSeverities(meta).join('/')}`];
    return [];
  });
}

/** Nothing exists in the workspace, so include targets are reported missing. */
function emptyWorkspace(code: string): FileEnvironment {
  const file = code === 'not-allowed-in-sources-file' ? 'chrony/a.sources' : code === 'configuration-fragment' ? 'chrony/conf.d/site.conf' : 'conf';
  return { documentPath: `/ws/etc/${file}`, workspaceRoots: ['/ws'], exists: () => false };
}

/** A rule limited to some profiles is checked under the first of them. */
function settingsFor(meta: RuleMeta): Settings {
  return { ...DEFAULT_SETTINGS, profile: meta.profiles?.[0] ?? DEFAULT_SETTINGS.profile };
}

/** The first fenced block under a `## Bad` or `## Good` heading. */
function example(page: string, section: string): string | undefined {
  return new RegExp(`^${section}\\n[\\s\\S]*?\`\`\`[^\\n]*\\n([\\s\\S]*?)\`\`\``, 'm').exec(page)?.[1];
}

describe('every code has metadata, docs and examples its findings keep to (meta-test)', () => {
  for (const meta of CODE_METAS) {
    const { code } = meta;
    const doc = path.join(ROOT, 'docs', 'rules', `${code}.md`);

    it(`${code}: declares its default severity among its severities`, () => {
      assert.ok(allowedSeverities(meta).includes(meta.severity));
      assert.equal(new Set(allowedSeverities(meta)).size, allowedSeverities(meta).length);
    });

    it(`${code}: docs/rules/${code}.md with a bad and a good example`, () => {
      assert.ok(existsSync(doc), `missing ${doc}`);
      const text = readFileSync(doc, 'utf8');
      for (const section of ['## Bad', '## Good']) assert.ok(text.includes(section), `${code}.md lacks "${section}"`);
    });

    it(`${code}: the docs' bad example fires it, and every finding on both examples is declared`, () => {
      const page = readFileSync(doc, 'utf8');
      const bad = example(page, '## Bad');
      const good = example(page, '## Good');
      let fired = false;
      for (const dialect of meta.dialects) {
        for (const text of [bad, good]) {
          if (text === undefined) continue;
          // As the user sees the example: a file at a path, judged with the configuration set it belongs to.
          const findings = validateConfiguration(text, dialect, settingsFor(meta), { files: emptyWorkspace(code) }).findings;
          assert.deepEqual(undeclared(findings), [], `${dialect}`);
          if (text === bad) fired ||= findings.some((f) => f.code === code);
        }
      }
      if (bad !== undefined && !UNDEMONSTRABLE.has(code)) assert.ok(fired, `the bad example of ${code}.md fires it in none of ${meta.dialects.join(', ')}`);
    });
  }

  for (const rule of RULES) {
    const { code } = rule.meta;
    const fixtureRoot = path.join(ROOT, 'test', 'fixtures', 'rules', code);
    const dialects = existsSync(fixtureRoot) ? readdirSync(fixtureRoot).filter(isDocumentKind) : [];

    it(`${code}: has fixtures for at least one of its dialects`, () => {
      assert.ok(dialects.length > 0, `no fixtures under ${fixtureRoot}`);
      for (const dialect of dialects) assert.ok((rule.meta.dialects as readonly string[]).includes(dialect), `${code} does not apply to ${dialect}`);
    });

    for (const dialect of dialects) {
      const read = (name: string) => readFileSync(path.join(fixtureRoot, dialect, name), 'utf8');
      const all = (text: string) => validateText(text, dialect as DocumentKind, settingsFor(rule.meta)).findings;
      const firing = (text: string) => all(text).filter((f) => f.code === code);

      it(`${code}/${dialect}: bad.conf fires on exactly the marked lines`, () => {
        const bad = read('bad.conf');
        const expected = markedLines(bad, code);
        assert.ok(expected.length > 0, 'bad.conf marks no line');
        assert.deepEqual(
          firing(bad).map((f) => f.range.start.line),
          expected,
        );
      });

      it(`${code}/${dialect}: every finding on bad, good and fixed is a known code at a declared severity`, () => {
        for (const name of ['bad.conf', 'good.conf', ...(rule.meta.fixable ? ['fixed.conf'] : [])]) assert.deepEqual(undeclared(all(read(name))), [], name);
      });

      it(`${code}/${dialect}: good.conf stays clean`, () => {
        assert.deepEqual(
          firing(read('good.conf')).map((f) => f.range.start.line),
          [],
        );
      });

      it(`${code}/${dialect}: ${rule.meta.fixable ? 'the fix turns bad.conf into fixed.conf' : 'claims no fix and offers none'}`, () => {
        const bad = read('bad.conf');
        const findings = firing(bad);
        if (!rule.meta.fixable) {
          assert.deepEqual(
            findings.filter((f) => f.fixes && f.fixes.length > 0).map((f) => f.range.start.line),
            [],
          );
          return;
        }
        const fixed = TextDocument.applyEdits(TextDocument.create('file:///bad.conf', 'plaintext', 1, bad), fixAllEdits(findings));
        assert.equal(fixed, read('fixed.conf'));
      });
    }
  }
});
