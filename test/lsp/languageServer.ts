import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER_NODE_FLAGS } from '../../server/src/core/protocol';

const ROOT = path.resolve(__dirname, '../../..');

/** The real server process (the same file the extension and bin/ntpconf-language-server start), spoken to over stdio. */
export class LanguageServerProcess {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  /** How many times diagnostics were published for each document. */
  readonly publishCounts = new Map<string, number>();
  private readonly waiters: (() => void)[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];

  constructor(command = [...SERVER_NODE_FLAGS, path.join(ROOT, 'bin', 'ntpconf-language-server'), '--stdio']) {
    this.child = spawn(process.execPath, command, { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      // The last few only: a long fuzz run publishes thousands of times.
      this.published.set(params.uri, [...(this.published.get(params.uri) ?? []).slice(-19), params]);
      this.publishCounts.set(params.uri, (this.publishCounts.get(params.uri) ?? 0) + 1);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.onNotification((method, params) => this.notifications.push({ method, params }));
    this.connection.onRequest('workspace/configuration', () => [null]);
    this.connection.listen();
  }

  /** `extra` adds or replaces initialize params (rootUri, workspaceFolders, initializationOptions). */
  async initialize(locale = 'en', extra: Record<string, unknown> = {}): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale, ...extra });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next diagnostics for `uri` that satisfy `accept`, or rejects after `timeoutMs`. */
  async diagnosticsFor(uri: string, accept: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 5000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const latest = this.published.get(uri)?.at(-1);
      if (latest && accept(latest.diagnostics)) return latest.diagnostics;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(latest?.diagnostics)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  get pid(): number {
    return this.child.pid as number;
  }

  /** False once the process has exited or been killed. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last diagnostics published for `uri`, with the document version they belong to. */
  latestPublished(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.get(uri)?.at(-1);
  }

  /** Resolves when diagnostics for `version` of `uri` (or a later one) arrive. */
  async waitForVersion(uri: string, version: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(this.published.get(uri) ?? []).some((p) => (p.version ?? 0) >= version)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no diagnostics for version ${version} of ${uri} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Ends a process that may be stuck (a fuzz failure), without the polite shutdown it might never answer. */
  kill(): void {
    if (this.alive) this.child.kill('SIGKILL');
    this.connection.dispose();
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    this.connection.dispose();
    return code;
  }
}
