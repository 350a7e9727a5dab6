import type { Localized } from '../../server/src/core/localized';
import type { ProbeTarget } from '../../server/src/core/verificationSubject';

// Targets and skipped lines come from the language engine (features/verificationSubject.ts).
export type { ProbeTarget, SkippedSource } from '../../server/src/core/verificationSubject';
import type { ActionKissCode, LeapIndicator } from './ntpPacket';
import type { IgnoredReason, NtpSample } from './ntpExchange';

export interface ProbeSettings {
  readonly samples: number;
  readonly intervalMs: number;
  readonly timeoutMs: number;
}

/** Polite to public servers, like iburst: a few samples, 2 s apart. */
export const DEFAULT_PROBE_SETTINGS: ProbeSettings = { samples: 4, intervalMs: 2000, timeoutMs: 2000 };
/** Safety floor: never more than one query per address per second. */
export const MIN_INTERVAL_MS = 1000;
export const MAX_SAMPLES = 60;
export const MIN_TIMEOUT_MS = 100;
export const MAX_TIMEOUT_MS = 30_000;
/** A runaway config (thousands of server lines) must not turn into a flood. */
export const MAX_ADDRESSES = 64;

/** What the server says about itself, from the header of its latest reply. */
export interface ServerHeader {
  readonly leap: LeapIndicator;
  readonly version: number;
  readonly stratum: number;
  readonly poll: number;
  readonly precision: number;
  readonly rootDelayMs: number;
  readonly rootDispersionMs: number;
  readonly refid: string;
  /** The four ASCII letters of a stratum-0 reply (RATE, DENY, INIT…), else null. */
  readonly kiss: string | null;
}

export interface TimedSample extends NtpSample {
  readonly index: number;
  /** Milliseconds since the run started, for the stripchart. */
  readonly atMs: number;
}

/** Everything one address did during a run; shared by every target that resolved to it. */
export interface AddressObservation {
  readonly address: string;
  readonly port: number;
  sent: number;
  replies: number;
  timeouts: number;
  refused: number;
  readonly errors: string[];
  readonly ignored: Partial<Record<IgnoredReason, number>>;
  readonly samples: TimedSample[];
  header: ServerHeader | null;
  kiss: ActionKissCode | null;
}

export type VerdictCode =
  | 'unresolved'
  | 'unreachable'
  | 'invalid-reply'
  | 'access-refused'
  | 'rate-limited'
  | 'unsynchronized'
  | 'falseticker'
  | 'no-agreement'
  | 'high-delay'
  | 'single-source';

export interface Verdict {
  readonly code: VerdictCode;
  readonly severity: 'warning' | 'information';
  readonly message: Localized;
}

/** One target × one of its addresses (or the target alone when its name did not resolve). */
export interface ProbeResult {
  readonly target: ProbeTarget;
  readonly address: string | null;
  readonly port: number;
  readonly observation: AddressObservation | null;
  readonly resolveError: string | null;
  readonly best: TimedSample | null;
  readonly reachable: boolean;
  verdicts: Verdict[];
}

export interface NotProbed {
  readonly target: ProbeTarget;
  readonly address: string;
  readonly port: number;
}

export interface ProbeReport {
  readonly settings: ProbeSettings;
  readonly results: ProbeResult[];
  /** Addresses left out because of MAX_ADDRESSES, with the target that named each. */
  readonly notProbed: readonly NotProbed[];
  readonly cancelled: boolean;
  readonly elapsedMs: number;
}
