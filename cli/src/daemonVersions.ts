import type * as ChildProcess from 'node:child_process';

const BINARIES: Readonly<Record<'chronyd' | 'ntpd', { readonly paths: readonly string[]; readonly args: readonly string[] }>> = {
  chronyd: { paths: ['/usr/sbin/chronyd', '/sbin/chronyd', '/usr/local/sbin/chronyd'], args: ['-v'] },
  ntpd: { paths: ['/usr/sbin/ntpd', '/sbin/ntpd', '/usr/local/sbin/ntpd'], args: ['--version'] },
};

const seen = new Map<string, string | undefined>();

/**
 * What the live host's daemon says of its version (`chronyd -v`, `ntpd --version`): fixed paths and arguments, no
 * shell, a 2 s limit. Only `ntpconf lint` on the real /etc asks; a copy under --root is never run.
 */
export function liveDaemonVersionOutput(daemon: 'chronyd' | 'ntpd'): string | undefined {
  if (seen.has(daemon)) return seen.get(daemon);
  let output: string | undefined;
  // Required here, not at the top: a lint that never asks (any copy under --root) skips loading it (~5 ms).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { execFileSync } = require('node:child_process') as typeof ChildProcess;
  for (const binary of BINARIES[daemon].paths) {
    try {
      output = execFileSync(binary, [...BINARIES[daemon].args], { encoding: 'utf8', timeout: 2000, stdio: ['ignore', 'pipe', 'pipe'] });
      break;
    } catch (error) {
      // ntpd prints its version and exits 0; a binary that is absent or fails tells nothing.
      const stdout = (error as { stdout?: unknown }).stdout;
      if (typeof stdout === 'string' && stdout.trim() !== '') {
        output = stdout;
        break;
      }
    }
  }
  seen.set(daemon, output);
  return output;
}
