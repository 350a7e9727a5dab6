import type { Dialect } from '../core/dialect';
import type { FileEnvironment } from '../core/fileEnvironment';
import { onDisk } from './configurationSet';

/** What the service's start-up flags add to the configuration, written as the directives they stand for. */
interface StartupFacts {
  /** e.g. `driftfile /var/db/ntpd.drift` for FreeBSD's `ntpd_flags="-p … -f /var/db/ntpd.drift"`. */
  readonly directives: readonly string[];
  /** The files the flags were read from, for messages and tests. */
  readonly sources: readonly string[];
}

/** Where each daemon's service keeps its flags, in the order they override each other (later wins). */
const NTPD_FLAG_FILES: readonly { readonly file: string; readonly variables: readonly string[] }[] = [
  { file: '/etc/defaults/rc.conf', variables: ['ntpd_flags'] },
  { file: '/etc/rc.conf', variables: ['ntpd_flags'] },
  { file: '/etc/rc.conf.local', variables: ['ntpd_flags'] },
  { file: '/etc/sysconfig/ntpd', variables: ['OPTIONS'] },
  { file: '/etc/default/ntp', variables: ['NTPD_OPTS'] },
  { file: '/etc/default/ntpsec', variables: ['NTPD_OPTS'] },
  { file: '/etc/rc.config.d/netdaemons', variables: ['XNTPD_ARGS'] },
];

const FREEBSD_RC_DRIFTFILE = '/var/db/ntp/ntpd.drift';

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"]*)"|'([^']*)'|(\S*))/;

/** The last value of each variable in a shell-style file (rc.conf, /etc/sysconfig, /etc/default). */
function shellAssignments(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = ASSIGNMENT.exec(line);
    if (match) values.set(match[1] as string, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return values;
}

/** The value of a flag such as `-f FILE` or `-fFILE` in a command line. */
export function flagValue(words: readonly string[], flag: string): string | undefined {
  let found: string | undefined;
  words.forEach((word, i) => {
    if (word === flag) found = words[i + 1];
    else if (word.startsWith(flag) && word.length > flag.length && !word.startsWith('--')) found = word.slice(flag.length);
  });
  return found;
}

/** systemd's `ExecStart=` command lines, for flags written into the unit itself. */
function execStartWords(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => /^\s*ExecStart\s*=/.test(line))
    .flatMap((line) => line.replace(/^\s*ExecStart\s*=\s*/, '').split(/\s+/));
}

/** Where chronyd's service keeps its flags (RHEL's sysconfig, Debian's default file); later wins. */
const CHRONYD_FLAG_FILES: readonly { readonly file: string; readonly variables: readonly string[] }[] = [
  { file: '/etc/sysconfig/chronyd', variables: ['OPTIONS'] },
  { file: '/etc/default/chrony', variables: ['DAEMON_OPTS'] },
];

const CHRONYD_UNITS = [
  '/etc/systemd/system/chronyd.service',
  '/etc/systemd/system/chrony.service',
  '/usr/lib/systemd/system/chronyd.service',
  '/lib/systemd/system/chrony.service',
];

/** chronyd's `-u USER` is the `user` directive (`-u root` keeps root, as `user root` does). */
function chronydFacts(env: FileEnvironment): StartupFacts {
  const read = (file: string) => env.readText?.(onDisk(file, env.documentPath, env));
  let user: string | undefined;
  const sources: string[] = [];
  for (const { file, variables } of CHRONYD_FLAG_FILES) {
    const text = read(file);
    if (text === undefined) continue;
    const values = shellAssignments(text);
    for (const variable of variables) {
      const value = values.get(variable);
      const named = value === undefined ? undefined : flagValue(value.split(/\s+/), '-u');
      if (named === undefined) continue;
      sources.push(file);
      user = named;
    }
  }
  for (const unit of CHRONYD_UNITS) {
    const text = read(unit);
    const named = text === undefined ? undefined : flagValue(execStartWords(text), '-u');
    if (named !== undefined && !named.startsWith('$')) {
      sources.push(unit);
      user = named;
    }
  }
  // The command line overrides the file, so the flag's user is written after every line of the set.
  return { directives: user === undefined ? [] : [`user ${user}`], sources };
}

const UNITS = [
  '/etc/systemd/system/ntpd.service',
  '/etc/systemd/system/ntpsec.service',
  '/lib/systemd/system/ntpsec.service',
  '/usr/lib/systemd/system/ntpd.service',
  '/lib/systemd/system/ntp.service',
];

/**
 * Flags are a host's: read under --root, or beside a file that sits in an etc/ folder. A loose chrony.conf (a
 * repository's, one in /tmp) takes none from the machine that happens to lint it, or CI and laptop would disagree.
 */
function belongsToAHost(env: FileEnvironment): boolean {
  return env.root !== undefined || env.documentPath.replace(/\\/g, '/').includes('/etc/');
}

/** The start-up flags found next to the configuration (or under `--root`), as the directives they stand for. */
export function startupFacts(dialect: Dialect, env: FileEnvironment): StartupFacts {
  if (env.readText === undefined || !belongsToAHost(env)) return { directives: [], sources: [] };
  if (dialect === 'chrony') return chronydFacts(env);
  let drift: string | undefined;
  const sources: string[] = [];
  for (const { file, variables } of NTPD_FLAG_FILES) {
    const text = env.readText(onDisk(file, env.documentPath, env));
    if (text === undefined) continue;
    const values = shellAssignments(text);
    for (const variable of variables) {
      const value = values.get(variable);
      if (value === undefined) continue;
      sources.push(file);
      // A later file that sets the variable replaces the flags of an earlier one (rc.conf over defaults/rc.conf).
      drift = flagValue(value.split(/\s+/), '-f');
    }
  }
  for (const unit of UNITS) {
    const text = env.readText(onDisk(unit, env.documentPath, env));
    const value = text === undefined ? undefined : flagValue(execStartWords(text), '-f');
    if (value !== undefined && !value.startsWith('$')) {
      sources.push(unit);
      drift = value;
    }
  }
  // FreeBSD (the only system with /etc/defaults/rc.conf): since 13.0 ntpd_flags is empty, and rc.d/ntpd itself
  // passes `-f /var/db/ntp/ntpd.drift` whenever neither ntp.conf nor the flags name a drift file.
  if (drift === undefined && sources.includes('/etc/defaults/rc.conf')) {
    sources.push('/etc/rc.d/ntpd');
    drift = FREEBSD_RC_DRIFTFILE;
  }
  return { directives: drift === undefined ? [] : [`driftfile ${drift}`], sources };
}
