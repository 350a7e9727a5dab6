import { spawn } from 'node:child_process';
import { sshArguments } from './sshCommand';
import { MAX_OUTPUT_BYTES, type CommandRecord, type RemoteCommandId, type SshOptions, type SshTarget } from './types';

/** Runs one fixed remote command; replaceable in tests. */
export type RemoteRunner = (id: RemoteCommandId, command: string, signal: AbortSignal) => Promise<CommandRecord>;

/** How long ssh gets to end after SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 2000;

/** Appends a chunk unless the cap is reached; what is past the cap is dropped. */
class CappedText {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  add(chunk: Buffer): void {
    if (this.size >= MAX_OUTPUT_BYTES) return;
    const room = MAX_OUTPUT_BYTES - this.size;
    const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
    this.chunks.push(kept);
    this.size += kept.length;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/**
 * The system `ssh`, started with an argument array (no local shell), a time limit and cancellation.
 * `sshPath` is for tests and for hosts where ssh is not on PATH.
 */
export function sshRunner(target: SshTarget, options: SshOptions, commandTimeoutMs: number, sshPath = 'ssh'): RemoteRunner {
  return (id, command, signal) =>
    new Promise<CommandRecord>((resolve) => {
      const started = Date.now();
      const record = (exitCode: number | null, fields: Partial<CommandRecord> = {}): CommandRecord => ({
        id,
        command,
        exitCode,
        stdout: '',
        stderr: '',
        durationMs: Date.now() - started,
        timedOut: false,
        aborted: false,
        spawnError: null,
        ...fields,
      });
      if (signal.aborted) {
        resolve(record(null, { aborted: true }));
        return;
      }
      const stdout = new CappedText();
      const stderr = new CappedText();
      let timedOut = false;
      let aborted = false;
      let spawnError: string | null = null;
      let killTimer: NodeJS.Timeout | undefined;
      const child = spawn(sshPath, sshArguments(target, options, command), {
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
        // ssh's own messages in English, whatever the editor's locale, so failures can be recognised.
        env: { ...process.env, LC_ALL: 'C' },
      });
      const stop = (): void => {
        child.kill('SIGTERM');
        killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        killTimer.unref();
      };
      const onAbort = (): void => {
        aborted = true;
        stop();
      };
      const timer = setTimeout(() => {
        timedOut = true;
        stop();
      }, commandTimeoutMs);
      let settled = false;
      const finish = (exitCode: number | null): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearTimeout(killTimer);
        signal.removeEventListener('abort', onAbort);
        resolve(record(exitCode, { stdout: stdout.text(), stderr: stderr.text(), timedOut, aborted, spawnError }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      child.stdout.on('data', (chunk: Buffer) => stdout.add(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.add(chunk));
      child.on('error', (error: NodeJS.ErrnoException) => {
        spawnError = error.code ?? error.message;
        finish(null);
      });
      child.on('close', (code) => finish(code));
    });
}
