import { directiveName } from '../../formats/ntpconf/parser/parseConfig';
import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { type AddressFamily, isLoopback, parseIp } from './addresses';

/** An `allow`/`deny` (or `cmdallow`/`cmddeny`) line read the way chronyd reads it. */
export interface ChronyAccessLine {
  readonly line: ConfigLine;
  readonly keyword: Token;
  readonly allows: boolean;
  /** The subnet word, absent for bare `allow` / `allow all`. */
  readonly subnet?: Token;
  /** Families the line covers entirely (bare form, `0/0`, `::/0`); empty for a narrower subnet. */
  readonly wholeFamilies: readonly AddressFamily[];
}

/** `0/0` and `0.0.0.0/0` cover IPv4, `::/0` IPv6; chronyd's partial forms (`192.168`) have a non-zero prefix. */
function wholeFamilyOf(subnet: string): AddressFamily | undefined {
  const slash = subnet.indexOf('/');
  if (slash < 0 || subnet.slice(slash + 1) !== '0') return undefined;
  const address = subnet.slice(0, slash);
  if (address.includes(':')) return parseIp(address) ? 'ipv6' : undefined;
  return /^\d{1,3}(\.\d{1,3}){0,3}$/.test(address) ? 'ipv4' : undefined;
}

function readAccessLine(line: ConfigLine, allows: boolean): ChronyAccessLine | undefined {
  const [keyword, ...words] = line.tokens;
  if (keyword === undefined) return undefined;
  // chronyd matches the `all` keyword case-sensitively (`allow ALL` is a parse error).
  const subnet = words[0]?.text === 'all' ? words[1] : words[0];
  const whole =
    subnet === undefined ? (['ipv4', 'ipv6'] as const) : [wholeFamilyOf(subnet.text)].filter((family): family is AddressFamily => family !== undefined);
  return { line, keyword, allows, ...(subnet ? { subnet } : {}), wholeFamilies: whole };
}

interface ChronyAccess {
  /** Per family, the line that left it open to every address (a later whole-family deny closes it again). */
  readonly openNtp: ReadonlyMap<AddressFamily, ChronyAccessLine>;
  readonly openCommand: ReadonlyMap<AddressFamily, ChronyAccessLine>;
  readonly commandAllows: readonly ChronyAccessLine[];
  /** Non-loopback `bindcmdaddress` lines by family: remote chronyc needs one of these. */
  readonly commandBinds: ReadonlyMap<AddressFamily, ConfigLine>;
  /** `port 0` closes the NTP server port whatever `allow` says. */
  readonly ntpPortClosed: boolean;
  readonly commandPortClosed: boolean;
  /** The parse the entries come from, for its other directives. */
  readonly config: ParsedConfig;
}

const cache = new WeakMap<ParsedConfig, ChronyAccess>();
const ACCESS_DIRECTIVES = ['allow', 'deny', 'cmdallow', 'cmddeny', 'bindcmdaddress', 'port', 'cmdport'];

export function chronyAccess(config: ParsedConfig): ChronyAccess {
  const cached = cache.get(config);
  if (cached) return cached;
  const openNtp = new Map<AddressFamily, ChronyAccessLine>();
  const openCommand = new Map<AddressFamily, ChronyAccessLine>();
  const commandAllows: ChronyAccessLine[] = [];
  const commandBinds = new Map<AddressFamily, ConfigLine>();
  let ntpPort: string | undefined;
  let commandPort: string | undefined;
  // chronyd applies allow/deny in file order: a later whole-family rule overrides an earlier one.
  const apply = (open: Map<AddressFamily, ChronyAccessLine>, entry: ChronyAccessLine | undefined) => {
    if (entry === undefined) return;
    for (const family of entry.wholeFamilies) {
      if (entry.allows) open.set(family, entry);
      else open.delete(family);
    }
  };
  // Only the directives read here, back in file order.
  const relevant = ACCESS_DIRECTIVES.flatMap((name) => directivesNamed(config, name)).sort((a, b) => a.line - b.line);
  for (const line of relevant) {
    const name = directiveName(line, config.dialect);
    const value = line.tokens[1]?.text;
    if (name === 'allow' || name === 'deny') apply(openNtp, readAccessLine(line, name === 'allow'));
    else if (name === 'cmdallow' || name === 'cmddeny') {
      const entry = readAccessLine(line, name === 'cmdallow');
      apply(openCommand, entry);
      if (entry && entry.allows) commandAllows.push(entry);
    } else if (name === 'bindcmdaddress' && value !== undefined) {
      const ip = parseIp(value);
      if (ip !== undefined && !isLoopback(ip)) commandBinds.set(ip.family, line);
      else if (ip !== undefined) commandBinds.delete(ip.family);
    } else if (name === 'port') ntpPort = value;
    else if (name === 'cmdport') commandPort = value;
  }
  const access: ChronyAccess = {
    openNtp,
    openCommand,
    commandAllows,
    commandBinds,
    ntpPortClosed: ntpPort === '0',
    commandPortClosed: commandPort === '0',
    config,
  };
  cache.set(config, access);
  return access;
}

export function chronyLinesNamed(access: ChronyAccess, name: string): readonly ConfigLine[] {
  return directivesNamed(access.config, name);
}
