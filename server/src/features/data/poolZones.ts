import { localized, type Localized } from '../../core/localized';
import { COUNTRY_NAMES } from './countryNames';

export const CONTINENT_ZONES: Readonly<Record<string, Localized>> = {
  africa: localized('Africa', '아프리카'),
  antarctica: localized('Antarctica', '남극'),
  asia: localized('Asia', '아시아'),
  europe: localized('Europe', '유럽'),
  'north-america': localized('North America', '북아메리카'),
  oceania: localized('Oceania', '오세아니아'),
  'south-america': localized('South America', '남아메리카'),
};

/** Zones the pool gives operating system vendors for their default configurations. */
const VENDOR_ZONES: Readonly<Record<string, string>> = {
  almalinux: 'AlmaLinux',
  amazon: 'Amazon Linux',
  android: 'Android',
  arch: 'Arch Linux',
  centos: 'CentOS',
  debian: 'Debian',
  fedora: 'Fedora',
  freebsd: 'FreeBSD',
  gentoo: 'Gentoo',
  netbsd: 'NetBSD',
  openbsd: 'OpenBSD',
  opensuse: 'openSUSE',
  openwrt: 'OpenWrt',
  opnsense: 'OPNsense',
  pfsense: 'pfSense',
  rhel: 'Red Hat Enterprise Linux',
  rocky: 'Rocky Linux',
  suse: 'SUSE',
  ubuntu: 'Ubuntu',
};

type PoolZone =
  | { readonly kind: 'global' }
  | { readonly kind: 'continent'; readonly zone: string; readonly name: Localized }
  | { readonly kind: 'country'; readonly zone: string; readonly name: Localized }
  | { readonly kind: 'vendor'; readonly zone: string; readonly name: string }
  | { readonly kind: 'unknown'; readonly zone: string };

export interface PoolHost {
  readonly zone: PoolZone;
  /** 0–3 for `N.…pool.ntp.org`, the numbered subsets of a zone. */
  readonly subset?: number;
}

const POOL_HOST = /^(?:(\d+)\.)?(?:([a-z][a-z-]*)\.)?pool\.ntp\.org\.?$/;

/** `2.asia.pool.ntp.org` → Asia, subset 2; undefined for names outside pool.ntp.org. */
export function parsePoolHost(host: string): PoolHost | undefined {
  const match = POOL_HOST.exec(host.toLowerCase());
  if (match === null) return undefined;
  const subset = match[1] === undefined ? undefined : Number(match[1]);
  const label = match[2];
  const withSubset = (zone: PoolZone): PoolHost => (subset === undefined ? { zone } : { zone, subset });
  if (label === undefined) return withSubset({ kind: 'global' });
  const continent = CONTINENT_ZONES[label];
  if (continent !== undefined) return withSubset({ kind: 'continent', zone: label, name: continent });
  const country = COUNTRY_NAMES[label];
  if (country !== undefined) return withSubset({ kind: 'country', zone: label, name: localized(country[0], country[1]) });
  const vendor = VENDOR_ZONES[label];
  if (vendor !== undefined) return withSubset({ kind: 'vendor', zone: label, name: vendor });
  return withSubset({ kind: 'unknown', zone: label });
}
