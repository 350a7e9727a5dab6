import type { Range } from 'vscode-languageserver-types';
import type { Dialect } from '../../core/dialect';
import type { Severity } from '../../core/finding';
import type { Localized } from '../../core/localized';

/** Why a line of ntp.conf became what it did; shown on the input's lines (CLI notes, editor diagnostics). */
export interface ConversionNote {
  readonly range: Range;
  readonly severity: Severity;
  readonly code: NoteCode;
  readonly message: Localized;
}

/** Stable note codes, so the CLI summary and the tests can count them. */
export type NoteCode =
  | 'added-iburst'
  | 'added-default'
  | 'merged-duplicate'
  | 'changed-meaning'
  | 'approximated'
  | 'not-converted'
  | 'not-needed'
  | 'open-access'
  | 'command-port'
  | 'untrusted-key'
  | 'include-not-followed';

export interface ConversionOptions {
  /** The chrony version the result must run on (directives newer than it are not used). */
  readonly chronyVersion: string;
  /** The ntpd keys file, when the user gave it. */
  readonly keysText?: string;
  /** /etc/ntp/step-tickers, when the user gave it. */
  readonly stepTickersText?: string;
  /** Where chrony.keys will live, for `keyfile`. */
  readonly keyfilePath?: string;
  /** Reads the files `includefile` names, so their lines are converted in place; without it they are only noted. */
  readonly readInclude?: IncludeReader;
}

/** Reads an included file by the path `includefile` names; undefined when it cannot. */
export type IncludeReader = (path: string) => string | undefined;

export interface ConversionResult {
  readonly dialect: Dialect;
  readonly chronyConf: string;
  /** chrony.keys, when a keys file was given. */
  readonly chronyKeys: string | null;
  readonly notes: readonly ConversionNote[];
}

export const CHRONY_DRIFTFILE = '/var/lib/chrony/drift';
export const CHRONY_LOGDIR = '/var/log/chrony';
export const CHRONY_KEYFILE = '/etc/chrony.keys';
