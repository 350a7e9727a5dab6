import * as assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, Hover, TextEdit } from 'vscode-languageserver-types';
import { LanguageServerProcess } from './languageServer';

const FORMATTING_OPTIONS = { tabSize: 4, insertSpaces: true };

describe('language server robustness (real process)', function () {
  this.timeout(30000);
  let server: LanguageServerProcess;

  before(async () => {
    server = new LanguageServerProcess();
    await server.initialize();
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('keeps serving after a document opened with text: null is edited (the delayed re-check used to end the process)', async () => {
    const uri = 'file:///etc/null.conf';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ntp-conf', version: 1, text: null } });
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'server a\n' }],
    });
    await server.waitForVersion(uri, 2);
    const hover: Hover | null = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.match((hover?.contents as { value: string }).value, /\*\*server\*\*/);
  });

  it('answers completion past the end of a line or the document with ranges inside the document (found by the fuzzer, seed 9)', async () => {
    const text = 'XNTPD=1\nXNTPD_ARGS=\n';
    const uri = 'file:///etc/rc.config.d/netdaemons';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 1, text } });
    const lines = text.split('\n');
    for (const position of [
      { line: 1, character: 40 },
      { line: lines.length, character: 0 },
      { line: lines.length + 5, character: 3 },
    ]) {
      const answer: CompletionItem[] | CompletionList | null = await server.connection.sendRequest('textDocument/completion', {
        textDocument: { uri },
        position,
      });
      const items = answer === null ? [] : Array.isArray(answer) ? answer : answer.items;
      for (const edit of items.flatMap((item) => [item.textEdit as TextEdit | undefined, ...(item.additionalTextEdits ?? [])])) {
        if (edit === undefined) continue;
        const { end } = edit.range;
        assert.ok(
          end.line < lines.length && end.character <= (lines[end.line] as string).length,
          `at ${JSON.stringify(position)}: ${JSON.stringify(edit.range)}`,
        );
      }
    }
  });

  it('publishes at most 1000 diagnostics and one that counts the rest, for a finding on every line', async () => {
    const uri = 'file:///etc/every-line.conf';
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'ntp-conf', version: 1, text: 'server a\n'.repeat(3000) },
    });
    const diagnostics = await server.diagnosticsFor(uri, (d) => d.length > 0, 20000);
    assert.equal(diagnostics.length, 1001);
    const [summary] = diagnostics;
    assert.deepEqual([summary?.code, summary?.range.start], [undefined, { line: 0, character: 0 }]);
    assert.match(summary?.message ?? '', /^\d+ more problems in this file are not shown/);
    const hover: Hover | null = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2999, character: 2 } });
    assert.notEqual(hover, null);
  });

  it('formats one 100k-character line among 2000 commented ones with a small reply (was 200 MB)', async () => {
    const uri = 'file:///etc/long-line.conf';
    const text = `server ${'a'.repeat(100_000)} iburst # long\n${Array.from({ length: 2000 }, (_, i) => `server s${i}.example # c\n`).join('')}`;
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ntp-conf', version: 1, text } });
    const edits: TextEdit[] = await server.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: FORMATTING_OPTIONS });
    assert.ok(JSON.stringify(edits).length < 1_000_000, `reply of ${JSON.stringify(edits).length} characters`);
  });
});
