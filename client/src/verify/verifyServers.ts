import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { VerificationSubjectRequest } from '../../../server/src/core/protocol';
import { languageFromLocale } from '../../../server/src/core/localized';
import { probeTargets } from '../../../verify/src/probe';
import { formatProbeEvent } from '../../../verify/src/probeLog';
import {
  DEFAULT_PROBE_SETTINGS,
  MAX_SAMPLES,
  MAX_TIMEOUT_MS,
  MIN_INTERVAL_MS,
  MIN_TIMEOUT_MS,
  type ProbeReport,
  type ProbeSettings,
} from '../../../verify/src/types';
import { ProbeReportBuilder } from './probeReportModel';
import { ReportPanel } from './reportPanel';
import { VerificationDiagnostics } from './verificationDiagnostics';
import { verificationFindings } from './verificationFindings';

export const VERIFY_LANGUAGES = ['ntp-conf', 'chrony-conf'];

/** `ntpConfig.verify.*`, clamped to the same safety limits the engine enforces. */
function readProbeSettings(): ProbeSettings {
  const section = vscode.workspace.getConfiguration('ntpConfig.verify');
  const number = (key: string, fallback: number, min: number, max: number): number => {
    const value = section.get<number>(key);
    return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
  };
  return {
    samples: number('samples', DEFAULT_PROBE_SETTINGS.samples, 1, MAX_SAMPLES),
    intervalMs: number('intervalMs', DEFAULT_PROBE_SETTINGS.intervalMs, MIN_INTERVAL_MS, 60_000),
    timeoutMs: number('timeoutMs', DEFAULT_PROBE_SETTINGS.timeoutMs, MIN_TIMEOUT_MS, MAX_TIMEOUT_MS),
  };
}

function timestamp(): string {
  const d = new Date();
  return `${d.toTimeString().slice(0, 8)}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

/** Verify Servers: query every source of the open file, live, with Cancel; results as diagnostics and a report. */
class ServerVerifier implements vscode.Disposable {
  private running: vscode.CancellationTokenSource | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly diagnostics: VerificationDiagnostics,
    private readonly log: vscode.OutputChannel,
  ) {}

  async run(): Promise<ProbeReport | undefined> {
    // Network traffic is never started by opening or saving a file, and never in a workspace the user does not trust.
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Verify Servers sends NTP queries over the network, so it is disabled in untrusted workspaces. Trust this workspace to use it.'),
      );
      return undefined;
    }
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined || !VERIFY_LANGUAGES.includes(editor.document.languageId)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an ntp.conf or chrony.conf file to verify its servers.'));
      return undefined;
    }
    if (this.running) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Verify Servers is already running.'));
      return undefined;
    }
    const document = editor.document;
    const language = languageFromLocale(vscode.env.language);
    // The server reads the file as its diagnostics do, with the dialect picked in the status bar.
    const subject = await this.client.sendRequest(VerificationSubjectRequest, { uri: document.uri.toString() });
    const { targets, skipped, dialect } = subject ?? { targets: [], skipped: [], dialect: 'chrony' };
    const fileName = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) || document.uri.toString();
    if (targets.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no server, pool or peer line to verify.', fileName));
      return undefined;
    }
    const settings = readProbeSettings();
    const builder = new ProbeReportBuilder((message, ...args) => vscode.l10n.t(message, ...args), language, fileName, targets, skipped, settings);
    const panel = ReportPanel.show(builder.initial(), document.uri);
    this.log.appendLine(
      `${timestamp()} ${vscode.l10n.t('Verify Servers: {0} ({1}), {2} source(s); {3} samples, {4} ms apart, {5} ms timeout', document.uri.fsPath || fileName, dialect, targets.length, settings.samples, settings.intervalMs, settings.timeoutMs)}`,
    );
    for (const s of skipped) this.log.appendLine(`${timestamp()} skip ${s.text} (line ${s.line + 1}): ${s.reason[language]}`);

    const source = new vscode.CancellationTokenSource();
    this.running = source;
    try {
      const report = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Verifying the servers of {0}', fileName), cancellable: true },
        async (progress, token) => {
          const controller = new AbortController();
          const cancel = (): void => controller.abort();
          token.onCancellationRequested(cancel);
          source.token.onCancellationRequested(cancel);
          let expected = targets.length * settings.samples;
          let done = 0;
          let replies = 0;
          return probeTargets(targets, {
            settings,
            signal: controller.signal,
            onEvent: (event) => {
              this.log.appendLine(`${timestamp()} ${formatProbeEvent(event, language, settings.timeoutMs)}`);
              for (const patch of builder.onEvent(event)) panel.post(patch);
              if (event.type === 'resolved' && event.result.ok && event.target.addresses === 'all')
                expected += (event.result.addresses.length - 1) * settings.samples;
              if (event.type !== 'outcome') return;
              done++;
              if (event.outcome.kind === 'reply') replies++;
              const status = vscode.l10n.t('{0} of {1} queries done, {2} answered', done, expected, replies);
              progress.report({ increment: 100 / Math.max(expected, 1), message: status });
              panel.post({ type: 'status', status, busy: true });
            },
          });
        },
      );
      this.finish(document, report, builder, skipped, language);
      return report;
    } catch (error) {
      // The engine turns network errors into results; anything here is a bug, reported without a crash.
      const message = error instanceof Error ? error.message : String(error);
      this.log.appendLine(`${timestamp()} error: ${message}`);
      panel.post({ type: 'status', status: vscode.l10n.t('Verify Servers failed: {0}', message), busy: false });
      void vscode.window.showErrorMessage(vscode.l10n.t('Verify Servers failed: {0}', message));
      return undefined;
    } finally {
      this.running = undefined;
      source.dispose();
    }
  }

  private finish(
    document: vscode.TextDocument,
    report: ProbeReport,
    builder: ProbeReportBuilder,
    skipped: Parameters<typeof verificationFindings>[1],
    language: 'en' | 'ko',
  ): void {
    const panel = ReportPanel.visible;
    panel?.post({ type: 'model', model: builder.final(report) });
    this.diagnostics.set(
      document.uri,
      verificationFindings(report, skipped, language, (m, ...a) => vscode.l10n.t(m, ...a)),
    );
    const answered = report.results.filter((r) => r.reachable).length;
    const problems = report.results.filter((r) => r.verdicts.some((v) => v.severity === 'warning')).length;
    this.log.appendLine(
      `${timestamp()} ${vscode.l10n.t('{0} of {1} addresses answered, in {2} s.', answered, report.results.length, (report.elapsedMs / 1000).toFixed(1))}`,
    );
    for (const r of report.results)
      for (const v of r.verdicts) this.log.appendLine(`${timestamp()} ${r.address ?? r.target.host}: ${v.code}: ${v.message[language]}`);
    if (report.cancelled) return;
    if (problems > 0)
      void vscode.window.showWarningMessage(
        vscode.l10n.t('{0} of {1} addresses answered; {2} need attention. See the report and the Problems view.', answered, report.results.length, problems),
      );
  }

  /** Stops a run in progress (used when the extension deactivates). */
  cancel(): void {
    this.running?.cancel();
  }

  dispose(): void {
    this.cancel();
  }
}

/** Registers Verify Servers and Clear Verification; returns what to dispose. */
export function registerVerification(client: LanguageClient): vscode.Disposable[] {
  const log = vscode.window.createOutputChannel('NTP Config: Verify Servers');
  const diagnostics = new VerificationDiagnostics();
  const verifier = new ServerVerifier(client, diagnostics, log);
  return [
    log,
    diagnostics,
    verifier,
    vscode.commands.registerCommand('ntpConfig.verifyServers', () => verifier.run()),
    vscode.commands.registerCommand('ntpConfig.clearVerification', () => diagnostics.clear()),
  ];
}
