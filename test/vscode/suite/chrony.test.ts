// What a user sees in chrony.conf, checked through the VS Code API inside a real extension host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  DEADLINE_MS,
  EXTENSION_ID,
  VISIBLE_SEVERITIES,
  codeOf,
  describeDiagnostics,
  hoverText,
  lineOf,
  openInEditor,
  ourDiagnostics,
  revert,
  waitFor,
  workspaceFile,
} from '../helpers';

const SERVER_LINE = 'server time.bora.net';

describe('chrony.conf in VS Code', function () {
  this.timeout(DEADLINE_MS + 10_000);
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;
  let line: number;

  before(async () => {
    console.log(
      `VS Code ${vscode.version}, node ${process.version}, remoteName=${vscode.env.remoteName ?? '-'}, uiKind=${vscode.env.uiKind}, language=${vscode.env.language}`,
    );
    uri = workspaceFile('chrony.conf');
  });

  after(async () => {
    if (doc) await revert(doc);
  });

  it('activates the extension when chrony.conf is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    ({ doc } = await openInEditor(uri));
    line = lineOf(doc, SERVER_LINE);
    assert.strictEqual(doc.languageId, 'chrony-conf');
    // Opening the file must be enough: the test never calls ext.activate() itself.
    await waitFor(`${EXTENSION_ID} to activate`, () => ext.isActive, { events: [vscode.extensions.onDidChange] });
  });

  it('reports missing-iburst on exactly the `server time.bora.net` line', async () => {
    const found = await waitFor(
      `a missing-iburst diagnostic in chrony.conf (have: ${describeDiagnostics(uri)})`,
      () => ourDiagnostics(uri, 'missing-iburst').length > 0 && ourDiagnostics(uri, 'missing-iburst'),
      { events: [vscode.languages.onDidChangeDiagnostics] },
    );
    assert.strictEqual(found.length, 1, `exactly one missing-iburst: ${describeDiagnostics(uri)}`);
    const d = found[0]!;
    assert.deepStrictEqual({ start: d.range.start.line, end: d.range.end.line }, { start: line, end: line });
    assert.ok(!d.range.isEmpty, 'the range is not empty (the squiggle is visible)');
    assert.ok(doc.lineAt(line).text.includes(doc.getText(d.range)), 'the range lies inside the server line');
    assert.strictEqual(codeOf(d), 'missing-iburst');
    assert.strictEqual(typeof d.severity, 'number');
    assert.ok(
      d.severity === vscode.DiagnosticSeverity.Information || d.severity === vscode.DiagnosticSeverity.Warning,
      `severity is Information or Warning (got ${vscode.DiagnosticSeverity[d.severity]})`,
    );
    assert.ok(VISIBLE_SEVERITIES.includes(d.severity), 'shown in the Problems panel');
    assert.ok(d.message.length > 0, 'has a message');
    // The `pool ... iburst` line must stay clean.
    const poolLine = lineOf(doc, 'pool 2.debian.pool.ntp.org iburst');
    assert.deepStrictEqual(
      ourDiagnostics(uri, 'missing-iburst').filter((x) => x.range.start.line === poolLine),
      [],
    );
  });

  it('offers the "Add iburst" quick fix, which fixes the line and clears the diagnostic', async () => {
    const d = ourDiagnostics(uri, 'missing-iburst')[0];
    assert.ok(d, `diagnostic present: ${describeDiagnostics(uri)}`);
    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        uri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
        10, // resolve lazily computed edits (codeAction/resolve)
      )) ?? [];
    const titles = actions.map((a) => a.title);
    // A bare Command has a string `command`; a CodeAction has an optional Command object there.
    const fix = actions.find((a): a is vscode.CodeAction => a.title === 'Add iburst' && typeof a.command !== 'string');
    assert.ok(fix, `"Add iburst" offered; got ${JSON.stringify(titles)}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is quickfix (got ${fix.kind?.value})`);

    try {
      if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      assert.ok(fix.edit || fix.command, 'the quick fix carries an edit or a command');
      await waitFor('the fixed line', () => doc.lineAt(line).text === `${SERVER_LINE} iburst`, {
        events: [vscode.workspace.onDidChangeTextDocument],
        timeoutMs: 5_000,
      }).catch(() => assert.strictEqual(doc.lineAt(line).text, `${SERVER_LINE} iburst`));
      await waitFor(`missing-iburst to disappear after the fix (have: ${describeDiagnostics(uri)})`, () => ourDiagnostics(uri, 'missing-iburst').length === 0, {
        events: [vscode.languages.onDidChangeDiagnostics],
      });
    } finally {
      await revert(doc);
    }
    assert.strictEqual(doc.lineAt(line).text, SERVER_LINE, 'reverted');
    await waitFor('missing-iburst to come back after the revert', () => ourDiagnostics(uri, 'missing-iburst').length === 1, {
      events: [vscode.languages.onDidChangeDiagnostics],
    });
  });

  it('shows documentation when hovering the `server` keyword', async () => {
    const position = new vscode.Position(line, 2);
    const hover = await waitFor('a hover on `server`', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      const h = hoverText(hovers);
      return h.text.trim().length > 0 && h;
    });
    assert.ok(hover.markdown, 'hover content is markdown');
    assert.match(hover.text, /\bserver\b/, `hover mentions server: ${JSON.stringify(hover.text.slice(0, 300))}`);
  });
});
