import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { LOCAL_CLOCK_TYPE, ntpsecRefclocks, optionInteger, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { bindLine, type BoundLine } from '../../formats/ntpconf/model/bindLine';
import { refclockId } from '../../core/hostNames';
import { directivesNamed, includesOtherFiles } from '../../formats/ntpconf/model/directiveIndex';

/** ntpd's default `tos maxclock` (ntp.h NTP_MAXCLOCK, also NTPsec). */
const DEFAULT_MAXCLOCK = 10;
/** chrony's default `maxsources` for a pool, and its maximum. */
const DEFAULT_MAXSOURCES = 4;
const MAX_MAXSOURCES = 16;
/** Directives whose sources are discovered at run time, so no count from the file is meaningful. */
const DYNAMIC_DISCOVERY = ['broadcastclient', 'multicastclient', 'manycastclient'];

/** How many independent sources a config gives the selection algorithm. */
export interface SourceCount {
  /** Usable sources: pools expanded, duplicates, `noselect` and the local clock not counted. */
  readonly count: number;
  /** Servers, peers and reference clocks listed one by one (pools excluded). */
  readonly listed: number;
  /** The counted sources as written (pools as `pool <name>`): server/pool/peer lines first, then reference clocks. */
  readonly names: readonly string[];
  /** Keyword and address of the first counted source, where findings about the count are shown. */
  readonly first: { keyword: Token; last: Token } | undefined;
  readonly pools: number;
  /** Broadcast, multicast or manycast discovery: the count is unknowable from the file. */
  readonly dynamic: boolean;
  /** Other files (include, confdir, sourcedir, includefile) may add sources. */
  readonly partial: boolean;
}

const cache = new WeakMap<ParsedConfig, SourceCount>();

function isNoselect(line: { readonly bound: BoundLine }): boolean {
  return line.bound.option('noselect') !== undefined;
}

/** ntpd keeps adding pool servers until maxclock associations exist, counting the pool lines themselves. */
function ntpMaxclock(config: ParsedConfig): number {
  let maxclock = DEFAULT_MAXCLOCK;
  for (const tos of directivesNamed(config, 'tos')) {
    const value = bindLine(tos, config.dialect).option('maxclock')?.value?.text;
    if (value !== undefined && /^\d+$/.test(value)) maxclock = Number(value);
  }
  return maxclock;
}

interface ChronyRefclock {
  readonly line: ConfigLine;
  /** The `refid` option, else chronyd's default: the driver's first three letters and the clock's index in the file. */
  readonly refid: string;
  readonly lock: string | undefined;
  readonly noselect: boolean;
}

function chronyRefclocks(config: ParsedConfig): ChronyRefclock[] {
  return directivesNamed(config, 'refclock').flatMap((line, index) => {
    const driver = line.tokens[1];
    if (driver === undefined) return [];
    const bound = bindLine(line, config.dialect);
    const refid = bound.option('refid')?.value?.text ?? `${driver.text.slice(0, 3).toUpperCase()}${index}`;
    return [{ line, refid: refid.toUpperCase(), lock: bound.option('lock')?.value?.text.toUpperCase(), noselect: bound.option('noselect') !== undefined }];
  });
}

export function countSources(config: ParsedConfig): SourceCount {
  const cached = cache.get(config);
  if (cached) return cached;
  const chrony = config.dialect === 'chrony';
  const seen = new Set<string>();
  const names: string[] = [];
  let first: SourceCount['first'];
  let fixed = 0;
  let pools = 0;
  let chronyPoolSources = 0;
  // `key` identifies a source for de-duplication; `last` (the address as written) is what messages show.
  const note = (key: string, keyword: Token | undefined, last: Token | undefined, label?: string): boolean => {
    const before = seen.size;
    // One hash lookup instead of has + add: this runs once per source line of a large file.
    if (seen.add(key).size === before) return false;
    names.push(label ?? (key.startsWith('pool ') ? `pool ${last?.text ?? ''}` : (last?.text ?? key)));
    // Sources are visited by kind, not in file order: keep the one nearest the top.
    if (keyword !== undefined && last !== undefined && (first === undefined || keyword.line < first.keyword.line)) first = { keyword, last };
    return true;
  };
  for (const source of sourceLines(config)) {
    if (source.address === undefined || isNoselect(source)) continue;
    const host = source.host;
    if (source.isRefclock) {
      // chrony has no 127.127.t.u clocks: there it is just an unreachable address.
      if (chrony || refclockId(host)?.type === LOCAL_CLOCK_TYPE) continue;
      if (note(host, source.line.tokens[0], source.address)) fixed++;
      continue;
    }
    if (source.kind === 'pool') {
      if (!note(`pool ${host}`, source.line.tokens[0], source.address)) continue;
      pools++;
      const maxsources = optionInteger(source, 'maxsources')?.value ?? DEFAULT_MAXSOURCES;
      chronyPoolSources += Math.min(Math.max(maxsources, 1), MAX_MAXSOURCES);
      continue;
    }
    if (note(host, source.line.tokens[0], source.address)) fixed++;
  }
  for (const refclock of ntpsecRefclocks(config)) {
    if (refclock.type === LOCAL_CLOCK_TYPE || isNoselect(refclock)) continue;
    const label = `refclock ${refclock.driver.text}${refclock.unit === 0 ? '' : ` unit ${refclock.unit}`}`;
    if (note(refclock.address ?? refclock.driver.text, refclock.line.tokens[0], refclock.driver, label)) fixed++;
  }
  if (chrony) {
    const refclocks = chronyRefclocks(config);
    const counted = new Set(refclocks.filter((r) => !r.noselect).map((r) => r.refid));
    for (const refclock of refclocks) {
      // A PPS clock `lock`ed to a counted partner (its NMEA or SHM time of day) is one source with it, not a second one.
      if (refclock.noselect || (refclock.lock !== undefined && counted.has(refclock.lock))) continue;
      const words = refclock.line.tokens.slice(0, 3);
      if (
        note(
          words
            .slice(1)
            .map((t) => t.text.toLowerCase())
            .join(' '),
          words[0],
          words[words.length - 1],
          words.map((t) => t.text).join(' '),
        )
      )
        fixed++;
    }
  }
  const pooled = pools === 0 ? 0 : chrony ? chronyPoolSources : Math.max(0, ntpMaxclock(config) - pools - fixed);
  const dynamic = !chrony && DYNAMIC_DISCOVERY.some((name) => directivesNamed(config, name).length > 0);
  const result: SourceCount = { count: fixed + pooled, listed: fixed, names, first, pools, dynamic, partial: includesOtherFiles(config) };
  cache.set(config, result);
  return result;
}

/** Whether the host has an upstream other than its own clock (so a local reference is only a fallback). */
export function hasRealSources(config: ParsedConfig): boolean {
  const sources = countSources(config);
  return sources.count > 0 || sources.dynamic;
}
