import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS, WorkspaceTrustNotification, type NtpConfigInitializationOptions } from '../../server/src/core/protocol';
import { DialectStatus } from './dialectStatus';
import { ConfigFeaturesOnly, SCRIPT_SELECTOR } from './scriptDocuments';
import { registerHostCheck } from './verify/host/hostChecker';
import { registerVerification } from './verify/verifyServers';
import { registerChronyConversion } from './convertToChrony';

const LANGUAGES = ['ntp-conf', 'chrony-conf'];
const MAX_RESTARTS = 4;

let client: LanguageClient | undefined;

/** Restarts a crashed server a few times and tells the user each time. */
function restartingErrorHandler(output: vscode.OutputChannel): ErrorHandler {
  let restarts = 0;
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      restarts++;
      if (restarts > MAX_RESTARTS) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t('The NTP Config language server crashed {0} times and was stopped. See the output channel.', restarts - 1),
        );
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      output.appendLine(`[client] server exited; restarting (${restarts}/${MAX_RESTARTS})`);
      void vscode.window.showWarningMessage(vscode.l10n.t('The NTP Config language server stopped unexpectedly and was restarted.'));
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const output = vscode.window.createOutputChannel('NTP Config');
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] } },
  };
  const ownSelector = LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...ownSelector, ...SCRIPT_SELECTOR],
    outputChannel: output,
    synchronize: { configurationSection: 'ntpConfig' },
    errorHandler: restartingErrorHandler(output),
    // The server reads files outside the workspace (keys files, links, path completion) only in a trusted workspace.
    initializationOptions: (): NtpConfigInitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
  };
  client = new LanguageClient('ntpConfig', 'NTP Config', serverOptions, clientOptions);
  client.registerFeature(new ConfigFeaturesOnly(client, ownSelector));
  const dialectStatus = new DialectStatus(client);
  context.subscriptions.push(
    output,
    dialectStatus,
    vscode.commands.registerCommand('ntpConfig.restartServer', async () => {
      await client?.restart();
      output.appendLine('[client] server restarted by the user');
    }),
    vscode.commands.registerCommand('ntpConfig.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('ntpConfig.selectDialect', (preset?: unknown) => dialectStatus.pick(preset)),
    ...registerVerification(client),
    ...registerHostCheck(context, client),
    ...registerChronyConversion(client),
  );
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WorkspaceTrustNotification, { trusted: true })));
  await client.start();
  dialectStatus.listen();
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
