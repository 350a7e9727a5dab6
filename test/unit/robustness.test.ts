import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { allDirectives } from '../../server/src/formats/ntpconf/catalog';
import { DIALECTS, type Dialect } from '../../server/src/core/dialect';
import { completeAt } from '../../server/src/features/completion';
import { hoverAt } from '../../server/src/features/hover';
import { splitLines } from '../../server/src/formats/ntpconf/parser/parseConfig';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { toDiagnostic, validateText } from '../../server/src/engine/validate';

/** Every range must point inside the document the user has open. */
function assertRangesInside(text: string, dialect: Dialect): void {
  const lines = splitLines(text);
  for (const finding of validateText(text, dialect, DEFAULT_SETTINGS).findings) {
    const diagnostic = toDiagnostic(finding, 'ko');
    for (const position of [diagnostic.range.start, diagnostic.range.end]) {
      assert.ok(position.line >= 0 && position.line < lines.length, `line ${position.line} outside ${lines.length} lines (${finding.code})`);
      assert.ok(
        position.character >= 0 && position.character <= (lines[position.line] as string).length,
        `column ${position.character} outside line ${position.line} (${finding.code})`,
      );
    }
    assert.ok(diagnostic.message.length > 0);
  }
}

const WORDS = [
  ...new Set(allDirectives().flatMap((d) => [d.name, ...(d.options ?? []).map((o) => o.name)])),
  '127.127.1.0',
  '10.0.0.1',
  '::1',
  '[fe80::1%eth0]',
  '192.168/16',
  '-4',
  '-6',
  'default',
  '0',
  '-1',
  '1e9',
  'NaN',
  '#',
  '# note',
  ';',
  '!',
  '%',
  '"',
  '"quoted word"',
  '시간',
  '\t',
  '\ufeff',
  '\u0000',
];
const tokenSoup = fc
  .array(
    fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((words) => words.join(' ')),
    { maxLength: 30 },
  )
  .map((lines) => lines.join('\n'));
const dialect = fc.constantFrom(...DIALECTS);

describe('robustness: never throws, never points outside the document', () => {
  it('random unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), dialect, (text, d) => assertRangesInside(text, d)),
      { numRuns: 300 },
    );
  });

  it('random bytes read as UTF-8 and as Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), dialect, (bytes, d) => {
        assertRangesInside(Buffer.from(bytes).toString('utf8'), d);
        assertRangesInside(Buffer.from(bytes).toString('latin1'), d);
      }),
      { numRuns: 300 },
    );
  });

  it('token soups of real directive and option names', () => {
    fc.assert(
      fc.property(tokenSoup, dialect, (text, d) => assertRangesInside(text, d)),
      { numRuns: 500 },
    );
  });

  it('hover and completion at any position of a token soup', () => {
    fc.assert(
      fc.property(tokenSoup, dialect, fc.nat(40), fc.nat(200), (text, d, line, character) => {
        const result = validateText(text, d, DEFAULT_SETTINGS);
        assert.equal(result.kind, 'config');
        if (result.kind === 'config') hoverAt(result.config, line, character, 'ko');
        const lineText = splitLines(text)[line] ?? '';
        completeAt(lineText, Math.min(character, lineText.length), d, '4.3', 'en');
      }),
      { numRuns: 300 },
    );
  });

  it('a 1 MB line, CRLF, a BOM, Korean comments, NUL bytes', () => {
    for (const d of DIALECTS) {
      assertRangesInside('server ' + 'a'.repeat(1 << 20) + ' iburst\n', d);
      assertRangesInside('# 한국 표준시 서버\r\nserver time.kriss.re.kr iburst\r\n', d);
      assertRangesInside('\ufeffserver time.bora.net\n', d);
      assertRangesInside('\u0000\u0001\u0002ELF\u0000\nserver x\u0000y\n', d);
    }
  });

  it('a 100k-line file yields one diagnostic per bad line', () => {
    const text = Array.from({ length: 100000 }, (_, i) => (i % 2 === 0 ? `# comment ${i}` : `server 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`)).join(
      '\n',
    );
    const missing = validateText(text, 'chrony', DEFAULT_SETTINGS).findings.filter((f) => f.code === 'missing-iburst');
    assert.equal(missing.length, 50000);
  });
});

describe('robustness: very many findings', function () {
  // Bounded, not timed: speed budgets live in npm run bench.
  this.timeout(60000);

  it('a 300k-line file where every line is a finding does not overflow the stack', () => {
    const text = 'server a.example\n'.repeat(300000);
    const missing = validateText(text, 'chrony', DEFAULT_SETTINGS).findings.filter((f) => f.code === 'missing-iburst');
    assert.equal(missing.length, 300000);
  });

  it('a file with no NTP directive at all says so once, not on every line, and gets no rule findings', () => {
    const readme = Array.from({ length: 500 }, (_, i) => `This is line ${i} of a README`).join('\n');
    for (const dialect of ['chrony', 'ntpd'] as const) {
      const findings = validateText(readme, dialect, DEFAULT_SETTINGS).findings;
      assert.deepEqual(
        findings.map((f) => [f.code, f.range.start.line]),
        [['unknown-directive', 0]],
        dialect,
      );
      assert.match(
        findings[0]!.message.en,
        /^None of the 500 lines is an NTP directive; the daemon would (refuse the file|skip them all)\. Is this an NTP file\?$/,
      );
    }
  });

  it('a binary file gets one binary-content finding, however many lines hold control characters', () => {
    const binary = Array.from({ length: 200 }, (_, i) => `\u0000\u0001ELF${i}\u0002`).join('\n');
    const findings = validateText(binary, 'chrony', DEFAULT_SETTINGS).findings;
    assert.deepEqual(
      findings.filter((f) => f.code === 'binary-content').map((f) => f.range.start.line),
      [0],
    );
    assert.match(findings.find((f) => f.code === 'binary-content')!.message.en, /^200 lines hold control characters/);
  });
});
