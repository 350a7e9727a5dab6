import * as assert from 'node:assert/strict';
import type { CodeAction, CompletionItem, Hover, TextEdit } from 'vscode-languageserver-types';
import { LanguageServerProcess } from './languageServer';

const SCRIPT = 'file:///c%3A/ops/ntp-client.cmd';
const OTHER = 'file:///c%3A/ops/backup.cmd';
const TEXT = '@echo off\nw32tm /config /syncfromflags:manual /manualpeerlist:"time.bora.net,0x9" /update\nnet stop w32tm\nnet start w32time\n';

describe('language server on a W32Time batch file (real process)', function () {
  this.timeout(15000);
  let server: LanguageServerProcess;

  before(async () => {
    server = new LanguageServerProcess();
    await server.initialize();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: SCRIPT, languageId: 'bat', version: 1, text: TEXT } });
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: OTHER, languageId: 'bat', version: 1, text: '@echo off\nrobocopy C:\\data D:\\backup /MIR\n' },
    });
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('publishes exactly the W32Time diagnostic: the service is w32time, not w32tm', async () => {
    const diagnostics = await server.diagnosticsFor(SCRIPT, (d) => d.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.source, d.range]),
      [['w32time-service-name', 1, 'ntpconf', { start: { line: 2, character: 9 }, end: { line: 2, character: 14 } }]],
    );
    assert.ok(
      !server.notifications.some((n) => n.method === 'ntpConfig/dialect' && (n.params as { uri: string }).uri === SCRIPT),
      'no dialect status for scripts',
    );
  });

  it('hovers a w32tm switch with its documentation', async () => {
    const hover: Hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: SCRIPT }, position: { line: 1, character: 40 } });
    assert.match((hover.contents as { value: string }).value, /^\*\*w32tm \/config \/manualpeerlist:"<peers>"\*\*/);
    assert.deepEqual(hover.range, { start: { line: 1, character: 36 }, end: { line: 1, character: 51 } });
  });

  it('offers the fix, written as the service name', async () => {
    const [diagnostic] = await server.diagnosticsFor(SCRIPT, (d) => d.length > 0);
    const actions: CodeAction[] = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: SCRIPT },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    assert.deepEqual(
      actions.map((a) => a.edit?.changes?.[SCRIPT]?.[0]?.newText),
      ['w32time', 'REM ntpconf-disable-next-line w32time-service-name\n', 'REM ntpconf-disable w32time-service-name\n'],
    );
  });

  it('completes w32tm switches on W32Time lines only', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: SCRIPT, version: 2 },
      contentChanges: [{ text: `${TEXT}w32tm /resync /\n` }],
    });
    const items: CompletionItem[] = await server.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: SCRIPT },
      position: { line: 4, character: 15 },
    });
    assert.deepEqual(
      items.map((i) => i.label),
      ['/computer', '/nowait', '/rediscover', '/soft'],
    );
  });

  it('leaves a batch file without W32Time alone: no diagnostics, hover, completion or formatting', async () => {
    assert.deepEqual(await server.diagnosticsFor(OTHER), []);
    assert.equal(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: OTHER }, position: { line: 1, character: 3 } }), null);
    assert.deepEqual(await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: OTHER }, position: { line: 1, character: 9 } }), []);
    const edits: TextEdit[] = await server.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri: OTHER },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.deepEqual(edits, []);
  });
});
