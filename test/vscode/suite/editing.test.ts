// Issue 5 (editor experience), through the VS Code API inside a real extension host, in English:
// completion, a snippet that chronyd accepts, idempotent formatting, the outline, hovers, the dialect command.
// The same hovers in Korean: test/vscode/suite-ko/.
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  DEADLINE_MS,
  HANGUL,
  activateExtension,
  closeWithoutSaving,
  completionLabel,
  describeDiagnostics,
  hoverText,
  lineOf,
  nextDiagnosticsFor,
  openInEditor,
  openUntitled,
  openUntitledPublished,
  serverCompletions,
  waitFor,
  workspaceFile,
} from '../helpers';

const CHRONYD = ['/usr/sbin/chronyd', '/usr/bin/chronyd', '/sbin/chronyd'].find((p) => fs.existsSync(p));

/** The text a snippet body expands to when every placeholder keeps its default (`${1:x}` → x, `$0` → ''). */
function expandDefaults(body: string | string[]): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  return text.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
}

function run(file: string, args: string[], timeoutMs: number): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // An argument array, never a shell string.
    execFile(file, args, { timeout: timeoutMs, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function completionsAt(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position);
  return serverCompletions(list);
}

describe('editing chrony.conf in VS Code (issue 5)', function () {
  this.timeout(DEADLINE_MS + 10_000);
  const opened: vscode.TextDocument[] = [];

  before(async () => {
    await activateExtension();
  });

  after(async () => {
    for (const doc of opened) await closeWithoutSaving(doc);
  });

  it('completion after `server x ` offers iburst, and `server ` alone does not', async () => {
    const { doc } = await openUntitled('chrony-conf', 'server x \nserver \n');
    opened.push(doc);
    const afterHost = await waitFor('completion items after `server x `', async () => {
      const items = await completionsAt(doc, new vscode.Position(0, 'server x '.length));
      return items.length > 0 && items;
    });
    const iburst = afterHost.find((i) => completionLabel(i) === 'iburst');
    assert.ok(iburst, `iburst offered after \`server x \`; got ${JSON.stringify(afterHost.map(completionLabel))}`);
    assert.strictEqual(iburst.kind, vscode.CompletionItemKind.Property, 'iburst comes as an option (Property)');
    assert.ok(
      afterHost.some((i) => completionLabel(i) === 'minpoll'),
      'other server options are offered too',
    );

    // The host name is still missing: no option before it (the language server answers the same request type).
    const bare = await completionsAt(doc, new vscode.Position(1, 'server '.length));
    assert.deepStrictEqual(
      bare.filter((i) => completionLabel(i) === 'iburst').map(completionLabel),
      [],
      `no iburst before the host name; got ${JSON.stringify(bare.map(completionLabel))}`,
    );
  });

  it('the "chrony client" snippet expands in an empty document, and chronyd -p accepts the result', async () => {
    assert.ok(CHRONYD, 'chronyd is installed (the oracle for snippets; scripts/setup.sh installs the chrony package)');
    const ext = await activateExtension();
    const snippets = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'snippets', 'chrony.json'), 'utf8')) as Record<
      string,
      { body: string | string[] }
    >;
    const snippet = snippets['chrony client'];
    assert.ok(snippet, 'snippets/chrony.json has "chrony client"');
    const expected = expandDefaults(snippet.body);

    // The language server publishes once on open: wait for that, so that the next publish is the expanded text's.
    const { doc } = await openUntitledPublished('chrony-conf', '');
    opened.push(doc);
    const afterInsert = nextDiagnosticsFor(doc.uri, 'the expanded snippet');
    // The language server offers the template at the top of an empty file, described in the UI language.
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0));
    const item = list.items.find((candidate) => completionLabel(candidate) === 'chrony client');
    assert.ok(item, `completion in an empty chrony.conf offers "chrony client"; got ${JSON.stringify(list.items.slice(0, 8).map(completionLabel))}`);
    assert.strictEqual(item.kind, vscode.CompletionItemKind.Snippet);
    assert.strictEqual(item.detail, 'chrony client: pool with iburst, drift file, makestep, rtcsync');
    assert.ok(item.insertText instanceof vscode.SnippetString, 'the template is inserted as a snippet');
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc) ?? (await vscode.window.showTextDocument(doc));
    await editor.insertSnippet(item.insertText);
    await waitFor('the snippet to be inserted', () => doc.getText().length > 0, { events: [vscode.workspace.onDidChangeTextDocument], timeoutMs: 5_000 });
    assert.strictEqual(doc.getText(), expected, 'the document holds the snippet with its default values');
    assert.match(doc.getText(), /^pool pool\.ntp\.org iburst$/m);

    const diagnostics = await afterInsert;
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(
      errors.map((d) => d.message),
      [],
      `no error diagnostic on the expanded snippet (have: ${describeDiagnostics(doc.uri)})`,
    );

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntp-e2e-snippet-'));
    try {
      const file = path.join(dir, 'chrony.conf');
      fs.writeFileSync(file, doc.getText());
      const result = await run(CHRONYD!, ['-p', '-f', file], 10_000);
      assert.strictEqual(result.code, 0, `chronyd -p -f ${file} exits 0; stderr: ${result.stderr.trim()}`);
      assert.match(result.stdout, /^pool pool\.ntp\.org iburst$/m, `chronyd -p echoes the parsed config: ${result.stdout}`);
      assert.match(result.stdout, /^makestep 1\.0 3$/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('formatting aligns the option column and is idempotent', async () => {
    const { doc } = await openUntitled('chrony-conf', 'server  a   iburst\nserver bbbb iburst\n');
    opened.push(doc);
    const options: vscode.FormattingOptions = { tabSize: 4, insertSpaces: true };
    const edits = await waitFor('formatting edits', async () => {
      const e = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, options);
      return e && e.length > 0 && e;
    });
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit), 'formatting edits applied');
    assert.strictEqual(doc.getText(), 'server a    iburst\nserver bbbb iburst\n');
    const again = (await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, options)) ?? [];
    assert.deepStrictEqual(
      again.map((e) => e.newText),
      [],
      'a second run changes nothing',
    );
  });

  it('the outline lists the sources of chrony.conf under "Time sources"', async () => {
    const uri = workspaceFile('chrony.conf');
    await openInEditor(uri);
    const symbols = await waitFor('document symbols of chrony.conf', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return s && s.length > 0 && s;
    });
    const sources = symbols.find((s) => s.name === 'Time sources');
    assert.ok(sources, `a "Time sources" group; got ${JSON.stringify(symbols.map((s) => s.name))}`);
    assert.deepStrictEqual(
      sources.children.map((c) => c.name),
      ['pool 2.debian.pool.ntp.org', 'server time.bora.net'],
    );
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Files') && names.includes('Clock discipline'), `driftfile and makestep/rtcsync have their groups: ${JSON.stringify(names)}`);
  });

  it('hovers explain an option and an NTP Pool zone, with a documentation link', async () => {
    const uri = workspaceFile('chrony.conf.example');
    const { doc } = await openInEditor(uri);
    assert.strictEqual(doc.languageId, 'chrony-conf');
    const hoverAt = (line: number, character: number) =>
      waitFor(`a hover at ${line}:${character}`, async () => {
        const h = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character)));
        return h.text.trim().length > 0 && h.text;
      });
    const serverLine = lineOf(doc, 'server a.example iburst');
    const iburst = await hoverAt(serverLine, 'server a.example '.length + 2);
    assert.ok(iburst.startsWith('**server iburst**'), `starts with **server iburst**: ${JSON.stringify(iburst.slice(0, 200))}`);
    assert.match(iburst, /\[Documentation\]\(https:\/\//);
    assert.doesNotMatch(iburst, HANGUL, 'English display language: no Korean');
    const pool = await hoverAt(lineOf(doc, 'pool kr.pool.ntp.org iburst'), 'pool kr'.length);
    assert.match(pool, /NTP Pool: .*South Korea/, `names the pool zone: ${JSON.stringify(pool.slice(0, 300))}`);
  });

  it('registers the Select Dialect command (the status bar item runs it; checked on screen by drive.js)', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('ntpConfig.selectDialect'), 'ntpConfig.selectDialect is registered');
  });
});
