/** The daemons whose configuration language we understand. */
export type Dialect = 'chrony' | 'ntpd' | 'ntpsec' | 'xntpd';

export const DIALECTS: readonly Dialect[] = ['chrony', 'ntpd', 'ntpsec', 'xntpd'];
export const NTP_FAMILY: readonly Dialect[] = ['ntpd', 'ntpsec', 'xntpd'];

export function isDialect(value: unknown): value is Dialect {
  return typeof value === 'string' && (DIALECTS as readonly string[]).includes(value);
}

/** Vendors' xntpd 3 builds, which each accept a little more than xntpd 3 itself (AIX documents `iburst`). */
export type XntpdPlatform = 'solaris' | 'aix' | 'hpux';
export const XNTPD_PLATFORMS: readonly XntpdPlatform[] = ['solaris', 'aix', 'hpux'];
export const XNTPD_PLATFORM_LABEL: Readonly<Record<XntpdPlatform, string>> = { solaris: 'Solaris', aix: 'AIX', hpux: 'HP-UX' };

export function isNtpFamily(dialect: Dialect): boolean {
  return dialect !== 'chrony';
}

/** "4.3" → [4, 3]; unparsable parts count as 0 so a bad setting never throws. */
function parseVersion(version: string): number[] {
  return version.split('.').map((part) => Number.parseInt(part, 10) || 0);
}

// Rules ask about the same few versions on every line: each string is split once.
const parsedVersions = new Map<string, readonly number[]>();

function parsedVersion(version: string): readonly number[] {
  let parts = parsedVersions.get(version);
  if (parts === undefined) {
    parts = parseVersion(version);
    if (parsedVersions.size < 256) parsedVersions.set(version, parts);
  }
  return parts;
}

export function versionAtLeast(actual: string, required: string): boolean {
  const a = parsedVersion(actual);
  const r = parsedVersion(required);
  for (let i = 0; i < Math.max(a.length, r.length); i++) {
    const diff = (a[i] ?? 0) - (r[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

export const DEFAULT_CHRONY_VERSION = '4.3';
