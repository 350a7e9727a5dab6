import { dialectTraits } from '../../../core/dialectTraits';
import { isRefclockAddress, normalizedHost } from '../../../core/hostNames';
import { directiveName } from '../parser/parseConfig';
import type { Dialect } from '../../../core/dialect';
import { LineMemo } from '../parser/lineMemo';
import type { ConfigLine, ParsedConfig } from '../parser/types';
import type { Token } from '../../../core/token';
import { NTPSEC_DRIVERS, refclockDriver } from '../catalog/ntp/refclockDrivers';
import { bindLine, type BoundLine, type BoundOption } from './bindLine';
import { directivesNamed } from './directiveIndex';

const SOURCE_DIRECTIVES = new Set(['server', 'pool', 'peer']);

/** A time source line: `server`, `pool` or `peer` with its address and option words. */
export interface SourceLine {
  readonly line: ConfigLine;
  readonly kind: 'server' | 'pool' | 'peer';
  readonly address: Token | undefined;
  /** The address as hosts compare (see normalizedHost); empty without an address. */
  readonly host: string;
  /** Option words after the address, lower-cased for chrony. */
  readonly options: readonly string[];
  /** The same words as tokens, for ranges and edits. */
  readonly optionTokens: readonly Token[];
  /** ntpd reference clocks use pseudo-addresses 127.127.T.U. */
  readonly isRefclock: boolean;
  /** The line read against the catalog: options by name with their values. */
  readonly bound: BoundLine;
}

/** The undisciplined local clock driver (type 1). */
export const LOCAL_CLOCK_TYPE = 1;
/** The PPS driver (type 22), where `prefer` has its own documented meaning. */
export const PPS_CLOCK_TYPE = 22;

const sourceCache = new WeakMap<ParsedConfig, readonly SourceLine[]>();
// A line's SourceLine depends only on the line (reused across edits when unchanged) and the config's dialect.
const sourceLineMemo = new LineMemo<SourceLine | null>();
const NO_WORDS: readonly never[] = Object.freeze([]);

function toSourceLine(line: ConfigLine, dialect: Dialect): SourceLine | null {
  const name = directiveName(line, dialect);
  if (!SOURCE_DIRECTIVES.has(name)) return null;
  const tokens = line.tokens;
  let addressIndex = 1;
  while (addressIndex < tokens.length && (tokens[addressIndex]?.text === '-4' || tokens[addressIndex]?.text === '-6')) addressIndex++;
  const address = tokens[addressIndex];
  const optionTokens = address === undefined ? NO_WORDS : tokens.slice(addressIndex + 1);
  // chrony compares option words case-insensitively; the other daemons as written.
  const options = dialectTraits(dialect).caseInsensitiveKeywords ? optionTokens.map((w) => w.text.toLowerCase()) : optionTokens.map((w) => w.text);
  return {
    line,
    kind: name as SourceLine['kind'],
    address,
    host: address === undefined ? '' : normalizedHost(address.text),
    options,
    optionTokens,
    isRefclock: address !== undefined && isRefclockAddress(address.text),
    bound: bindLine(line, dialect),
  };
}

/** The source lines of a config, computed once per parse and shared by every rule. */
export function sourceLines(config: ParsedConfig): readonly SourceLine[] {
  const cached = sourceCache.get(config);
  if (cached) return cached;
  const sources: SourceLine[] = [];
  const compute = (line: ConfigLine) => toSourceLine(line, config.dialect);
  for (const line of config.directives) {
    const source = sourceLineMemo.get(line, config.dialect, compute);
    if (source !== null) sources.push(source);
  }
  sourceCache.set(config, sources);
  return sources;
}

/** The last occurrence of an option on a source line (the daemons let a later one win). */
export function findOption(source: { readonly bound: BoundLine }, name: string): BoundOption | undefined {
  return source.bound.option(name);
}

/** The integer value of an option, if present and numeric. */
export function optionInteger(source: { readonly bound: BoundLine }, name: string): { readonly match: BoundOption; readonly value: number } | undefined {
  return source.bound.optionInteger(name);
}

/** NTPsec `refclock` driver names and the classic type numbers they replace. */
const NTPSEC_DRIVER_TYPES: ReadonlyMap<string, number> = new Map(NTPSEC_DRIVERS.flatMap((d) => (d.ntpsec ? [[d.ntpsec.name, d.type]] : [])));

/** The driver name NTPsec uses for a classic type number, if NTPsec still has that driver. */
export function ntpsecDriverName(type: number): string | undefined {
  return refclockDriver(type)?.ntpsec?.name;
}

/** An NTPsec `refclock <driver> [unit u] [options]` line, seen as its 127.127.T.U equivalent. */
interface RefclockLine {
  readonly line: ConfigLine;
  readonly driver: Token;
  /** Undefined when NTPsec has no driver of that name. */
  readonly type: number | undefined;
  readonly unit: number;
  /** `127.127.T.U`, or undefined for an unknown driver. */
  readonly address: string | undefined;
  readonly options: readonly string[];
  readonly optionTokens: readonly Token[];
  readonly bound: BoundLine;
}

const refclockCache = new WeakMap<ParsedConfig, readonly RefclockLine[]>();

/** NTPsec's `refclock` lines (only NTPsec has this syntax in the ntp family). */
export function ntpsecRefclocks(config: ParsedConfig): readonly RefclockLine[] {
  const cached = refclockCache.get(config);
  if (cached) return cached;
  const refclocks: RefclockLine[] = [];
  if (config.dialect === 'ntpsec') {
    for (const line of directivesNamed(config, 'refclock')) {
      const driver = line.tokens[1];
      if (driver === undefined) continue;
      const optionTokens = line.tokens.slice(2);
      const options = optionTokens.map((t) => t.text);
      const bound = bindLine(line, config.dialect);
      const unit = bound.optionInteger('unit')?.value ?? 0;
      const type = NTPSEC_DRIVER_TYPES.get(driver.text.toLowerCase());
      refclocks.push({ line, driver, type, unit, address: type === undefined ? undefined : `127.127.${type}.${unit}`, options, optionTokens, bound });
    }
  }
  refclockCache.set(config, refclocks);
  return refclocks;
}

const POOL_SUFFIX = 'pool.ntp.org';
const POOL_SHARD = /^\d+\./;
// Continent and global zones of the NTP Pool; two-letter labels are country zones. Anything else is a vendor zone.
const GEOGRAPHIC_ZONES = new Set(['africa', 'antarctica', 'asia', 'europe', 'north-america', 'oceania', 'south-america']);

export function isPoolName(host: string): boolean {
  const name = normalizedHost(host);
  return name === POOL_SUFFIX || name.endsWith(`.${POOL_SUFFIX}`);
}

/**
 * The pool name a `pool` line should use for a pool.ntp.org host: the numbered shard is dropped for the
 * global, continent and country zones (`0.kr.pool.ntp.org` → `kr.pool.ntp.org`), and kept for vendor zones,
 * whose documented names are the numbered ones (`2.debian.pool.ntp.org`).
 */
export function poolLineName(host: string): string | undefined {
  const name = normalizedHost(host);
  if (!isPoolName(name)) return undefined;
  const unsharded = name.replace(POOL_SHARD, '');
  const zone = unsharded === POOL_SUFFIX ? '' : unsharded.slice(0, -POOL_SUFFIX.length - 1);
  const geographic = zone === '' || zone.length === 2 || GEOGRAPHIC_ZONES.has(zone);
  return geographic ? unsharded : name;
}

/** The zone a pool.ntp.org host belongs to, shards removed, for grouping `server N.zone.pool.ntp.org` lines. */
export function poolZone(host: string): string | undefined {
  const name = normalizedHost(host);
  return isPoolName(name) ? name.replace(POOL_SHARD, '') : undefined;
}

// Public servers run by others, where polling faster than every 64 s or `burst` counts as abuse.
const PUBLIC_SERVERS = new Set([
  'time.google.com',
  'time1.google.com',
  'time2.google.com',
  'time3.google.com',
  'time4.google.com',
  'time.cloudflare.com',
  'time.apple.com',
  'time.windows.com',
  'time.aws.com',
  'ntp.ubuntu.com',
  'time.facebook.com',
  'time1.facebook.com',
  'time2.facebook.com',
  'time3.facebook.com',
  'time4.facebook.com',
  'time5.facebook.com',
  'time.nist.gov',
  'time.bora.net',
  'gps.bora.net',
  'time.kriss.re.kr',
  'time2.kriss.re.kr',
  'time.nuri.net',
]);

/** A well-known public server or an NTP Pool name (addresses are not judged: they may be your own servers). */
export function isPublicServer(host: string): boolean {
  const name = normalizedHost(host);
  return isPoolName(name) || PUBLIC_SERVERS.has(name) || name.endsWith('.nist.gov');
}

// Services documented to smear leap seconds (Google Public NTP, Amazon Time Sync, Meta's public NTP).
const LEAP_SMEARING = new Set([
  'time.google.com',
  'time1.google.com',
  'time2.google.com',
  'time3.google.com',
  'time4.google.com',
  'time.aws.com',
  '169.254.169.123',
  'fd00:ec2::123',
  'time.facebook.com',
  'time1.facebook.com',
  'time2.facebook.com',
  'time3.facebook.com',
  'time4.facebook.com',
  'time5.facebook.com',
]);

export function isLeapSmearing(host: string): boolean {
  return LEAP_SMEARING.has(normalizedHost(host));
}
