import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, TextEdit } from 'vscode-languageserver-types';
import { LanguageServerProcess } from './languageServer';

const TEXT = [
  '# Sources', // 0
  'pool   2.debian.pool.ntp.org  iburst', // 1
  'server time.bora.net iburst key 7', // 2
  '', // 3
  '# Files', // 4
  'driftfile drift', // 5
  'keyfile chrony.keys', // 6
  '', // 7
].join('\n');

describe('editor features over JSON-RPC (real process)', function () {
  this.timeout(15000);
  let server: LanguageServerProcess;
  let korean: LanguageServerProcess;
  let dir: string;
  let uri: string;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-lsp-'));
    mkdirSync(path.join(dir, 'conf.d'));
    writeFileSync(path.join(dir, 'chrony.keys'), '# keys\n7 SHA256 HEX:00112233\n');
    uri = pathToFileURL(path.join(dir, 'chrony.conf')).href;
    server = new LanguageServerProcess();
    korean = new LanguageServerProcess();
    const result = (await server.initialize()) as { capabilities: Record<string, unknown> };
    await korean.initialize('ko');
    for (const capability of [
      'documentSymbolProvider',
      'foldingRangeProvider',
      'definitionProvider',
      'documentFormattingProvider',
      'documentRangeFormattingProvider',
    ]) {
      assert.equal(result.capabilities[capability], true, capability);
    }
    assert.deepEqual(result.capabilities['documentLinkProvider'], { resolveProvider: false });
    for (const s of [server, korean]) {
      await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'chrony-conf', version: 1, text: TEXT } });
    }
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
    assert.equal(await korean.stop(), 0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the sources in the outline', async () => {
    const symbols: DocumentSymbol[] = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children?.map((c) => c.name)]),
      [
        ['Time sources', ['pool 2.debian.pool.ntp.org', 'server time.bora.net']],
        ['Files', ['driftfile drift', 'keyfile chrony.keys']],
      ],
    );
  });

  it('folds the sections', async () => {
    const ranges: FoldingRange[] = await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: 2 },
      { startLine: 4, endLine: 6 },
    ]);
  });

  it('links the files, relative to the document', async () => {
    const links: DocumentLink[] = await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(
      links.map((l) => [l.range, l.target]),
      [
        [{ start: { line: 5, character: 10 }, end: { line: 5, character: 15 } }, pathToFileURL(path.join(dir, 'drift')).href],
        [{ start: { line: 6, character: 8 }, end: { line: 6, character: 19 } }, pathToFileURL(path.join(dir, 'chrony.keys')).href],
      ],
    );
  });

  it('goes from key 7 to the keys file entry on disk', async () => {
    const locations: Location[] = await server.connection.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: { line: 2, character: 32 },
    });
    assert.deepEqual(locations, [
      { uri: pathToFileURL(path.join(dir, 'chrony.keys')).href, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } } },
    ]);
  });

  it('formats the document and a range, idempotently', async () => {
    const options = { tabSize: 2, insertSpaces: true };
    const edits: TextEdit[] = await server.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options });
    assert.deepEqual(edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 36 } }, newText: 'pool 2.debian.pool.ntp.org iburst' }]);
    const ranged: TextEdit[] = await server.connection.sendRequest('textDocument/rangeFormatting', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 6, character: 0 } },
      options,
    });
    assert.deepEqual(ranged, []);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: edits[0]!.range, text: edits[0]!.newText }],
    });
    assert.deepEqual(await server.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options }), []);
  });

  it('completes paths from the disk next to the document', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: 'include co' }],
    });
    const items: CompletionItem[] = await server.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 7, character: 10 },
    });
    assert.ok(
      items.some((i) => i.label === 'conf.d/'),
      items.map((i) => i.label).join(' '),
    );
  });

  it('hovers in Korean when the client locale is ko', async () => {
    const hover: Hover = await korean.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 12 } });
    assert.match((hover.contents as { value: string }).value, /NTP 풀: 데비안|NTP 풀: Debian 벤더 영역/);
    const iburst: Hover = await korean.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 23 } });
    assert.match((iburst.contents as { value: string }).value, /^\*\*server iburst\*\*\n\n[^\n]*[\uac00-\ud7a3]/);
  });
});
