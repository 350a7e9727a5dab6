import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** NTPsec's ntpd, unpacked (not installed: it conflicts with chrony) by scripts/setup.sh. */
export function ntpsecNtpd(): string {
  const root = process.env['NTPSEC_ROOT'] ?? '/tmp/ntpsec-root';
  const ntpd = path.join(root, 'usr', 'sbin', 'ntpd');
  if (!existsSync(ntpd)) throw new Error(`NTPsec's ntpd is not at ${ntpd}: run scripts/setup.sh`);
  return ntpd;
}

/**
 * Runs NTPsec's ntpd on a config inside a fresh user and network namespace (its port 123 and clock calls
 * stay inside; nothing reaches the network) and returns the lines its parser calls syntax errors.
 * ntpd has no check mode: it reports every error, then keeps running until the time limit stops it.
 */
export function ntpsecSyntaxErrorLines(ntpd: string, text: string): Set<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-ntpsec-'));
  try {
    const conf = path.join(dir, 'ntp.conf');
    writeFileSync(conf, text);
    const script = 'ip link set lo up; exec timeout -k 1 2 "$0" -n -c "$1" -p "$2" -f "$3"';
    const result = spawnSync('unshare', ['-Urn', 'sh', '-c', script, ntpd, conf, path.join(dir, 'pid'), path.join(dir, 'drift')], {
      encoding: 'utf8',
      timeout: 15000,
    });
    const lines = new Set<number>();
    const pattern = /syntax error in \S+ line (\d+), column/g;
    for (const match of `${result.stdout}\n${result.stderr}`.matchAll(pattern)) lines.add(Number(match[1]));
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What NTPsec's ntpd made of one file: its syntax-error lines, and whether it stopped by itself (a fatal line). */
export interface NtpsecVerdict {
  readonly syntaxErrors: Set<number>;
  /** ntpd exited before its time limit: a line it cannot run with (`refclock abc`: "Unknown driver name"). */
  readonly exited: boolean;
  readonly output: string;
}

/**
 * NTPsec's ntpd on many files, eight runs at a time (each waits out its 2 s limit, so runs overlap).
 * Keep each file to a few hundred lines: ntpd logs a long file's errors more slowly than the limit allows.
 */
export async function ntpsecVerdicts(ntpd: string, texts: readonly string[]): Promise<NtpsecVerdict[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-ntpsec-'));
  try {
    const run = (text: string, index: number) =>
      new Promise<NtpsecVerdict>((resolve) => {
        const conf = path.join(dir, `${index}.conf`);
        writeFileSync(conf, text);
        const script = 'ip link set lo up; exec timeout -k 1 2 "$0" -n -c "$1" -p "$2" -f "$3"';
        const child = spawn('unshare', ['-Urn', 'sh', '-c', script, ntpd, conf, path.join(dir, `${index}.pid`), path.join(dir, `${index}.drift`)]);
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
        child.on('close', (status) => {
          clearTimeout(timer);
          const syntaxErrors = new Set([...output.matchAll(/syntax error in \S+ line (\d+), column/g)].map((m) => Number(m[1])));
          // timeout(1) exits 124 when it stopped ntpd: ntpd was still running, so it had read the whole file.
          resolve({ syntaxErrors, exited: status !== 124, output });
        });
      });
    const results: NtpsecVerdict[] = [];
    for (let start = 0; start < texts.length; start += 8) results.push(...(await Promise.all(texts.slice(start, start + 8).map((t, i) => run(t, start + i)))));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Syntax-error lines of each file (see ntpsecVerdicts). */
export async function ntpsecSyntaxErrorLinesOfEach(ntpd: string, texts: readonly string[]): Promise<Set<number>[]> {
  return (await ntpsecVerdicts(ntpd, texts)).map((v) => v.syntaxErrors);
}
