import type { Dialect, XntpdPlatform } from '../../../core/dialect';
import type { Localized } from '../../../core/localized';

/** Units let hovers make values concrete (`minpoll 6` → 64 s). */
export type Unit = 'log2-seconds' | 'seconds' | 'milliseconds' | 'ppm' | 'bytes' | 'count' | 'stratum' | 'hours' | 'days';

/** What a single word must look like. */
export type ValueType =
  | ({ readonly kind: 'integer' } & NumericBounds)
  | ({ readonly kind: 'number' } & NumericBounds)
  /** One of fixed words; `caseInsensitive` where the daemon compares that way. */
  | {
      readonly kind: 'enum';
      readonly values: readonly string[];
      readonly caseInsensitive?: boolean;
      readonly docs?: Readonly<Record<string, Localized>>;
      /** Values only some dialects accept (`enable mode7` is ntpd only); unlisted values suit every dialect. */
      readonly valueDialects?: Readonly<Record<string, readonly Dialect[]>>;
      /** The daemon logs and skips a value it does not know instead of refusing the line. */
      readonly unknownIsWarning?: boolean;
      /** ntpd's and NTPsec's scanner reads a number-looking word as a number, which the grammar refuses here. */
      readonly notNumber?: boolean;
    }
  /** Key ids, where ntpd and NTPsec also take ranges written `(first ... last)`. */
  | { readonly kind: 'keyIds' }
  /** A host name or an IPv4/IPv6 address (`[v6]` in the ntpd family). */
  | { readonly kind: 'host' }
  /** A literal IPv4 or IPv6 address; with `orPath`, also an absolute path (chrony's `bindcmdaddress /run/chrony/chronyd.sock`). */
  | { readonly kind: 'ip'; readonly orPath?: boolean }
  /** An address, optionally with `/bits` (chrony allows partial forms like `192.168`). */
  | { readonly kind: 'subnet' }
  | { readonly kind: 'path' }
  /** Any single word (names, refids, interface names, key types); `maxLength` where the daemon reads a fixed width (`%4s`). */
  | {
      readonly kind: 'word';
      readonly maxLength?: number;
      /** The grammar wants a string here: ntpd's and NTPsec's scanner reads `0`, `1.5`, `1e3` as numbers (`restrict 0` is a syntax error). */
      readonly notNumber?: boolean;
    };

/**
 * `min`/`max` is the range the daemon accepts without complaint. Outside it: an error when `refused` (the daemon
 * will not run: chronyd's `local stratum 16`), information when `advisory` (the manual's useful range, e.g.
 * `polltarget`), else a warning (the daemon clamps or misbehaves).
 */
export interface NumericBounds {
  readonly min?: number;
  readonly max?: number;
  readonly unit?: Unit;
  readonly refused?: boolean;
  /** Values the daemon refuses although its reading wraps others into range (chronyd's `key 0`; `key -1` wraps). */
  readonly refusedValues?: readonly number[];
  readonly advisory?: boolean;
  /** Letters the daemon allows after the number (NTPsec's GPS-era `time1 0.5g`). */
  readonly suffixes?: readonly string[];
  /**
   * NTPsec's scanner types `2147483648` and `0x10` as unsigned; only the `option_int` slots of its grammar (key,
   * minpoll, maxpoll, mode, subtype, version, baud, holdover) take that, every other number slot refuses the line.
   */
  readonly takesUnsigned?: boolean;
}

export interface ArgumentSpec {
  readonly name: string;
  readonly type: ValueType;
  readonly optional?: boolean;
  /** Takes every remaining positional word (lists such as `trustedkey 1 2 3`). */
  readonly repeat?: boolean;
  /**
   * The word's type by how many arguments the line has, where the daemon reads two forms (chronyd's
   * `tempcomp` takes T0 in its six-word form and a points file in its three-word one).
   */
  readonly typeByCount?: Readonly<Partial<Record<number, ValueType>>>;
  readonly doc?: Localized;
}

/** A keyword after the positional arguments: a flag (`iburst`) or a key with one value (`minpoll 6`). */
export interface OptionSpec {
  readonly name: string;
  /** Absent for flags. */
  readonly value?: ValueType;
  readonly doc: Localized;
  /** The daemon's default, as the man page states it (`"6 (64 s)"`). */
  readonly default?: string;
  /** Restricts the option to some of the directive's dialects. */
  readonly dialects?: readonly Dialect[];
  /** First chrony version that accepts it (gated by the target version setting). */
  readonly since?: string;
  /** xntpd builds that accept it although xntpd 3 does not (AIX's xntpd documents `iburst`). */
  readonly xntpdPlatforms?: readonly XntpdPlatform[];
}

export type DirectiveCategory = 'source' | 'access' | 'file' | 'logging' | 'clock' | 'nts' | 'auth' | 'refclock' | 'misc';

export interface DirectiveSpec {
  readonly name: string;
  readonly dialects: readonly Dialect[];
  readonly category: DirectiveCategory;
  readonly args: readonly ArgumentSpec[];
  readonly options?: readonly OptionSpec[];
  readonly doc: Localized;
  /** Link to the daemon's documentation of this directive. */
  readonly docUrl: string;
  /** First chrony version that accepts it. */
  readonly since?: string;
  /** chronyd compares most option names ignoring case, but not these (`log Tracking`, `allow ALL` are refused). */
  readonly optionsCaseSensitive?: boolean;
  /** The parser needs at least one option after the arguments (NTPsec refuses a bare `tos` or `fudge ADDR`). */
  readonly requiresOption?: boolean;
  /** For an xntpd-only directive: the vendors' builds that have it (`slewalways`: Solaris and AIX). */
  readonly xntpdPlatforms?: readonly XntpdPlatform[];
  /** Accepted but ignored with a warning by the daemon (chrony's "no longer supported"). */
  readonly obsolete?: Localized;
  /** The obsolete line asked for what the daemon now always does (`dumponexit`): advice, not a warning. */
  readonly obsoleteHarmless?: boolean;
}

/** Which directives each dialect knows; lookups by name are O(1). */
export interface DialectCatalog {
  readonly dialect: Dialect;
  readonly caseInsensitive: boolean;
  readonly directives: ReadonlyMap<string, DirectiveSpec>;
}
