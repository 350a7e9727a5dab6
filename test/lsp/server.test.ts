import * as assert from 'node:assert/strict';
import type { CodeAction, CompletionItem, Hover } from 'vscode-languageserver-types';
import { LanguageServerProcess } from './languageServer';

const URI = 'file:///etc/chrony/chrony.conf';

describe('language server over JSON-RPC (real process)', function () {
  this.timeout(15000);
  let server: LanguageServerProcess;

  before(async () => {
    server = new LanguageServerProcess();
    const result = (await server.initialize()) as { capabilities: Record<string, unknown> };
    assert.equal(result.capabilities['hoverProvider'], true);
    assert.equal(result.capabilities['textDocumentSync'], 2);
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('publishes missing-iburst on open, on the right line', async () => {
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'chrony-conf', version: 1, text: '# time\nserver time.bora.net\n' },
    });
    const diagnostics = (await server.diagnosticsFor(URI, (d) => d.length > 0)).filter((d) => d.code === 'missing-iburst');
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.source, d.range]),
      [['missing-iburst', 3, 'ntpconf', { start: { line: 1, character: 0 }, end: { line: 1, character: 20 } }]],
    );
    assert.ok(server.notifications.some((n) => n.method === 'ntpConfig/dialect' && (n.params as { dialect: string }).dialect === 'chrony'));
  });

  it('quotes code in messages as the plain-text Problems panel shows them (no literal backticks)', async () => {
    const diagnostics = await server.diagnosticsFor(URI, (d) => d.length > 0);
    assert.match(diagnostics.find((d) => d.code === 'missing-iburst')?.message ?? '', /^No 'iburst': .* Add 'iburst'\.$/);
    assert.deepEqual(
      diagnostics.filter((d) => d.message.includes('`') || d.relatedInformation?.some((r) => r.message.includes('`'))).map((d) => d.message),
      [],
    );
  });

  it('offers the Add iburst quick fix for that diagnostic', async () => {
    const diagnostic = (await server.diagnosticsFor(URI, (d) => d.length > 0)).find((d) => d.code === 'missing-iburst');
    const actions: CodeAction[] = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    assert.deepEqual(
      actions.filter((a) => a.isPreferred).map((a) => [a.title, a.kind, a.edit?.changes?.[URI]]),
      [['Add iburst', 'quickfix', [{ range: { start: { line: 1, character: 20 }, end: { line: 1, character: 20 } }, newText: ' iburst' }]]],
    );
    assert.deepEqual(
      actions.filter((a) => !a.isPreferred).map((a) => a.title),
      ['Disable missing-iburst for this line', 'Disable missing-iburst for this file'],
    );
  });

  it('re-checks after an incremental change and clears the diagnostic', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 20 }, end: { line: 1, character: 20 } }, text: ' iburst' }],
    });
    const after = await server.diagnosticsFor(URI, (d) => !d.some((x) => x.code === 'missing-iburst'));
    assert.deepEqual(
      after.filter((d) => d.code === 'missing-iburst'),
      [],
    );
  });

  it('answers hover and completion', async () => {
    const hover: Hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 2 } });
    assert.match((hover.contents as { value: string }).value, /\*\*server\*\*/);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ text: 'server time.bora.net \n' }],
    });
    const items: CompletionItem[] = await server.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: URI },
      position: { line: 0, character: 21 },
    });
    assert.ok(
      items.some((i) => i.label === 'iburst'),
      items.map((i) => i.label).join(' '),
    );
  });

  it('gathers a burst of 30 edits into a few checks, ending with the last version', async () => {
    const burst = 'file:///etc/chrony/burst.conf';
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: burst, languageId: 'chrony-conf', version: 1, text: 'server a.example.com\n' },
    });
    await server.waitForVersion(burst, 1);
    const opened = server.publishCounts.get(burst) ?? 0;
    for (let version = 2; version <= 31; version++) {
      void server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: burst, version },
        contentChanges: [{ range: { start: { line: 0, character: 20 }, end: { line: 0, character: 20 } }, text: 'x' }],
      });
    }
    await server.waitForVersion(burst, 31);
    const checks = (server.publishCounts.get(burst) ?? 0) - opened;
    // The edits reach the server in as many pipe reads as the OS makes (a dozen on a busy 2-core machine); unbatched would be 30.
    assert.ok(checks <= 20, `30 edits sent at once were checked ${checks} times (gathered while one waits)`);
    assert.equal(server.latestPublished(burst)?.version, 31);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: burst } });
  });

  it('clears diagnostics when the document closes', async () => {
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    assert.deepEqual(await server.diagnosticsFor(URI, (d) => d.length === 0), []);
  });
});
