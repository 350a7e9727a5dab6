import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { splitLines as splitConfigLines } from '../../server/src/formats/ntpconf/parser/parseConfig';
import { splitLines as splitScriptLines } from '../../server/src/formats/script/lexer';

describe('line splitting', () => {
  it('the config parser, the script lexer and the LSP document agree on every line break', () => {
    const text = 'a\rb\r\nc\nd\r\re\n\rf';
    const document = TextDocument.create('file:///x', 'plaintext', 0, text);
    const lspLines = Array.from({ length: document.lineCount }, (_, line) =>
      document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$|\r$/, ''),
    );
    assert.deepEqual(splitConfigLines(text), lspLines);
    assert.deepEqual(splitScriptLines(text), lspLines);
  });
});
