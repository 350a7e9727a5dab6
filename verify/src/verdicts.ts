import type { AddressObservation, ProbeResult, ProbeSettings, Verdict } from './types';
import {
  accessRefused,
  highDelay,
  invalidReply,
  noAgreement,
  falseticker,
  rateLimited,
  singleSource,
  unreachable,
  unresolved,
  unsynchronized,
} from './verdictMessages';
import { LEAP_UNSYNCHRONIZED, STRATUM_UNSYNCHRONIZED } from './ntpPacket';

/** Above this round trip the offset may be off by more than 150 ms (half the delay): worth telling. */
const HIGH_DELAY_MS = 300;
/** Half-width floor of a source's correctness interval, so tight but honest claims are not called liars. */
const MIN_CORRECTNESS_MS = 10;
/** A majority needs at least three voters; with two, nobody can tell which one is wrong. */
const MIN_VOTERS = 3;

/** Adds every verdict to the results, in place: per address first, then those that compare sources. */
export function assessResults(results: ProbeResult[], settings: ProbeSettings): void {
  for (const result of results) result.verdicts = addressVerdicts(result, settings);
  judgeAgreement(results);
  judgeSourceCount(results);
}

function addressVerdicts(result: ProbeResult, settings: ProbeSettings): Verdict[] {
  if (result.address === null) return [unresolved(result.target.host, result.resolveError ?? 'ENOTFOUND')];
  const o = result.observation;
  if (o === null) return [];
  if (!result.reachable) {
    const ignored = Object.values(o.ignored).reduce((a, b) => a + (b ?? 0), 0);
    if (ignored > 0) return [invalidReply(o.address, o.ignored)];
    if (o.refused > 0 || o.errors.length > 0 || o.timeouts > 0) return [unreachable(o, settings.timeoutMs)];
    return [];
  }
  const verdicts: Verdict[] = [];
  if (o.kiss === 'RATE') verdicts.push(rateLimited(o.address));
  else if (o.kiss !== null) verdicts.push(accessRefused(o.address, o.kiss));
  else if (o.header !== null) {
    const why = unsynchronizedReason(o);
    if (why !== null) verdicts.push(unsynchronized(o.address, why));
  }
  if (result.best !== null && result.best.delayMs > HIGH_DELAY_MS) verdicts.push(highDelay(result.best.delayMs, HIGH_DELAY_MS));
  return verdicts;
}

export type UnsynchronizedReason =
  { readonly kind: 'leap' } | { readonly kind: 'stratum-0'; readonly refid: string } | { readonly kind: 'stratum-16'; readonly stratum: number };

function unsynchronizedReason(o: AddressObservation): UnsynchronizedReason | null {
  const h = o.header;
  if (h === null) return null;
  if (h.stratum === 0) return { kind: 'stratum-0', refid: h.refid };
  if (h.stratum >= STRATUM_UNSYNCHRONIZED) return { kind: 'stratum-16', stratum: h.stratum };
  if (h.leap === LEAP_UNSYNCHRONIZED) return { kind: 'leap' };
  return null;
}

/** A source's claim about the true time: its offset ± its root distance (at least MIN_CORRECTNESS_MS). */
interface CorrectnessInterval {
  readonly low: number;
  readonly high: number;
}

/**
 * Marzullo's algorithm, as in RFC 5905 §11.2.1 in spirit: the region where the most intervals overlap.
 * Returns that region and how many intervals contain it.
 */
export function largestAgreement(intervals: readonly CorrectnessInterval[]): { low: number; high: number; count: number } | null {
  if (intervals.length === 0) return null;
  const edges = intervals.flatMap((i) => [
    { at: i.low, step: 1 },
    { at: i.high, step: -1 },
  ]);
  // At equal points, starts come first: intervals that only touch still agree.
  edges.sort((a, b) => a.at - b.at || b.step - a.step);
  let count = 0;
  let best = { low: 0, high: 0, count: 0 };
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    count += edge.step;
    if (edge.step === 1 && count > best.count) best = { low: edge.at, high: edges[i + 1]?.at ?? edge.at, count };
  }
  return best;
}

function judgeAgreement(results: readonly ProbeResult[]): void {
  // Each address votes once, however many targets resolved to it.
  const voters = new Map<AddressObservation, { interval: CorrectnessInterval; results: ProbeResult[] }>();
  for (const r of results) {
    const o = r.observation;
    if (o === null || r.best === null || o.kiss !== null || unsynchronizedReason(o) !== null) continue;
    const existing = voters.get(o);
    if (existing) {
      existing.results.push(r);
      continue;
    }
    const halfWidth = Math.max(r.best.rootDistanceMs, MIN_CORRECTNESS_MS);
    voters.set(o, { interval: { low: r.best.offsetMs - halfWidth, high: r.best.offsetMs + halfWidth }, results: [r] });
  }
  if (voters.size < MIN_VOTERS) return;
  const agreement = largestAgreement([...voters.values()].map((v) => v.interval));
  if (agreement === null) return;
  if (agreement.count * 2 <= voters.size) {
    for (const v of voters.values()) for (const r of v.results) r.verdicts.push(noAgreement(voters.size, agreement.count));
    return;
  }
  for (const v of voters.values()) {
    if (v.interval.high >= agreement.low && v.interval.low <= agreement.high) continue;
    for (const r of v.results) r.verdicts.push(falseticker(r.best!.offsetMs, agreement, voters.size));
  }
}

/** Per config file: when only one address of all its sources answered, nothing can outvote it. */
function judgeSourceCount(results: readonly ProbeResult[]): void {
  const byFile = new Map<string, ProbeResult[]>();
  for (const r of results) {
    if (r.target.source === undefined) continue;
    const key = r.target.source.file ?? '';
    byFile.set(key, [...(byFile.get(key) ?? []), r]);
  }
  for (const fileResults of byFile.values()) {
    const answering = fileResults.filter(
      (r) => r.reachable && r.observation?.kiss === null && r.observation.header !== null && unsynchronizedReason(r.observation) === null,
    );
    const addresses = new Set(answering.map((r) => r.observation));
    if (addresses.size !== 1) continue;
    for (const r of answering) r.verdicts.push(singleSource());
  }
}
