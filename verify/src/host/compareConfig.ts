import { isIP } from 'node:net';
import { isRefclockAddress, normalizedHost } from '../../../server/src/core/hostNames';
import type { VerificationSubject } from '../../../server/src/core/verificationSubject';
import type { ResolveResult } from '../resolve';
import { describeResolveError } from '../verdictMessages';
import { dialectMismatch, notInConfig, notInDaemon, poolUnverified, unmatchedName } from './hostMessages';
import type { ConfigLocation, DaemonSource, HostDaemon, HostVerdict } from './types';

export interface Comparison {
  readonly verdicts: HostVerdict[];
  /** The file's line for each daemon source it names, so per-source verdicts can point there. */
  readonly locations: ReadonlyMap<DaemonSource, ConfigLocation>;
}

/** Resolves a name to all its addresses, as `dns.lookup(name, { all: true })` does. */
export type NameResolver = (host: string) => Promise<ResolveResult>;

interface ConfiguredSource {
  readonly kind: 'server' | 'pool' | 'peer';
  readonly text: string;
  readonly location: ConfigLocation;
  readonly resolved: ResolveResult;
}

/** Compares addresses as the daemons print them: IPv6 in lower case, an IPv4-mapped IPv6 as IPv4. */
function addressKey(address: string): string {
  const lower = normalizedHost(address);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  return mapped ? mapped[1]! : lower;
}

/** Sources a daemon lists that a config line could name: not refclocks, not ntpq's pool placeholders. */
export function networkSources(sources: readonly DaemonSource[]): DaemonSource[] {
  return sources.filter((s) => s.mode !== 'refclock' && s.mode !== 'pool' && !isRefclockAddress(s.address));
}

async function configuredSources(subject: VerificationSubject, file: string | undefined, resolve: NameResolver): Promise<ConfiguredSource[]> {
  return Promise.all(
    subject.sources.map(async (s): Promise<ConfiguredSource> => {
      const text = s.text;
      const location: ConfigLocation = { ...(file === undefined ? {} : { file }), line: s.line, start: s.start, end: s.end };
      const bare = normalizedHost(text);
      const resolved: ResolveResult = isIP(bare) !== 0 ? { ok: true, addresses: [bare] } : await resolve(bare);
      return { kind: s.kind, text, location, resolved };
    }),
  );
}

/**
 * The open file against what the daemon uses: lines the daemon does not know (not reloaded?), daemon sources the
 * file does not name, and names that cannot be matched. The daemon prints addresses (`-n`), so the file's names
 * are resolved here first; a host may resolve them differently, which the messages say.
 */
export async function compareWithConfig(
  config: VerificationSubject,
  file: string | undefined,
  daemon: HostDaemon,
  sources: readonly DaemonSource[],
  resolve: NameResolver,
): Promise<Comparison> {
  const verdicts: HostVerdict[] = [];
  const fileIsChrony = config.dialect === 'chrony';
  const daemonIsChrony = daemon === 'chrony';
  if (daemon !== 'w32time' && fileIsChrony !== daemonIsChrony) verdicts.push(dialectMismatch(config.dialect, daemon));

  const used = networkSources(sources);
  const byAddress = new Map(used.map((s) => [addressKey(s.address), s]));
  // ntpq lists each pool line once more as a placeholder named after the pool (cut to 15 characters).
  const poolPlaceholders = sources.filter((s) => s.mode === 'pool').map((s) => s.address.toLowerCase());
  const matched = new Set<DaemonSource>();
  const locations = new Map<DaemonSource, ConfigLocation>();
  const unmatchedPools: ConfiguredSource[] = [];
  let knownPools = 0;
  for (const source of await configuredSources(config, file, resolve)) {
    if (source.kind === 'pool' && poolPlaceholders.some((p) => p.length > 0 && source.text.toLowerCase().startsWith(p))) {
      knownPools++;
      continue;
    }
    if (!source.resolved.ok) {
      // A name may also be printed as is (w32tm peers): compare the text before giving up.
      const byName = byAddress.get(addressKey(source.text));
      if (byName) {
        matched.add(byName);
        if (!locations.has(byName)) locations.set(byName, source.location);
      } else verdicts.push(unmatchedName(source.text, describeResolveError(source.resolved.error).en, source.location));
      continue;
    }
    const hits = [source.text, ...source.resolved.addresses].map((a) => byAddress.get(addressKey(a))).filter((s): s is DaemonSource => s !== undefined);
    for (const hit of hits) {
      matched.add(hit);
      if (!locations.has(hit)) locations.set(hit, source.location);
    }
    if (hits.length > 0) continue;
    if (source.kind === 'pool') unmatchedPools.push(source);
    else verdicts.push(notInDaemon(source.text, source.resolved.addresses, daemon, source.location));
  }
  const unexplained = used.filter((s) => !matched.has(s));
  // A pool whose addresses we cannot see among the daemon's sources is only suspicious when nothing is left over.
  for (const pool of unmatchedPools) {
    verdicts.push(unexplained.length > 0 ? poolUnverified(pool.text, pool.location) : notInDaemon(pool.text, [], daemon, pool.location));
  }
  const why = unmatchedPools.length + knownPools > 0 ? 'pool' : config.includesOtherFiles ? 'include' : 'none';
  for (const source of unexplained) verdicts.push(notInConfig(source, why));
  return { verdicts, locations };
}
