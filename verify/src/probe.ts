import { setMaxListeners } from 'node:events';
import { systemClock, type ProbeClock } from './clock';
import { kissCode, formatReferenceId, type NtpPacket } from './ntpPacket';
import { resolveHost, type HostResolver, type ResolveResult } from './resolve';
import { assessResults } from './verdicts';
import { connectNtp, warmUpNtpPath, type ConnectResult, type IgnoredDatagram, type QueryOutcome } from './udpQuery';
import {
  MAX_ADDRESSES,
  MAX_SAMPLES,
  MAX_TIMEOUT_MS,
  MIN_INTERVAL_MS,
  MIN_TIMEOUT_MS,
  type AddressObservation,
  type NotProbed,
  type ProbeReport,
  type ProbeResult,
  type ProbeSettings,
  type ProbeTarget,
  type ServerHeader,
  type TimedSample,
} from './types';

/** Live progress, for the stripchart and the raw log. */
export type ProbeEvent =
  | { readonly type: 'resolved'; readonly target: ProbeTarget; readonly result: ResolveResult }
  | { readonly type: 'sent'; readonly address: string; readonly port: number; readonly index: number }
  | {
      readonly type: 'outcome';
      readonly address: string;
      readonly port: number;
      readonly index: number;
      readonly outcome: QueryOutcome;
      readonly sample: TimedSample | null;
    }
  | { readonly type: 'ignored'; readonly address: string; readonly port: number; readonly index: number; readonly datagram: IgnoredDatagram }
  | { readonly type: 'connect-failed'; readonly address: string; readonly port: number; readonly code: string };

/** The edges, replaceable in tests. */
export interface ProbeEnvironment {
  readonly clock: ProbeClock;
  resolve(host: string, family: 4 | 6 | undefined, timeoutMs: number, signal: AbortSignal): Promise<ResolveResult>;
  connect(address: string, port: number, clock: ProbeClock): Promise<ConnectResult>;
  /** Runs the packet path once locally before the first real query, so lazy initialization does not skew it. */
  warmUp?(clock: ProbeClock): Promise<void>;
}

/** The real network; `resolver` replaces the system's DNS servers (`NTPCONF_DNS_SERVERS`). */
export function systemEnvironment(resolver?: HostResolver): ProbeEnvironment {
  const resolve = resolver === undefined ? resolveHost : resolver.resolve.bind(resolver);
  return { clock: systemClock(), resolve, connect: connectNtp, warmUp: warmUpNtpPath };
}

interface ProbeRun {
  readonly settings: ProbeSettings;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: ProbeEvent) => void;
  readonly environment?: ProbeEnvironment;
}

/** Clamps settings to the safety limits, whatever a caller asks. */
function safeSettings(settings: ProbeSettings): ProbeSettings {
  return {
    samples: Math.max(1, Math.min(MAX_SAMPLES, Math.floor(settings.samples) || 1)),
    intervalMs: Math.max(MIN_INTERVAL_MS, settings.intervalMs || 0),
    timeoutMs: Math.max(MIN_TIMEOUT_MS, Math.min(MAX_TIMEOUT_MS, settings.timeoutMs || 0)),
  };
}

/** Root distance as the daemons weigh a source: half the root delay plus the root dispersion. */
export function rootDistanceMs(header: ServerHeader): number {
  return header.rootDelayMs / 2 + header.rootDispersionMs;
}

export function headerOf(packet: NtpPacket): ServerHeader {
  return {
    leap: packet.leap,
    version: packet.version,
    stratum: packet.stratum,
    poll: packet.poll,
    precision: packet.precision,
    rootDelayMs: (packet.rootDelay / 65536) * 1000,
    rootDispersionMs: (packet.rootDispersion / 65536) * 1000,
    refid: formatReferenceId(packet.stratum, packet.referenceId),
    kiss: kissCode(packet),
  };
}

function newObservation(address: string, port: number): AddressObservation {
  return { address, port, sent: 0, replies: 0, timeouts: 0, refused: 0, errors: [], ignored: {}, samples: [], header: null, kiss: null };
}

/** Resolves after `ms` or at once when aborted. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** When this process last sent to each address:port (performance.now()), so back-to-back runs keep the 1 s spacing too. */
const lastSentAnywhere = new Map<string, number>();

/** Queries one address `samples` times, `intervalMs` apart, one request in flight; stops on a kiss or a closed port. */
async function observeAddress(
  observation: AddressObservation,
  run: Required<Omit<ProbeRun, 'onEvent'>> & Pick<ProbeRun, 'onEvent'>,
  startMs: number,
): Promise<void> {
  const { settings, signal, environment, onEvent } = run;
  const { address, port } = observation;
  const connected = await environment.connect(address, port, environment.clock);
  if (!connected.ok) {
    observation.errors.push(connected.code);
    onEvent?.({ type: 'connect-failed', address, port, code: connected.code });
    return;
  }
  try {
    let lastSentMs = -Infinity;
    for (let index = 0; index < settings.samples && !signal.aborted; index++) {
      const now = environment.clock.monotonicMs();
      const sinceEarlierRun = performance.now() - (lastSentAnywhere.get(`${address}|${port}`) ?? -Infinity);
      await pause(Math.max(startMs + index * settings.intervalMs - now, lastSentMs + settings.intervalMs - now, MIN_INTERVAL_MS - sinceEarlierRun), signal);
      if (signal.aborted) break;
      lastSentMs = environment.clock.monotonicMs();
      lastSentAnywhere.set(`${address}|${port}`, performance.now());
      observation.sent++;
      onEvent?.({ type: 'sent', address, port, index });
      const outcome = await connected.connection.query(settings.timeoutMs, signal, (datagram) => {
        observation.ignored[datagram.reason] = (observation.ignored[datagram.reason] ?? 0) + 1;
        onEvent?.({ type: 'ignored', address, port, index, datagram });
      });
      const sample = record(observation, outcome, index, environment.clock.monotonicMs() - startMs);
      onEvent?.({ type: 'outcome', address, port, index, outcome, sample });
      if (outcome.kind === 'aborted' || outcome.kind === 'refused' || outcome.kind === 'error') break;
      // RFC 5905 §7.4: RATE asks us to back off, DENY and RSTR to stop talking to this server.
      if (outcome.kind === 'reply' && outcome.verdict.kind === 'kiss') break;
    }
  } finally {
    connected.connection.close();
  }
}

function record(observation: AddressObservation, outcome: QueryOutcome, index: number, atMs: number): TimedSample | null {
  switch (outcome.kind) {
    case 'timeout':
      observation.timeouts++;
      return null;
    case 'refused':
      observation.refused++;
      return null;
    case 'error':
      observation.errors.push(outcome.code);
      return null;
    case 'aborted':
      return null;
    case 'reply': {
      observation.replies++;
      observation.header = headerOf(outcome.verdict.packet);
      if (outcome.verdict.kind === 'kiss') observation.kiss = outcome.verdict.code;
      if (outcome.verdict.kind !== 'sample') return null;
      const sample: TimedSample = { ...outcome.verdict.sample, index, atMs };
      observation.samples.push(sample);
      return sample;
    }
  }
}

export function bestSample(samples: readonly TimedSample[]): TimedSample | null {
  let best: TimedSample | null = null;
  for (const s of samples) if (best === null || s.delayMs < best.delayMs) best = s;
  return best;
}

/**
 * Resolves every target, queries every distinct address concurrently, and judges the results.
 * Bounded: resolution ≤ max(timeout, 3 s) (a few names at a time, each within that time), then (samples − 1) × max(interval, timeout) + timeout.
 */
export async function probeTargets(targets: readonly ProbeTarget[], run: ProbeRun): Promise<ProbeReport> {
  const settings = safeSettings(run.settings);
  const environment = run.environment ?? systemEnvironment();
  // One internal signal for all the waits of this run, so the caller's signal carries a single listener.
  const internal = new AbortController();
  const signal = internal.signal;
  const stop = (): void => internal.abort();
  if (run.signal?.aborted) stop();
  run.signal?.addEventListener('abort', stop, { once: true });
  setMaxListeners(4 * (targets.length + MAX_ADDRESSES), signal);
  const full = { settings, signal, environment, onEvent: run.onEvent };
  const startMs = environment.clock.monotonicMs();
  const resolveTimeoutMs = Math.max(settings.timeoutMs, 3000);

  const warmUp = environment.warmUp?.(environment.clock);
  const resolved = await Promise.all(
    targets.map(async (target) => {
      const result = await environment.resolve(target.host, target.family, resolveTimeoutMs, signal);
      run.onEvent?.({ type: 'resolved', target, result });
      return { target, result };
    }),
  );

  // One observation per address:port, however many targets name it: never more queries than asked for.
  const observations = new Map<string, AddressObservation>();
  const notProbed: NotProbed[] = [];
  const pairs: { target: ProbeTarget; address: string | null; error: string | null }[] = [];
  for (const { target, result } of resolved) {
    if (!result.ok) {
      pairs.push({ target, address: null, error: result.error });
      continue;
    }
    const addresses = target.addresses === 'all' ? result.addresses : result.addresses.slice(0, 1);
    for (const address of addresses) {
      const key = `${address}|${target.port}`;
      if (!observations.has(key)) {
        if (observations.size >= MAX_ADDRESSES) {
          notProbed.push({ target, address, port: target.port });
          continue;
        }
        observations.set(key, newObservation(address, target.port));
      }
      pairs.push({ target, address, error: null });
    }
  }

  await warmUp;
  const queryStartMs = environment.clock.monotonicMs();
  await Promise.all([...observations.values()].map((o) => observeAddress(o, full, queryStartMs)));

  const results: ProbeResult[] = pairs.flatMap(({ target, address, error }): ProbeResult[] => {
    if (address === null) return [{ target, address, port: target.port, observation: null, resolveError: error, best: null, reachable: false, verdicts: [] }];
    const observation = observations.get(`${address}|${target.port}`);
    if (!observation) return [];
    return [
      {
        target,
        address,
        port: target.port,
        observation,
        resolveError: null,
        best: bestSample(observation.samples),
        reachable: observation.replies > 0,
        verdicts: [],
      },
    ];
  });
  run.signal?.removeEventListener('abort', stop);
  assessResults(results, settings);
  return { settings, results, notProbed, cancelled: signal.aborted, elapsedMs: environment.clock.monotonicMs() - startMs };
}
