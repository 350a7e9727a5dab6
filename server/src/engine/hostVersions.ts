import type { FileEnvironment } from '../core/fileEnvironment';
import { onDisk } from './configurationSet';

/** Daemon versions a host reveals: Debian's package database, or the release file of RHEL 7 (ntp 4.2.6p5). */
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
  const found: HostVersions = { ...(chrony ? { chrony } : {}), ...(ntpd || rhel7 ? { ntpd: (ntpd ?? rhel7) as string } : {}) };
  cache.set(env.root, found);
  return found;
}
