// Issue 16, Convert to chrony.conf and Save chrony.conf, in a real extension host: the result beside the source,
// the notes on the source's lines, the saved files accepted by the real chronyd's parser.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { CHRONYD } from '../../support/loopbackChronyd';
import { activateExtension, closeWithoutSaving, openInEditor, waitFor, workspaceFile } from '../helpers';

const CONVERT = 'ntpConfig.convertToChrony';
const SAVE = 'ntpConfig.saveChronyConversion';

function convertedEditor(): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.isUntitled && e.document.languageId === 'chrony-conf');
}

function lineStarting(doc: vscode.TextDocument, prefix: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.startsWith(prefix)) return i;
  assert.fail(`${doc.uri.fsPath} has no line starting with ${JSON.stringify(prefix)}`);
}

function noteCodes(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source !== 'ntpconf')
    .map((d) => `${d.range.start.line}:${typeof d.code === 'object' ? String(d.code.value) : String(d.code)}`);
}

describe('Convert to chrony.conf (issue 16)', function () {
  this.timeout(60_000);
  let dir: string | undefined;

  before(async () => {
    await activateExtension();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntpconf-convert-'));
  });

  after(async () => {
    // The untitled conversion is discarded, never left asking to be saved.
    for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document.isUntitled)) await closeWithoutSaving(editor.document);
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens the chrony.conf beside the ntp.conf, puts the notes on the source lines, and saves files chronyd -p accepts', async () => {
    const source = workspaceFile('ntp.conf');
    const { doc, editor } = await openInEditor(source);
    await vscode.commands.executeCommand(CONVERT);
    const result = await waitFor('an untitled chrony.conf editor with the conversion', () => convertedEditor(), {
      events: [vscode.window.onDidChangeVisibleTextEditors],
    });

    assert.notStrictEqual(result.viewColumn, editor.viewColumn, 'the conversion opens beside the source, not over it');
    const text = result.document.getText();
    for (const expected of [
      'server time.bora.net iburst',
      'pool 0.debian.pool.ntp.org iburst',
      'driftfile /var/lib/chrony/drift',
      'makestep 1.0 3',
      'rtcsync',
    ]) {
      assert.ok(text.includes(expected), `the chrony.conf has "${expected}":\n${text}`);
    }
    assert.ok(text.includes("# By default, exchange time with everybody, but don't allow configuration."), `the admin's comment is kept:\n${text}`);

    // The notes sit on the lines they describe: open access on `restrict default`, iburst added on `server`.
    const notes = await waitFor(`conversion notes on ${source.fsPath}`, () => (noteCodes(source).length > 0 ? noteCodes(source) : undefined), {
      events: [vscode.languages.onDidChangeDiagnostics],
    });
    assert.ok(notes.includes(`${lineStarting(doc, 'restrict default')}:open-access`), `open-access on the restrict default line: ${notes.join(', ')}`);
    assert.ok(notes.includes(`${lineStarting(doc, 'server time.bora.net')}:added-iburst`), `added-iburst on the server line: ${notes.join(', ')}`);

    // The Problems panel gets one short plain-text row per note; hovering the line gives the whole note.
    const shown = vscode.languages.getDiagnostics(source).filter((d) => d.source === 'ntpconf convert');
    assert.deepEqual(
      shown.filter((d) => d.message.length > 100 || d.message.includes('`')).map((d) => d.message),
      [],
      'note rows are at most 100 characters, without backticks',
    );
    const openAccess = shown.find((d) => d.code === 'open-access')!;
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', source, openAccess.range.start)) as vscode.Hover[];
    const hovered = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hovered, /ntpd served time to every address .*`allow/s, `the hover has the whole open-access note: ${hovered}`);

    const target = vscode.Uri.file(path.join(dir!, 'chrony.conf'));
    await vscode.commands.executeCommand(SAVE, { chronyConf: target });
    const saved = fs.readFileSync(target.fsPath, 'utf8');
    assert.strictEqual(saved, text, 'the saved chrony.conf is what the editor showed');

    assert.ok(CHRONYD, 'chronyd is installed (scripts/setup.sh installs the chrony package)');
    const parsed = spawnSync(CHRONYD, ['-p', '-f', target.fsPath], { encoding: 'utf8', timeout: 10_000 });
    assert.strictEqual(parsed.status, 0, `chronyd -p accepts the saved file: ${parsed.stderr}`);
  });

  it('says there is nothing to convert in a chrony.conf, and opens no editor', async () => {
    const converted = convertedEditor();
    if (converted !== undefined) await closeWithoutSaving(converted.document);
    await openInEditor(workspaceFile('chrony.conf'));
    await vscode.commands.executeCommand(CONVERT);
    // The request is answered before the command resolves: no conversion editor appears.
    assert.strictEqual(convertedEditor(), undefined, 'no chrony.conf conversion is opened for a chrony.conf');
  });
});
