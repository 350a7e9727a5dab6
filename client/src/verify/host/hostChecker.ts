import { homedir } from 'node:os';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { VerificationSubjectRequest } from '../../../../server/src/core/protocol';
import { languageFromLocale } from '../../../../server/src/core/localized';
import { checkHost, type HostCheckRequest } from '../../../../verify/src/host/checkHost';
import { formatCommandLog } from '../../../../verify/src/host/hostOutput';
import { DEFAULT_CONNECT_TIMEOUT_SECONDS, type HostReport, type SshOptions } from '../../../../verify/src/host/types';
import { validateLocalPath } from '../../../../verify/src/host/sshCommand';
import { ReportPanel } from '../reportPanel';
import { VerificationDiagnostics } from '../verificationDiagnostics';
import { VERIFY_LANGUAGES } from '../verifyServers';
import {
  entriesFromValues,
  entryFromValue,
  entryKey,
  hostChoices,
  parseTypedHost,
  rememberHost,
  toSshTarget,
  type HostChoice,
  type HostEntry,
} from './hostEntries';
import { finalHostModel, hostFindings, initialHostModel } from './hostReportModel';
import { readSshConfigHosts } from './sshConfigHosts';
import { quotedCode } from '../../../../server/src/core/plainText';

const HISTORY_KEY = 'ntpConfig.checkHost.history';
/** detect, two daemon commands and timedatectl: enough to move the progress bar evenly. */
const EXPECTED_COMMANDS = 4;

interface HostItem extends vscode.QuickPickItem {
  readonly entry?: HostEntry;
}

function timestamp(): string {
  const d = new Date();
  return `${d.toTimeString().slice(0, 8)}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

function t(message: string, ...args: (string | number)[]): string {
  return vscode.l10n.t(message, ...args);
}

function sshOptionsFromSettings(): SshOptions {
  const section = vscode.workspace.getConfiguration('ntpConfig.checkHost');
  const timeout = section.get<number>('connectTimeout');
  const strict = section.get<string>('strictHostKeyChecking');
  const knownHosts = section.get<string>('knownHostsFile')?.trim();
  return {
    connectTimeoutSeconds:
      typeof timeout === 'number' && Number.isFinite(timeout) ? Math.min(120, Math.max(1, Math.round(timeout))) : DEFAULT_CONNECT_TIMEOUT_SECONDS,
    ...(strict === 'yes' || strict === 'accept-new' ? { strictHostKeyChecking: strict } : {}),
    ...(knownHosts && validateLocalPath(knownHosts).ok ? { knownHostsFile: knownHosts } : {}),
  };
}

/** Check Host: fixed read-only commands on a host over the system ssh, only when the user asks, never in an untrusted workspace. */
class HostChecker implements vscode.Disposable {
  private running: vscode.CancellationTokenSource | undefined;

  constructor(
    private readonly state: vscode.Memento,
    private readonly log: vscode.OutputChannel,
    private readonly diagnostics: VerificationDiagnostics,
    private readonly client: LanguageClient,
  ) {}

  private history(): HostEntry[] {
    return entriesFromValues(this.state.get<unknown[]>(HISTORY_KEY, [])).entries;
  }

  /** `preset` (a host string or a `ntpConfig.hosts` object) skips the picker: for keybindings and tests. */
  async run(preset?: unknown): Promise<HostReport | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(
        t('Check Host runs ssh to another machine, so it is disabled in untrusted workspaces. Trust this workspace to use it.'),
      );
      return undefined;
    }
    if (this.running) {
      void vscode.window.showInformationMessage(t('Check Host is already running.'));
      return undefined;
    }
    const entry = preset === undefined ? await this.pick() : entryFromValue(preset);
    if (entry === null) void vscode.window.showErrorMessage(t('Check Host: {0} is not a host ssh can take safely.', JSON.stringify(preset)));
    if (entry === null || entry === undefined) return undefined;
    return this.check(entry);
  }

  private async check(entry: HostEntry): Promise<HostReport | undefined> {
    const language = languageFromLocale(vscode.env.language);
    const editor = vscode.window.activeTextEditor;
    const document = editor !== undefined && VERIFY_LANGUAGES.includes(editor.document.languageId) ? editor.document : undefined;
    const fileName = document === undefined ? undefined : document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) || document.uri.toString();
    const subject = document === undefined ? null : await this.client.sendRequest(VerificationSubjectRequest, { uri: document.uri.toString() });
    const request: HostCheckRequest = {
      target: toSshTarget(entry),
      ssh: sshOptionsFromSettings(),
      ...(entry.chronySocket === undefined ? {} : { chronySocket: entry.chronySocket }),
      ...(document === undefined || subject === null ? {} : { config: { subject, ...(document.uri.scheme === 'file' ? { file: document.uri.fsPath } : {}) } }),
    };
    const key = entryKey(entry);
    const panel = ReportPanel.show(initialHostModel(request.target, t, fileName), document?.uri);
    this.log.appendLine(`${timestamp()} ${t('Check Host: {0}', key)}${fileName === undefined ? '' : ` (${fileName})`}`);
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    try {
      const report = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: t('Checking {0} over ssh', key), cancellable: true },
        async (progress, token) => {
          const controller = new AbortController();
          token.onCancellationRequested(() => controller.abort());
          source.token.onCancellationRequested(() => controller.abort());
          return checkHost(request, {
            signal: controller.signal,
            onCommand: (record) => {
              for (const line of formatCommandLog(record, key)) this.log.appendLine(`${timestamp()} ${line}`);
              const status = t('Ran {0}', record.command);
              progress.report({ increment: 100 / EXPECTED_COMMANDS, message: status });
              panel.post({ type: 'status', status, busy: true });
            },
          });
        },
      );
      this.finish(entry, report, document, fileName, language);
      return report;
    } catch (error) {
      // The engine turns ssh and remote failures into verdicts; anything here is a bug, reported without a crash.
      const message = error instanceof Error ? error.message : String(error);
      this.log.appendLine(`${timestamp()} error: ${message}`);
      panel.post({ type: 'status', status: t('Check Host failed: {0}', message), busy: false });
      void vscode.window.showErrorMessage(t('Check Host failed: {0}', message));
      return undefined;
    } finally {
      this.running = undefined;
      source.dispose();
    }
  }

  private finish(entry: HostEntry, report: HostReport, document: vscode.TextDocument | undefined, fileName: string | undefined, language: 'en' | 'ko'): void {
    ReportPanel.visible?.post({ type: 'model', model: finalHostModel(report, t, language, fileName) });
    if (document !== undefined) this.diagnostics.set(document.uri, hostFindings(report, language));
    for (const v of report.verdicts) this.log.appendLine(`${timestamp()} ${v.severity}: ${v.code}: ${v.message[language]}`);
    if (report.cancelled) return;
    // A host that could not be reached is still remembered: the user will want to retry it.
    if (!report.verdicts.some((v) => v.code === 'invalid-target')) void this.state.update(HISTORY_KEY, rememberHost(this.history(), entry));
    const warnings = report.verdicts.filter((v) => v.severity === 'warning');
    if (warnings.length > 0) void vscode.window.showWarningMessage(t('Check Host {0}: {1}', entryKey(entry), quotedCode(warnings[0]!.message[language])));
  }

  private pick(): Promise<HostEntry | undefined> {
    const settings = entriesFromValues(vscode.workspace.getConfiguration('ntpConfig').get<unknown[]>('hosts', []));
    const choices = hostChoices(this.history(), settings.entries, readSshConfigHosts(homedir()));
    const base = this.items(choices);
    const pick = vscode.window.createQuickPick<HostItem>();
    pick.title = t('Check Host');
    pick.placeholder = t('Pick a host, or type user@host or host:port');
    pick.matchOnDescription = true;
    pick.items = base;
    return new Promise((resolve) => {
      pick.onDidChangeValue((value) => {
        const typed = value.trim();
        if (typed === '' || base.some((i) => i.label === typed)) {
          pick.items = base;
          return;
        }
        const entry = parseTypedHost(typed);
        const item: HostItem =
          entry === null
            ? { label: typed, description: t('not a host name ssh can take'), alwaysShow: true }
            : { label: typed, description: t('check this host'), alwaysShow: true, entry };
        pick.items = [item, ...base];
      });
      pick.onDidAccept(() => {
        const entry = pick.selectedItems[0]?.entry;
        if (entry === undefined) return;
        resolve(entry);
        pick.hide();
      });
      pick.onDidHide(() => {
        resolve(undefined);
        pick.dispose();
      });
      pick.show();
    });
  }

  private items(choices: readonly HostChoice[]): HostItem[] {
    const headings: Record<HostChoice['origin'], string> = { history: t('Recent'), settings: t('ntpConfig.hosts setting'), 'ssh-config': t('~/.ssh/config') };
    const items: HostItem[] = [];
    let origin: HostChoice['origin'] | undefined;
    for (const choice of choices) {
      if (choice.origin !== origin) {
        origin = choice.origin;
        items.push({ label: headings[origin], kind: vscode.QuickPickItemKind.Separator });
      }
      const details = [choice.entry.identityFile, choice.entry.chronySocket === undefined ? undefined : `chronyc -h ${choice.entry.chronySocket}`].filter(
        (d) => d !== undefined,
      );
      items.push({ label: entryKey(choice.entry), ...(details.length > 0 ? { description: details.join(' · ') } : {}), entry: choice.entry });
    }
    return items;
  }

  cancel(): void {
    this.running?.cancel();
  }

  dispose(): void {
    this.cancel();
  }
}

/** Registers `ntpConfig.checkHost`; returns what to dispose. */
export function registerHostCheck(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable[] {
  const log = vscode.window.createOutputChannel('NTP Config: Check Host');
  const diagnostics = new VerificationDiagnostics('ntpconf-host');
  const checker = new HostChecker(context.globalState, log, diagnostics, client);
  return [log, diagnostics, checker, vscode.commands.registerCommand('ntpConfig.checkHost', (preset?: unknown) => checker.run(preset))];
}
