import type { Localized } from '../../../server/src/core/localized';

/** The time service found on a host. */
export type HostDaemon = 'chrony' | 'ntpd' | 'ntpsec' | 'w32time';

/**
 * What the daemon thinks of a source, from its tally character. chronyc: `* + - x ~ ?`; ntpq: `* o + # - . x` and
 * blank; w32tm reports `active` / `pending` peers instead.
 */
export type SourceState =
  | 'selected'
  | 'combined'
  | 'not-combined'
  | 'falseticker'
  | 'too-variable'
  | 'unusable'
  | 'pps'
  | 'candidate'
  | 'backup'
  | 'outlier'
  | 'excess'
  | 'rejected'
  | 'active'
  | 'pending'
  | 'unknown';

export type SourceMode = 'server' | 'peer' | 'refclock' | 'pool' | 'broadcast' | 'unknown';

/** One row of `chronyc sources`, `ntpq -p` or one peer of `w32tm /query /peers`; unknown columns are null. */
export interface DaemonSource {
  /** The tally character as printed (a space for ntpq's rejected sources); empty for w32tm. */
  readonly tally: string;
  readonly state: SourceState;
  readonly mode: SourceMode;
  /** As printed: an address with -n, a refclock name, or the name w32tm was given. */
  readonly address: string;
  readonly refid: string | null;
  readonly stratum: number | null;
  readonly pollSeconds: number | null;
  /** The reachability register: bit 0 is the latest poll, 0o377 means the last eight polls were answered. */
  readonly reach: number | null;
  readonly lastRxSeconds: number | null;
  /**
   * Positive when the source is ahead of this host's clock, as ntpq prints it and as Verify Servers measures it;
   * chronyc prints the opposite sign (local clock ahead), so its numbers are turned.
   */
  readonly offsetMs: number | null;
  /** chronyc's measured offset, in brackets (same sign convention as offsetMs). */
  readonly measuredOffsetMs: number | null;
  /** chronyc's estimated error (`+/-`). */
  readonly errorMs: number | null;
  readonly delayMs: number | null;
  readonly jitterMs: number | null;
}

export type LeapStatus = 'normal' | 'insert' | 'delete' | 'unsynchronized';

/** The daemon's view of the system clock: `chronyc tracking`, `ntpq -c rv`, `w32tm /query /status`. */
export interface HostTracking {
  /** Hex as chronyc and w32tm print it, or ntpq's refid text. */
  readonly referenceId: string | null;
  /** The name or address in parentheses after chronyc's reference ID, or w32tm's source. */
  readonly referenceName: string | null;
  readonly stratum: number | null;
  /** Positive when the system clock is ahead of (fast of) NTP time. */
  readonly systemOffsetMs: number | null;
  readonly lastOffsetMs: number | null;
  readonly rmsOffsetMs: number | null;
  /** Positive when the clock runs fast. */
  readonly frequencyPpm: number | null;
  readonly rootDelayMs: number | null;
  readonly rootDispersionMs: number | null;
  readonly updateIntervalSeconds: number | null;
  readonly leap: LeapStatus | null;
  /** The leap status as the daemon printed it. */
  readonly leapText: string | null;
  /** ntpq's `version=` or chronyc's version line, when known. */
  readonly version: string | null;
}

/** `timedatectl` status, where systemd runs. */
export interface TimedatectlStatus {
  readonly synchronized: boolean | null;
  readonly ntpService: string | null;
  readonly timeZone: string | null;
  readonly rtcInLocalTime: boolean | null;
}

export type HostVerdictCode =
  | 'invalid-target'
  | 'ssh-failed'
  | 'no-daemon'
  | 'daemon-not-responding'
  | 'unparsed-output'
  | 'no-sources'
  | 'no-selected-source'
  | 'unreachable-source'
  | 'falseticker'
  | 'too-variable'
  | 'leap-not-normal'
  | 'large-offset'
  | 'dialect-mismatch'
  | 'not-in-daemon'
  | 'not-in-config'
  | 'unmatched-name'
  | 'pool-unverified';

/** Where a verdict belongs in the open file (0-based line, columns of the address word). */
export interface ConfigLocation {
  readonly file?: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export interface HostVerdict {
  readonly code: HostVerdictCode;
  readonly severity: 'warning' | 'information';
  readonly message: Localized;
  readonly location?: ConfigLocation;
}

/** One remote command as it ran, for the raw log and `--json`. */
export interface CommandRecord {
  readonly id: RemoteCommandId;
  /** The command line sent to the remote shell. */
  readonly command: string;
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
  readonly timedOut: boolean;
  readonly aborted: boolean;
  /** A local failure to start ssh (ENOENT: not installed). */
  readonly spawnError: string | null;
}

export type RemoteCommandId = 'detect' | 'chrony-sources' | 'chrony-tracking' | 'ntpq-peers' | 'ntpq-rv' | 'w32tm-status' | 'w32tm-peers' | 'timedatectl';

/** How to reach the host. Everything here is checked by `validateSshTarget` before ssh runs. */
export interface SshTarget {
  /** A host name, address or `~/.ssh/config` alias, optionally `user@host`. */
  readonly host: string;
  readonly port?: number;
  readonly user?: string;
  readonly identityFile?: string;
}

export interface SshOptions {
  readonly connectTimeoutSeconds: number;
  /** Unset: whatever the user's ssh configuration says (BatchMode turns "ask" into a refusal). */
  readonly strictHostKeyChecking?: 'yes' | 'accept-new' | 'no';
  readonly knownHostsFile?: string;
  /** An ssh_config file instead of ~/.ssh/config (`ssh -F`). */
  readonly configFile?: string;
}

export interface HostReport {
  readonly target: SshTarget;
  readonly daemon: HostDaemon | null;
  /** Remote programs found by the detection step (chronyc, ntpq, timedatectl, w32tm). */
  readonly tools: readonly string[];
  readonly tracking: HostTracking | null;
  readonly sources: readonly DaemonSource[];
  /** Index-aligned with `sources`: the line of the open file that names each source, if any. */
  readonly sourceLocations: readonly (ConfigLocation | null)[];
  readonly timedatectl: TimedatectlStatus | null;
  readonly verdicts: readonly HostVerdict[];
  readonly commands: readonly CommandRecord[];
  readonly cancelled: boolean;
  readonly elapsedMs: number;
}

/** Polite and quick defaults: ssh gives up connecting after 10 s, each command after 20 s. */
export const DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
export const DEFAULT_COMMAND_TIMEOUT_MS = 20_000;
/** Output beyond this is cut: these commands print a few kilobytes at most. */
export const MAX_OUTPUT_BYTES = 1_000_000;
