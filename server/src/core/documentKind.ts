import { isDialect, type Dialect } from './dialect';

/**
 * Files other extensions own (batch, PowerShell, shell scripts, .reg) in which we check only the NTP lines:
 * Windows Time scripts and registry files, HP-UX /etc/rc.config.d/netdaemons, AIX /etc/rc.tcpip, and such a
 * file with no NTP lines at all, which gets nothing from us.
 */
export type ScriptKind = 'w32time' | 'hpux-netdaemons' | 'aix-rc-tcpip' | 'unrelated-script';

/** What a document is: a daemon's configuration (a dialect) or a script with NTP lines. */
export type DocumentKind = Dialect | ScriptKind;

export const SCRIPT_KINDS: readonly ScriptKind[] = ['w32time', 'hpux-netdaemons', 'aix-rc-tcpip', 'unrelated-script'];

export function isScriptKind(value: unknown): value is ScriptKind {
  return typeof value === 'string' && (SCRIPT_KINDS as readonly string[]).includes(value);
}

export function isDocumentKind(value: unknown): value is DocumentKind {
  return isDialect(value) || isScriptKind(value);
}
