import { isIPv6 } from 'node:net';
import { describeTarget, validateChronySocket, validateSshTarget } from '../../../../verify/src/host/sshCommand';
import type { SshTarget } from '../../../../verify/src/host/types';

/** A host to check, as the `ntpConfig.hosts` setting and the history store it. No vscode here: unit-tested. */
export interface HostEntry {
  readonly host: string;
  readonly port?: number;
  readonly user?: string;
  readonly identityFile?: string;
  /** chronyc's `-h` when chronyd's command socket is not the default one. */
  readonly chronySocket?: string;
}

export const MAX_HISTORY = 10;

export function entryKey(entry: HostEntry): string {
  return describeTarget(toSshTarget(entry));
}

export function toSshTarget(entry: HostEntry): SshTarget {
  return {
    host: entry.host,
    ...(entry.port === undefined ? {} : { port: entry.port }),
    ...(entry.user === undefined ? {} : { user: entry.user }),
    ...(entry.identityFile === undefined ? {} : { identityFile: entry.identityFile }),
  };
}

/** Null when the entry would not pass the engine's checks (so it is never offered). */
function validEntry(entry: HostEntry): HostEntry | null {
  if (!validateSshTarget(toSshTarget(entry)).ok) return null;
  if (entry.chronySocket !== undefined && !validateChronySocket(entry.chronySocket).ok) return null;
  return entry;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** One element of `ntpConfig.hosts` or of the history: a string or `{ host, port, user, identityFile, chronySocket }`. */
export function entryFromValue(value: unknown): HostEntry | null {
  if (typeof value === 'string') return parseTypedHost(value);
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const host = optionalString(v['host']);
  if (host === undefined) return null;
  const port = typeof v['port'] === 'number' ? v['port'] : undefined;
  const user = optionalString(v['user']);
  const identityFile = optionalString(v['identityFile']);
  const chronySocket = optionalString(v['chronySocket']);
  return validEntry({
    host,
    ...(port === undefined ? {} : { port }),
    ...(user === undefined ? {} : { user }),
    ...(identityFile === undefined ? {} : { identityFile }),
    ...(chronySocket === undefined ? {} : { chronySocket }),
  });
}

export function entriesFromValues(values: unknown): { entries: HostEntry[]; rejected: number } {
  const list = Array.isArray(values) ? values : [];
  const entries: HostEntry[] = [];
  for (const value of list) {
    const entry = entryFromValue(value);
    if (entry !== null) entries.push(entry);
  }
  return { entries, rejected: list.length - entries.length };
}

/**
 * What a user types in the picker: `host`, `user@host`, `host:port`, `[v6]:port` or a bare IPv6 address. Null when
 * it is not a host the engine would accept.
 */
export function parseTypedHost(text: string): HostEntry | null {
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf('@');
  const user = at > 0 ? trimmed.slice(0, at) : undefined;
  const rest = at > 0 ? trimmed.slice(at + 1) : trimmed;
  let host = rest;
  let port: number | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(rest);
  if (bracketed) {
    host = bracketed[1]!;
    port = bracketed[2] === undefined ? undefined : Number(bracketed[2]);
  } else if (!isIPv6(rest)) {
    const withPort = /^(.+):(\d{1,5})$/.exec(rest);
    if (withPort) {
      host = withPort[1]!;
      port = Number(withPort[2]);
    }
  }
  return validEntry({ host, ...(port === undefined ? {} : { port }), ...(user === undefined ? {} : { user }) });
}

/** The history with `entry` first, without duplicates, at most MAX_HISTORY long. */
export function rememberHost(history: readonly HostEntry[], entry: HostEntry): HostEntry[] {
  const key = entryKey(entry);
  return [entry, ...history.filter((h) => entryKey(h) !== key)].slice(0, MAX_HISTORY);
}

export interface HostChoice {
  readonly entry: HostEntry;
  readonly origin: 'history' | 'settings' | 'ssh-config';
}

/** History first, then settings, then `~/.ssh/config`; a host listed twice keeps its first (most specific) place. */
export function hostChoices(history: readonly HostEntry[], settings: readonly HostEntry[], sshConfig: readonly string[]): HostChoice[] {
  const seen = new Set<string>();
  const choices: HostChoice[] = [];
  const add = (entry: HostEntry, origin: HostChoice['origin']): void => {
    const key = entryKey(entry);
    if (seen.has(key)) return;
    seen.add(key);
    choices.push({ entry, origin });
  };
  history.forEach((e) => add(e, 'history'));
  settings.forEach((e) => add(e, 'settings'));
  sshConfig.forEach((host) => {
    const entry = validEntry({ host });
    if (entry !== null) add(entry, 'ssh-config');
  });
  return choices;
}
