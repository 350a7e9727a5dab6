import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { directivesNamed, includesOtherFiles } from '../../formats/ntpconf/model/directiveIndex';
import { type AddressFamily, type IpAddress, isLoopback, parseCidr, parseIp, prefixMaskBytes } from './addresses';

/** What a `restrict` line applies to. */
type RestrictTarget =
  | { readonly kind: 'default' }
  | { readonly kind: 'source' }
  /** A literal address with its mask (all ones when none is given), or a CIDR range. */
  | { readonly kind: 'network'; readonly address: IpAddress; readonly mask: readonly number[]; readonly cidr: boolean }
  | { readonly kind: 'hostname'; readonly name: string }
  /** An address we cannot read (a typo, an unparsable mask): matches nothing we can reason about. */
  | { readonly kind: 'unknown' };

/** One `restrict` line of the ntpd family, split into what it matches and its flags. */
export interface RestrictEntry {
  readonly line: ConfigLine;
  readonly keyword: Token;
  /** `-4`/`-6` qualifier, or `any`. */
  readonly family: 'any' | AddressFamily;
  readonly familyToken?: Token;
  readonly addressToken: Token;
  readonly maskToken?: Token;
  readonly target: RestrictTarget;
  /** The restriction flags, without `mask X`, `ippeerlimit N` and `serverresponse fuzz`. */
  readonly flags: readonly Token[];
  readonly flagNames: ReadonlySet<string>;
  /** Covers every address of its family (`default`, `0.0.0.0 mask 0.0.0.0`, `::/0`). */
  readonly isDefault: boolean;
}

// Keyed options take the next word as their value.
const KEYED_OPTIONS = new Set(['mask', 'ippeerlimit', 'serverresponse']);

function readTarget(address: Token, mask: Token | undefined): RestrictTarget {
  if (address.text === 'default') return { kind: 'default' };
  if (address.text === 'source') return { kind: 'source' };
  const cidr = parseCidr(address.text);
  if (cidr !== undefined) return { kind: 'network', address: cidr.address, mask: prefixMaskBytes(cidr.prefix, cidr.address.family), cidr: true };
  const ip = parseIp(address.text);
  if (ip === undefined) return address.text.includes('/') ? { kind: 'unknown' } : { kind: 'hostname', name: address.text.toLowerCase() };
  if (mask === undefined) return { kind: 'network', address: ip, mask: prefixMaskBytes(ip.bytes.length * 8, ip.family), cidr: false };
  const maskIp = parseIp(mask.text);
  if (maskIp === undefined || maskIp.family !== ip.family) return { kind: 'unknown' };
  return { kind: 'network', address: ip, mask: maskIp.bytes, cidr: false };
}

function parseRestrict(line: ConfigLine): RestrictEntry | undefined {
  const [keyword, ...words] = line.tokens;
  if (keyword === undefined) return undefined;
  let index = 0;
  let family: RestrictEntry['family'] = 'any';
  let familyToken: Token | undefined;
  const first = words[0];
  if (first !== undefined && (first.text === '-4' || first.text === '-6')) {
    family = first.text === '-4' ? 'ipv4' : 'ipv6';
    familyToken = first;
    index++;
  }
  const addressToken = words[index];
  if (addressToken === undefined) return undefined;
  index++;
  const flags: Token[] = [];
  let maskToken: Token | undefined;
  while (index < words.length) {
    const word = words[index] as Token;
    if (KEYED_OPTIONS.has(word.text)) {
      if (word.text === 'mask') maskToken = words[index + 1];
      index += 2;
      continue;
    }
    flags.push(word);
    index++;
  }
  const target = readTarget(addressToken, maskToken);
  const everything = target.kind === 'network' && target.mask.every((byte) => byte === 0);
  if (target.kind === 'network' && family === 'any') family = target.address.family;
  return {
    line,
    keyword,
    family,
    ...(familyToken ? { familyToken } : {}),
    addressToken,
    ...(maskToken ? { maskToken } : {}),
    target,
    flags,
    flagNames: new Set(flags.map((flag) => flag.text)),
    isDefault: target.kind === 'default' || everything,
  };
}

/** Everything the access rules need about one ntp.conf, computed once per parse. */
export interface NtpAccess {
  readonly restricts: readonly RestrictEntry[];
  readonly defaults: readonly RestrictEntry[];
  readonly sourceTemplates: readonly RestrictEntry[];
  /** `includefile` pulls in lines we cannot see, so "X is missing" findings would be guesses. */
  readonly includesOtherFiles: boolean;
  /** The parse the entries come from, for its other directives. */
  readonly config: ParsedConfig;
}

const cache = new WeakMap<ParsedConfig, NtpAccess>();

export function ntpAccess(config: ParsedConfig): NtpAccess {
  const cached = cache.get(config);
  if (cached) return cached;
  const restricts: RestrictEntry[] = [];
  for (const line of directivesNamed(config, 'restrict')) {
    const entry = parseRestrict(line);
    if (entry) restricts.push(entry);
  }
  const access: NtpAccess = {
    restricts,
    defaults: restricts.filter((entry) => entry.isDefault),
    sourceTemplates: restricts.filter((entry) => entry.target.kind === 'source'),
    includesOtherFiles: includesOtherFiles(config),
    config,
  };
  cache.set(config, access);
  return access;
}

/** Lines of one directive (case-sensitive, as ntpd compares them). */
export function linesNamed(access: NtpAccess, name: string): readonly ConfigLine[] {
  return directivesNamed(access.config, name);
}

/** The default entries that apply to one address family (`restrict default` covers both). */
export function defaultsFor(access: NtpAccess, family: AddressFamily): readonly RestrictEntry[] {
  return access.defaults.filter((entry) => entry.family === 'any' || entry.family === family);
}

/** Flags of the default entry of a family: lines with the same address and mask merge their flags. */
export function defaultFlagsFor(access: NtpAccess, family: AddressFamily): ReadonlySet<string> {
  const flags = new Set<string>();
  for (const entry of defaultsFor(access, family)) for (const flag of entry.flagNames) flags.add(flag);
  return flags;
}

/** A restrict line for a loopback address, so local ntpq keeps working under `noquery`. */
export function hasLoopbackEntry(access: NtpAccess, family: AddressFamily): boolean {
  return access.restricts.some((entry) => entry.target.kind === 'network' && entry.target.address.family === family && isLoopback(entry.target.address));
}

/** Whether a flag word appears on a line of `enable`/`disable` and which one came last (ntpd applies them in order). */
export function systemFlagState(access: NtpAccess, flag: string): { enabled: boolean | undefined; lastToken: Token | undefined } {
  let enabled: boolean | undefined;
  let lastToken: Token | undefined;
  let lastLine = -1;
  for (const name of ['enable', 'disable'] as const) {
    for (const line of linesNamed(access, name)) {
      const token = line.tokens.slice(1).find((word) => word.text === flag);
      if (token === undefined || line.line < lastLine) continue;
      lastLine = line.line;
      lastToken = token;
      enabled = name === 'enable';
    }
  }
  return { enabled, lastToken };
}
