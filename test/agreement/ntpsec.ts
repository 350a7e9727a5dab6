import { spawnSync } from 'node:child_process';
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
