// Issue 5, localization: with VS Code's display language set to Korean, the language client sends
// vscode.env.language as the LSP `locale` and the language server answers in Korean.
// Run by scripts/e2e.sh in a second pass (out/test/vscode/indexKo.js) after setting `"locale": "ko"` in the
// server's argv.json, with the fixture language pack test/e2e/langpack-ko installed (see test/e2e/README.md).
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  DEADLINE_MS,
  HANGUL,
  activateExtension,
  completionLabel,
  describeDiagnostics,
  hoverText,
  lineOf,
  openInEditor,
  ourDiagnostics,
  serverCompletions,
  waitFor,
  workspaceFile,
} from '../helpers';

describe('chrony.conf in VS Code with the display language Korean (issue 5)', function () {
  this.timeout(DEADLINE_MS + 10_000);
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;

  before(async () => {
    console.log(`VS Code ${vscode.version}, language=${vscode.env.language}`);
    uri = workspaceFile('chrony.conf.example');
  });

  it('VS Code runs with display language ko (vscode.env.language)', () => {
    // Everything below would pass vacuously in English without this.
    assert.match(
      vscode.env.language,
      /^ko\b/i,
      `vscode.env.language is ${JSON.stringify(vscode.env.language)}: the server must have argv.json {"locale":"ko"} and a Korean language pack installed`,
    );
  });

  it('activates on the file and reports missing-iburst with a Korean message', async () => {
    ({ doc } = await openInEditor(uri));
    assert.strictEqual(doc.languageId, 'chrony-conf');
    await activateExtension();
    const line = lineOf(doc, 'server time.bora.net');
    const found = await waitFor(
      `a missing-iburst diagnostic (have: ${describeDiagnostics(uri)})`,
      () => ourDiagnostics(uri, 'missing-iburst').length > 0 && ourDiagnostics(uri, 'missing-iburst'),
      { events: [vscode.languages.onDidChangeDiagnostics] },
    );
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0]!.range.start.line, line);
    assert.match(found[0]!.message, HANGUL, `the message is Korean: ${JSON.stringify(found[0]!.message)}`);
  });

  async function hoverAt(line: number, character: number): Promise<string> {
    return waitFor(`a hover at ${line}:${character}`, async () => {
      const h = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character)));
      return h.text.trim().length > 0 && h.text;
    });
  }

  it('the hover on `iburst` is in Korean, with a [문서] link', async () => {
    const text = await hoverAt(lineOf(doc, 'server a.example iburst'), 'server a.example '.length + 2);
    assert.ok(text.startsWith('**server iburst**'), `starts with **server iburst**: ${JSON.stringify(text.slice(0, 200))}`);
    assert.match(text, HANGUL, `contains Korean: ${JSON.stringify(text.slice(0, 300))}`);
    assert.ok(text.includes('[문서]('), `links the documentation as [문서]: ${JSON.stringify(text.slice(-200))}`);
    assert.ok(!text.includes('[Documentation]'), 'no English link label');
  });

  it('the hover on `kr.pool.ntp.org` names the zone in Korean', async () => {
    const text = await hoverAt(lineOf(doc, 'pool kr.pool.ntp.org iburst'), 'pool kr'.length);
    assert.ok(text.includes('NTP 풀: 대한민국'), `contains "NTP 풀: 대한민국": ${JSON.stringify(text.slice(0, 400))}`);
  });

  it('the outline and completion speak Korean too', async () => {
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return s && s.length > 0 && s;
    });
    const sources = symbols.find((s) => s.name === '시간 소스');
    assert.ok(sources, `a "시간 소스" (time sources) group; got ${JSON.stringify(symbols.map((s) => s.name))}`);
    assert.deepStrictEqual(
      sources.children.map((c) => c.name),
      ['server a.example', 'pool kr.pool.ntp.org', 'server time.bora.net'],
    );

    const line = lineOf(doc, 'server a.example iburst');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      new vscode.Position(line, 'server a.example '.length),
    );
    const minpoll = serverCompletions(list).find((i) => completionLabel(i) === 'minpoll');
    assert.ok(minpoll, 'minpoll offered after the host name');
    const doc2 = typeof minpoll.documentation === 'string' ? minpoll.documentation : (minpoll.documentation?.value ?? '');
    assert.match(`${minpoll.detail ?? ''} ${doc2}`, HANGUL, `minpoll's completion docs are Korean: ${JSON.stringify(minpoll.detail)}`);
  });
});
