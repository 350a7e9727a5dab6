import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIALECTS, type Dialect } from '../../server/src/core/dialect';
import { formatConfig } from '../../server/src/features/formatting';
import { parseConfig } from '../../server/src/formats/ntpconf/parser/parseConfig';
import type { Range } from 'vscode-languageserver-types';

function format(text: string, dialect: Dialect, range?: Range): string {
  const document = TextDocument.create('file:///x.conf', 'conf', 1, text);
  return TextDocument.applyEdits(document, formatConfig(parseConfig(text, dialect), range));
}

/** Every non-blank line as the parser sees it: its words and its comment (kind and text). */
function words(text: string, dialect: Dialect): string[][] {
  return parseConfig(text, dialect)
    .lines.filter((l) => l.tokens.length > 0 || l.comment !== undefined)
    .map((l) => [...l.tokens.map((t) => t.text), `${l.commentKind ?? ''}:${l.comment?.text.trimEnd() ?? ''}`]);
}

describe('formatting', () => {
  it('aligns option columns within a block of the same directive and normalizes whitespace', () => {
    const text = [
      '  server 0.kr.pool.ntp.org      iburst',
      'server 1.asia.pool.ntp.org   iburst   minpoll 4',
      'server\ttime.bora.net iburst  ',
      'makestep   1.0    3',
      '',
    ].join('\n');
    assert.equal(
      format(text, 'chrony'),
      ['server 0.kr.pool.ntp.org   iburst', 'server 1.asia.pool.ntp.org iburst minpoll 4', 'server time.bora.net       iburst', 'makestep 1.0 3', ''].join(
        '\n',
      ),
    );
  });

  it('keeps comments on their own lines, collapses blank runs, and aligns ntpd trailing comments', () => {
    const text = ['   # header   ', '', '', '   ', 'server a.example iburst # first', 'server bb.example # second', 'driftfile /x'].join('\n');
    assert.equal(format(text, 'ntpd'), ['# header', '', 'server a.example iburst # first', 'server bb.example       # second', 'driftfile /x'].join('\n'));
  });

  it('is chrony-safe: a trailing # stays where it is, a comment never joins a directive line', () => {
    const text = 'server a.example   iburst   # not a comment for chronyd\n! comment\nserver b.example\n';
    assert.equal(format(text, 'chrony'), 'server a.example iburst # not a comment for chronyd\n! comment\nserver b.example\n');
  });

  it('keeps CRLF line ends and the byte order mark', () => {
    assert.equal(format('\ufeffserver  a\r\n\r\n\r\nrtcsync \r\n', 'chrony'), '\ufeffserver a\r\n\r\nrtcsync\r\n');
  });

  it('formats only the lines of a range, with the alignment of the whole block', () => {
    const text = 'server  a    iburst\nserver  bbbb   iburst\nrtcsync   \n';
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } };
    assert.equal(format(text, 'chrony', range), 'server  a    iburst\nserver bbbb iburst\nrtcsync   \n');
  });

  it('does not pad a column wider than the cap', () => {
    const long = `${'a'.repeat(60)}.example`;
    assert.equal(format(`server ${long} iburst\nserver b iburst\n`, 'chrony'), `server ${long} iburst\nserver b iburst\n`);
  });

  it('does not pad trailing comments past one very long line of the block (was a 200 MB reply)', () => {
    const text = `server ${'a'.repeat(100_000)} # long\n${'server s.example # c\n'.repeat(2000)}`;
    const edits = formatConfig(parseConfig(text, 'ntpd'));
    assert.deepEqual(edits, []);
  });

  it('aligns trailing comments only among lines short enough to align with', () => {
    const long = `server ${'a'.repeat(130)} iburst # long`;
    assert.equal(format(`${long}\nserver b  # b\nserver ccc # c\n`, 'ntpd'), `${long}\nserver b   # b\nserver ccc # c\n`);
  });

  it('formats a 200k-line block of one directive without overflowing the stack', () => {
    const edits = formatConfig(parseConfig('server a # c\n'.repeat(200_000), 'ntpd'));
    assert.deepEqual(edits, []);
  });

  it('caps the reply of a huge document at 50k edits and 4M characters, from the top', () => {
    const manyEdits = formatConfig(parseConfig('server  a\n'.repeat(60_000), 'chrony'));
    assert.equal(manyEdits.length, 50_000);
    assert.deepEqual(manyEdits[0], { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } }, newText: 'server a' });
    const wideLine = `server  ${'w'.repeat(1_000_000)}\n`;
    const manyCharacters = formatConfig(parseConfig(wideLine.repeat(5) + 'server  b\n', 'chrony'));
    assert.deepEqual(
      manyCharacters.map((e) => e.range.start.line),
      [0, 1, 2, 5],
    );
  });

  const PIECES = [
    'server',
    'pool',
    'allow',
    'restrict',
    'iburst',
    'minpoll',
    '4',
    'a.example',
    '127.127.1.0',
    '"a b"',
    '"open',
    'x#y',
    ';x',
    '!',
    '%',
    'é',
    '한글',
  ];
  const line = fc.oneof(
    fc.constant(''),
    fc.constantFrom(' ', '\t', '  \t '),
    fc.tuple(fc.constantFrom('', ' ', '\t'), fc.constantFrom('#', ';', '!', '%'), fc.constantFrom(' c', 'x  ', '')).map((p) => p.join('')),
    fc
      .tuple(
        fc.constantFrom('', ' ', '\t\t'),
        fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '\t', '   ', ' \t')), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('', ' # c', '#c  ', ' # a  b '),
      )
      .map(([indent, parts, comment]) => indent + parts.map(([w, s]) => w + s).join('') + comment),
  );
  const document = fc.tuple(fc.boolean(), fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom(...DIALECTS));

  it('never loses or changes a word, and is idempotent (property)', () => {
    fc.assert(
      fc.property(document, ([bom, lines, eol, dialect]) => {
        const text = (bom ? '\ufeff' : '') + lines.join(eol);
        const once = format(text, dialect);
        assert.deepEqual(words(once, dialect), words(text, dialect));
        assert.equal(format(once, dialect), once);
        assert.equal(once.startsWith('\ufeff'), bom);
      }),
      { numRuns: 500 },
    );
  });
});
