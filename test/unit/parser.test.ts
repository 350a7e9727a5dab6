import * as assert from 'node:assert/strict';
import { parseConfig, tokenizeLine } from '../../server/src/formats/ntpconf/parser/parseConfig';

const words = (text: string, dialect: 'chrony' | 'ntpd') => tokenizeLine(text, 0, dialect).tokens.map((t) => [t.text, t.start, t.end]);

describe('parser', () => {
  it('splits words with their columns', () => {
    assert.deepEqual(words('  server\t10.0.0.1  iburst', 'chrony'), [
      ['server', 2, 8],
      ['10.0.0.1', 9, 17],
      ['iburst', 19, 25],
    ]);
  });

  it('knows chrony whole-line comment markers, indented too', () => {
    for (const marker of ['#', ';', '%', '!']) {
      const line = tokenizeLine(`   ${marker} note`, 0, 'chrony');
      assert.deepEqual([line.tokens.length, line.commentKind], [0, 'line'], marker);
    }
  });

  it('keeps a chrony trailing # as a trailing comment, ntpd ends the line there', () => {
    const chrony = tokenizeLine('server a iburst # note', 0, 'chrony');
    assert.deepEqual([chrony.tokens.map((t) => t.text), chrony.commentKind, chrony.comment?.start], [['server', 'a', 'iburst'], 'trailing', 16]);
    const ntpd = tokenizeLine('server a iburst#note', 0, 'ntpd');
    assert.deepEqual([ntpd.tokens.map((t) => t.text), ntpd.commentKind], [['server', 'a', 'iburst'], 'trailing']);
  });

  it('treats ; as a word in ntpd but a comment in chrony', () => {
    assert.equal(tokenizeLine('; x', 0, 'ntpd').tokens.length, 2);
    assert.equal(tokenizeLine('; x', 0, 'chrony').tokens.length, 0);
  });

  it('keeps quoted strings whole in ntpd', () => {
    assert.deepEqual(words('setvar "a b # c"', 'ntpd'), [
      ['setvar', 0, 6],
      ['"a b # c"', 7, 16],
    ]);
  });

  it('handles CRLF, lone CR and a BOM without shifting columns', () => {
    const config = parseConfig('\ufeffserver a\r\npool b\rpeer c\n', 'chrony');
    assert.equal(config.hasByteOrderMark, true);
    assert.deepEqual(
      config.directives.map((l) => [l.line, l.tokens[0]?.text, l.tokens[0]?.start]),
      [
        [0, 'server', 1],
        [1, 'pool', 0],
        [2, 'peer', 0],
      ],
    );
    assert.equal(config.lines.length, 4);
  });

  it('flags lines with NUL bytes as binary', () => {
    assert.deepEqual(parseConfig('server a\n\u0000\u0001ELF\n', 'ntpd').binaryLines, [1]);
  });
});

describe('incremental parse', () => {
  it('reuses unchanged lines at the same place and re-tokenizes the rest, with the same result as a fresh parse', () => {
    const before = parseConfig('# a\nserver a iburst\npool b\n', 'chrony');
    const after = parseConfig('# a\nserver a iburst minpoll 4\npool b\n', 'chrony', before);
    assert.equal(after.lines[0], before.lines[0]);
    assert.notEqual(after.lines[1], before.lines[1]);
    assert.equal(after.lines[2], before.lines[2]);
    assert.deepEqual(after, parseConfig('# a\nserver a iburst minpoll 4\npool b\n', 'chrony'));
  });

  it('keeps reporting binary lines that an edit did not touch, and drops one the edit cleaned', () => {
    const before = parseConfig('server a\n\u0000ELF\n\u0001x\n', 'ntpd');
    const edited = parseConfig('server a iburst\n\u0000ELF\n\u0001x\n', 'ntpd', before);
    assert.deepEqual(edited.binaryLines, [1, 2]);
    const cleaned = parseConfig('server a iburst\nELF\n\u0001x\n', 'ntpd', edited);
    assert.deepEqual(cleaned.binaryLines, [2]);
    assert.deepEqual(parseConfig('server a\n\u0002\n', 'ntpd', cleaned).binaryLines, [1]);
  });

  it('never reuses lines across dialects, where comments differ', () => {
    const chrony = parseConfig('; note\n', 'chrony');
    assert.deepEqual(
      parseConfig('; note\n', 'ntpd', chrony).lines[0]?.tokens.map((t) => t.text),
      [';', 'note'],
    );
  });
});
