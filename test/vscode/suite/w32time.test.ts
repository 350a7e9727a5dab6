// Issue 7, Windows Time: a .cmd script with a w32tm line gets a W32Time diagnostic and a hover, and nothing else of
// the script is touched. Guarded: runs only when the extension's manifest shows W32Time support (activation on
// batch/PowerShell files, a W32Time language or file pattern); otherwise pending, with the reason.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  DEADLINE_MS,
  activateExtension,
  codeOf,
  describeDiagnostics,
  hoverText,
  lineOf,
  openInEditor,
  ourDiagnostics,
  waitFor,
  workspaceFile,
} from '../helpers';

const W32TM_LINE = 'w32tm /config /manualpeerlist:10.10.10.1 /syncfromflags:manual';
/** Rule codes of the W32Time research rows (shared/reference/rules.md): w32time-*, w32tm-*. */
const W32_CODE = /^w32(time|tm)-/;

/** What in package.json says the extension looks at W32Time scripts, or undefined. */
function w32timeEvidence(ext: vscode.Extension<unknown>): string | undefined {
  const pkg = ext.packageJSON as { activationEvents?: unknown; contributes?: { languages?: unknown; snippets?: unknown; grammars?: unknown } };
  const relevant = JSON.stringify({
    activationEvents: pkg.activationEvents,
    languages: pkg.contributes?.languages,
    snippets: pkg.contributes?.snippets,
    grammars: pkg.contributes?.grammars,
  });
  return /onLanguage:(bat|powershell|reg)\b|w32time|w32tm|\.(cmd|bat|ps1|reg)\b/i.exec(relevant)?.[0];
}

describe('W32Time in a .cmd script (issue 7)', function () {
  this.timeout(DEADLINE_MS + 10_000);

  before(async function () {
    const ext = await activateExtension();
    const evidence = w32timeEvidence(ext);
    if (evidence === undefined) {
      console.log(
        'SKIP issue 7: package.json has no W32Time support (no onLanguage:bat/powershell activation, no .cmd/.bat/.ps1/.reg pattern, no w32time language)',
      );
      this.skip();
    }
    console.log(`W32Time support found in package.json: ${JSON.stringify(evidence)}`);
  });

  it('reports the w32tm line, and only it, with a W32Time rule', async () => {
    const uri = workspaceFile('w32time/ntp-client.cmd');
    const { doc } = await openInEditor(uri);
    const line = lineOf(doc, W32TM_LINE);
    const found = await waitFor(
      `a W32Time diagnostic in ntp-client.cmd (language ${doc.languageId}; have: ${describeDiagnostics(uri)})`,
      () => {
        const w32 = ourDiagnostics(uri).filter((d) => W32_CODE.test(codeOf(d) ?? ''));
        return w32.length > 0 && w32;
      },
      { events: [vscode.languages.onDidChangeDiagnostics] },
    );
    console.log(`W32Time diagnostics: ${describeDiagnostics(uri)}`);
    for (const d of found) assert.strictEqual(d.range.start.line, line, `on the w32tm line: ${describeDiagnostics(uri)}`);
    // @echo off, rem, echo and `net stop/start w32time` (the right service name) are not ours to judge.
    assert.deepStrictEqual(
      ourDiagnostics(uri)
        .filter((d) => d.range.start.line !== line)
        .map((d) => `L${d.range.start.line} ${codeOf(d)}`),
      [],
      'no diagnostic on the other lines of the script',
    );
  });

  it('explains /manualpeerlist on hover', async () => {
    const uri = workspaceFile('w32time/ntp-client.cmd');
    const { doc } = await openInEditor(uri);
    const line = lineOf(doc, W32TM_LINE);
    const position = new vscode.Position(line, W32TM_LINE.indexOf('/manualpeerlist') + 3);
    const hover = await waitFor('a hover on /manualpeerlist', async () => {
      const h = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
      return h.text.trim().length > 0 && h;
    });
    assert.match(hover.text, /manualpeerlist/i, `the hover is about /manualpeerlist: ${JSON.stringify(hover.text.slice(0, 300))}`);
  });
});
