import { XNTPD_PLATFORMS, type XntpdPlatform } from '../core/dialect';
import type { FileEnvironment } from '../core/fileEnvironment';
import { onDisk } from './configurationSet';

/** Daemon versions a host reveals: Debian's package database, the release file of RHEL 7 (ntp 4.2.6p5), or the live host's binaries. */
interface HostVersions {
  readonly chrony?: string;
  readonly ntpd?: string;
}

const cache = new Map<string, HostVersions>();

/** Installed version of a package in a dpkg status file, without epoch and Debian revision. */
function dpkgVersion(status: string, name: string): string | undefined {
  for (const stanza of status.split(/\n\n+/)) {
    if (!new RegExp(`^Package: ${name}$`, 'm').test(stanza) || !/^Status: .* installed$/m.test(stanza)) continue;
    return /^Version: (?:\d+:)?([0-9.]+)/m.exec(stanza)?.[1];
  }
  return undefined;
}

/** `chronyd (chrony) version 4.5 (+CMDMON …)` → 4.5. */
function chronydVersion(output: string | undefined): string | undefined {
  return output === undefined ? undefined : /\bchrony\)? version (\d+\.\d+(?:\.\d+)?)/.exec(output)?.[1];
}

/** `ntpd 4.2.8p15@1.3728-o …` → 4.2.8; NTPsec (`ntpd ntpsec-1.2.2`) has no classic version. */
function classicNtpdVersion(output: string | undefined): string | undefined {
  return output === undefined ? undefined : /^ntpd (\d+\.\d+\.\d+)/m.exec(output)?.[1];
}

/** Only a host's `/` (`--root`, or the real /etc) is looked at; a workspace copy of /etc reveals no packages. */
export function hostVersions(env: FileEnvironment): HostVersions {
  if (env.root === undefined || env.readText === undefined) return {};
  const known = cache.get(env.root);
  if (known) return known;
  const status = env.readText(onDisk('/var/lib/dpkg/status', env.documentPath, env));
  const release = env.readText(onDisk('/etc/redhat-release', env.documentPath, env)) ?? env.readText(onDisk('/etc/centos-release', env.documentPath, env));
  const chrony = status === undefined ? undefined : dpkgVersion(status, 'chrony');
  const ntpd = status === undefined ? undefined : dpkgVersion(status, 'ntp');
  const rhel7 = release !== undefined && /release 7\b/.test(release) ? '4.2.6' : undefined;
  // A live host without a dpkg database (RHEL 8+, FreeBSD): the binaries say their versions.
  const chronyd = chrony ?? chronydVersion(env.daemonVersionOutput?.('chronyd'));
  const classic = ntpd ?? rhel7 ?? classicNtpdVersion(env.daemonVersionOutput?.('ntpd'));
  const found: HostVersions = { ...(chronyd ? { chrony: chronyd } : {}), ...(classic ? { ntpd: classic } : {}) };
  cache.set(env.root, found);
  return found;
}

const PLATFORM_MODELINE = /^[#!;%]\s*ntpconf:.*\bplatform\s*=\s*(\w+)/im;

/**
 * Whose xntpd reads the file: a `# ntpconf: platform=aix` modeline, else what the host shows (Solaris keeps
 * its file in /etc/inet; AIX starts xntpd from /etc/rc.tcpip; HP-UX configures it in /etc/rc.config.d/netdaemons).
 */
export function xntpdPlatformOf(text: string, env: FileEnvironment | undefined): XntpdPlatform | undefined {
  const named = PLATFORM_MODELINE.exec(text)?.[1]?.toLowerCase();
  if (named !== undefined && (XNTPD_PLATFORMS as readonly string[]).includes(named)) return named as XntpdPlatform;
  if (env === undefined) return undefined;
  if (env.documentPath.replace(/\\/g, '/').endsWith('/etc/inet/ntp.conf')) return 'solaris';
  const has = (file: string) => env.exists(onDisk(file, env.documentPath, env));
  if (has('/etc/rc.tcpip')) return 'aix';
  if (has('/etc/rc.config.d/netdaemons')) return 'hpux';
  return undefined;
}
