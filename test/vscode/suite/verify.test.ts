// Issue 6, Verify Servers, in a real extension host against a real chronyd on 127.0.0.1 (and a closed port).
// Guarded: runs only when the extension registers `ntpConfig.verifyServers`; otherwise pending, with the reason.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { CHRONYD, LoopbackChronyd } from '../../support/loopbackChronyd';
import { freePort } from '../../support/ntpResponder';
import { activateExtension, closeWithoutSaving, openInEditor, waitFor } from '../helpers';

const COMMAND = 'ntpConfig.verifyServers';
const CLEAR = 'ntpConfig.clearVerification';
const STRATUM = 8;
/** Diagnostics of Verify Servers live in their own collection ('ntpconf-verify'), source 'ntpconf verify'. */
const isVerification = (d: vscode.Diagnostic): boolean => typeof d.source === 'string' && /verif/i.test(d.source);

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function webviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
}

interface ReportLike {
  results?: {
    port?: number;
    reachable?: boolean;
    observation?: { header?: { stratum?: number } | null } | null;
    best?: { offsetMs?: number; delayMs?: number } | null;
  }[];
}

describe('Verify Servers against a loopback chronyd (issue 6)', function () {
  this.timeout(60_000);
  let chronyd: LoopbackChronyd | undefined;
  let dir: string | undefined;
  let doc: vscode.TextDocument | undefined;
  const saved: Record<string, unknown> = {};

  before(async function () {
    await activateExtension();
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes(COMMAND)) {
      console.log(`SKIP issue 6: the extension registers no ${COMMAND} command (Verify Servers not in this build)`);
      this.skip();
    }
    assert.ok(CHRONYD, 'chronyd is installed (the real NTP server of this test; scripts/setup.sh installs the chrony package)');
    assert.ok(vscode.workspace.isTrusted, 'the workspace is trusted (Verify Servers is disabled otherwise)');
    chronyd = await LoopbackChronyd.start(STRATUM);
    // Two samples 1 s apart (the best by delay counts, so one late event-loop turn in the extension host does not
    // decide the result) and a short timeout keep the run to about a second; restored in after().
    const section = vscode.workspace.getConfiguration('ntpConfig.verify');
    for (const [key, value] of [
      ['samples', 2],
      ['intervalMs', 1000],
      ['timeoutMs', 1000],
    ] as const) {
      saved[key] = section.inspect(key)?.globalValue;
      await section.update(key, value, vscode.ConfigurationTarget.Global);
    }
    await waitFor(
      'the verify settings to reach the extension host',
      () => {
        const s = vscode.workspace.getConfiguration('ntpConfig.verify');
        return s.get('samples') === 2 && s.get('intervalMs') === 1000 && s.get('timeoutMs') === 1000;
      },
      { events: [vscode.workspace.onDidChangeConfiguration] },
    );
  });

  after(async () => {
    if (doc) await closeWithoutSaving(doc);
    await chronyd?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    const section = vscode.workspace.getConfiguration('ntpConfig.verify');
    for (const key of Object.keys(saved)) await section.update(key, saved[key], vscode.ConfigurationTarget.Global);
  });

  it('shows the answer of the real server and the unreachable closed port as diagnostics on their lines', async () => {
    const closedPort = await freePort();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntp-e2e-verify-'));
    const file = path.join(dir, 'chrony.conf');
    const lines = [`server 127.0.0.1 port ${chronyd!.port} iburst`, `server 127.0.0.1 port ${closedPort} iburst`, 'driftfile /var/lib/chrony/drift', ''];
    fs.writeFileSync(file, lines.join('\n'));
    const uri = vscode.Uri.file(file);
    ({ doc } = await openInEditor(uri));
    assert.strictEqual(doc.languageId, 'chrony-conf');
    const tabsBefore = webviewTabs().length;

    const started = Date.now();
    const report = (await vscode.commands.executeCommand(COMMAND)) as ReportLike | undefined;
    console.log(`Verify Servers took ${Date.now() - started} ms`);

    const verification = await waitFor(
      'Verify Servers diagnostics on both source lines',
      () => {
        const found = vscode.languages.getDiagnostics(uri).filter(isVerification);
        return found.some((d) => d.range.start.line === 0) && found.some((d) => d.range.start.line === 1) && found;
      },
      { events: [vscode.languages.onDidChangeDiagnostics] },
    );
    const describe = (ds: vscode.Diagnostic[]) => ds.map((d) => `L${d.range.start.line} ${codeOf(d)} ${JSON.stringify(d.message)}`).join('; ');
    console.log(`verification: ${describe(verification)}`);

    const onServer = verification.filter((d) => d.range.start.line === 0);
    const address = doc.getText(onServer[0]!.range);
    assert.strictEqual(address, '127.0.0.1', 'the result sits on the address of the server line');
    for (const d of onServer) {
      assert.ok(['answered', 'single-source'].includes(codeOf(d)), `the live chronyd line only gets "answered"/"single-source": ${describe(onServer)}`);
    }
    const onClosed = verification.filter((d) => d.range.start.line === 1);
    const unreachable = onClosed.find((d) => codeOf(d) === 'unreachable');
    assert.ok(unreachable, `the closed port is reported unreachable: ${describe(onClosed)}`);
    assert.strictEqual(unreachable.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual(
      verification.filter((d) => d.range.start.line > 1),
      [],
      'nothing on the other lines',
    );

    // What the command returns (the report model behind the table): the real server's stratum and a tiny offset.
    if (report && Array.isArray(report.results)) {
      const live = report.results.find((r) => r.port === chronyd!.port);
      console.log(`report: chronyd stratum ${live?.observation?.header?.stratum}, offset ${live?.best?.offsetMs} ms, delay ${live?.best?.delayMs} ms`);
      assert.ok(live?.reachable, 'the loopback chronyd answered');
      assert.strictEqual(live.observation?.header?.stratum, STRATUM, `stratum ${STRATUM} as configured (local stratum ${STRATUM})`);
      // Same clock, so the true offset is 0; what is measured in the extension host also carries event-loop delays
      // (tens of ms seen). The bound still catches timestamp/era mistakes, which are off by seconds or years.
      assert.ok(Math.abs(live.best?.offsetMs ?? Infinity) < 500, `offset to a server on the same clock is near 0: ${live.best?.offsetMs} ms`);
    } else {
      console.log('(the command returned no report object: only the diagnostics are checked)');
    }
    // The report view opened beside the editor.
    await waitFor('the report webview to open', () => webviewTabs().length > tabsBefore, { events: [vscode.window.tabGroups.onDidChangeTabs] });

    // Clear Verification removes them on demand.
    await vscode.commands.executeCommand(CLEAR);
    await waitFor('the verification diagnostics to be cleared', () => vscode.languages.getDiagnostics(uri).filter(isVerification).length === 0, {
      events: [vscode.languages.onDidChangeDiagnostics],
      timeoutMs: 5_000,
    });
    for (const tab of webviewTabs()) await vscode.window.tabGroups.close(tab);
  });

  it('follows the dialect picked for the file: a chrony.conf read as NTPsec queries port 123, as ntpd would', async () => {
    dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ntp-e2e-verify-'));
    const file = path.join(dir, 'dialect', 'chrony.conf');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `server 127.0.0.1 port ${chronyd!.port} iburst\n`);
    const uri = vscode.Uri.file(file);
    const opened = await openInEditor(uri);
    assert.strictEqual(opened.doc.languageId, 'chrony-conf');
    const portsOf = (report: ReportLike | undefined) => (report?.results ?? []).map((r) => r.port);

    const asChrony = (await vscode.commands.executeCommand(COMMAND)) as ReportLike | undefined;
    assert.deepStrictEqual(portsOf(asChrony), [chronyd!.port], 'detected as chrony: the port option is honoured');

    // The status bar's picker, with its choice given as the command's argument, on the file (the report may hold focus).
    await vscode.window.showTextDocument(opened.doc, { preview: false });
    await vscode.commands.executeCommand('ntpConfig.selectDialect', 'ntpsec');
    await waitFor(
      'the server to read the file as NTPsec (port is not an NTPsec option)',
      () => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'ntpconf' && codeOf(d) === 'unknown-option'),
      { events: [vscode.languages.onDidChangeDiagnostics] },
    );
    await vscode.window.showTextDocument(opened.doc, { preview: false });
    const asNtpsec = (await vscode.commands.executeCommand(COMMAND)) as ReportLike | undefined;
    assert.deepStrictEqual(portsOf(asNtpsec), [123], 'read as NTPsec: Verify Servers uses the same dialect as the diagnostics');

    await vscode.window.showTextDocument(opened.doc, { preview: false });
    await vscode.commands.executeCommand('ntpConfig.selectDialect', 'auto');
    await vscode.commands.executeCommand(CLEAR);
    for (const tab of webviewTabs()) await vscode.window.tabGroups.close(tab);
    await closeWithoutSaving(opened.doc);
  });
});
