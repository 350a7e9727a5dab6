import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** test/fixtures/real: one folder per host, each a copy of the files that host installs, under their real paths. */
export const REAL_CORPUS_DIR = path.resolve(__dirname, '../../../test/fixtures/real');

/** A hand judgement of one diagnostic: [1-based line, code, right or wrong, why]. */
export type Judgement = readonly [number, string, 'right' | 'wrong', string];

export interface RealEntry {
  /** The folder under test/fixtures/real that stands for the host's /. */
  readonly host: string;
  /** Where the host installs the file. */
  readonly path: string;
  /** The dialect its daemon reads it as; null for a file that is only read for start-up flags or as part of a set. */
  readonly dialect: string | null;
  readonly role: 'main' | 'fragment' | 'example' | 'startup' | 'support';
  /** The dialect a user picks for a file nothing in it or its path identifies (NTPsec's SUSE ntp.conf). */
  readonly dialectSetting?: string;
  /** https://… (a public repository or page) or debian:PACKAGE=VERSION. */
  readonly source: string;
  readonly licence: string;
  readonly note: string;
  readonly expected: readonly Judgement[];
}

export const REAL_CORPUS: readonly RealEntry[] = JSON.parse(readFileSync(path.join(REAL_CORPUS_DIR, 'manifest.json'), 'utf8')) as RealEntry[];

export function realCorpusFile(host: string, installPath: string): string {
  return path.join(REAL_CORPUS_DIR, host, installPath);
}
