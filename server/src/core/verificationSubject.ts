import type { Dialect } from './dialect';
import type { Localized } from './localized';

/** Where a target came from in a config file, so results can be shown on that line. */
interface SourceLocation {
  readonly file?: string;
  /** 0-based line and the columns of the address word. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly directive: 'server' | 'pool' | 'peer';
}

/** Something to query: a host name or address and a UDP port. */
export interface ProbeTarget {
  /** As the user wrote it: `host`, `host:port`, or the address word of a config line. */
  readonly label: string;
  readonly host: string;
  readonly port: number;
  /** A pool stands for all of its addresses; a server or peer for the first one, as the daemons do. */
  readonly addresses: 'all' | 'first';
  readonly family?: 4 | 6;
  readonly source?: SourceLocation;
}

/** A source line that is not queried, and why. */
export interface SkippedSource {
  readonly file?: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly reason: Localized;
}

/** A configured network source, for comparing the file with what a daemon uses. */
export interface ConfiguredSource {
  readonly kind: 'server' | 'pool' | 'peer';
  /** The address word as written. */
  readonly text: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** What remote verification needs to know about one config file, read by the same engine as the diagnostics. */
export interface VerificationSubject {
  readonly dialect: Dialect;
  readonly targets: readonly ProbeTarget[];
  readonly skipped: readonly SkippedSource[];
  /** server, pool and peer lines with an address, reference clocks left out. */
  readonly sources: readonly ConfiguredSource[];
  /** Other files hold part of the configuration (include, includefile, confdir, sourcedir). */
  readonly includesOtherFiles: boolean;
}
