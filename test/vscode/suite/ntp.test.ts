// The same user-visible check in an ntpd ntp.conf.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  DEADLINE_MS,
  EXTENSION_ID,
  VISIBLE_SEVERITIES,
  codeOf,
  describeDiagnostics,
  lineOf,
  openInEditor,
  ourDiagnostics,
  waitFor,
  workspaceFile,
} from '../helpers';

describe('ntp.conf in VS Code', function () {
  this.timeout(DEADLINE_MS + 10_000);

  it('reports missing-iburst on exactly the `server time.bora.net` line', async () => {
    const uri = workspaceFile('ntp.conf');
    const { doc } = await openInEditor(uri);
    assert.strictEqual(doc.languageId, 'ntp-conf');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    await waitFor(`${EXTENSION_ID} to activate`, () => ext.isActive, { events: [vscode.extensions.onDidChange] });

    const line = lineOf(doc, 'server time.bora.net');
    const found = await waitFor(
      `a missing-iburst diagnostic in ntp.conf (have: ${describeDiagnostics(uri)})`,
      () => ourDiagnostics(uri, 'missing-iburst').length > 0 && ourDiagnostics(uri, 'missing-iburst'),
      { events: [vscode.languages.onDidChangeDiagnostics] },
    );
    assert.strictEqual(found.length, 1, `exactly one missing-iburst: ${describeDiagnostics(uri)}`);
    const d = found[0]!;
    assert.deepStrictEqual({ start: d.range.start.line, end: d.range.end.line }, { start: line, end: line });
    assert.strictEqual(codeOf(d), 'missing-iburst');
    assert.strictEqual(typeof d.severity, 'number');
    assert.ok(
      d.severity === vscode.DiagnosticSeverity.Information || d.severity === vscode.DiagnosticSeverity.Warning,
      `severity is Information or Warning (got ${vscode.DiagnosticSeverity[d.severity]})`,
    );
    assert.ok(VISIBLE_SEVERITIES.includes(d.severity), 'shown in the Problems panel');
  });
});
