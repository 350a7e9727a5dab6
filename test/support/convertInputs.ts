import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isDialect, isNtpFamily, type Dialect } from '../../server/src/core/dialect';
import { detectDocumentKind } from '../../server/src/formats/detectDocumentKind';
import { convertToChrony } from '../../server/src/features/convert/convert';
import type { ConversionResult } from '../../server/src/features/convert/types';
import { REAL_CORPUS, realCorpusFile } from './realCorpus';

export const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
export const CONVERT_FIXTURES = path.join(FIXTURES, 'convert');
export const GOLDEN = path.join(CONVERT_FIXTURES, 'golden');

export interface ConvertInput {
  /** Relative to test/fixtures. */
  readonly name: string;
  readonly text: string;
  readonly dialect: Exclude<Dialect, 'chrony'>;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function asInput(file: string): ConvertInput | undefined {
  const text = readFileSync(file, 'utf8');
  // A rule fixture's folder names its dialect or script kind.
  const folder = path.relative(FIXTURES, file).startsWith(`rules${path.sep}`) ? path.basename(path.dirname(file)) : undefined;
  const kind = folder ?? detectDocumentKind({ text, path: file }).kind;
  return isDialect(kind) && isNtpFamily(kind) ? { name: path.relative(FIXTURES, file), text, dialect: kind as ConvertInput['dialect'] } : undefined;
}

/** The golden set: the hand-written cases, the ntp-family seed configurations and the real-world corpus's. */
export function goldenInputs(): ConvertInput[] {
  const files = [
    ...readdirSync(CONVERT_FIXTURES)
      .filter((n) => n.endsWith('.conf'))
      .map((n) => path.join(CONVERT_FIXTURES, n)),
    ...readdirSync(path.join(FIXTURES, 'seeds'))
      .filter((n) => n.endsWith('.conf'))
      .map((n) => path.join(FIXTURES, 'seeds', n)),
    ...REAL_CORPUS.filter((entry) => entry.dialect !== null && entry.dialect !== 'chrony').map((entry) => realCorpusFile(entry.host, entry.path)),
  ];
  return files.map(asInput).filter((input): input is ConvertInput => input !== undefined);
}

/** Every ntp-family .conf the repository holds (golden set, samples, rule fixtures, trees). */
export function corpusInputs(): ConvertInput[] {
  // Start-up and unit files of the real-world corpus (FreeBSD's defaults/rc.conf, a systemd drop-in) are no NTP configurations.
  const notNtp = new Set(REAL_CORPUS.filter((entry) => entry.dialect === null).map((entry) => realCorpusFile(entry.host, entry.path)));
  const files = walk(FIXTURES).filter((f) => f.endsWith('.conf') && !f.startsWith(GOLDEN + path.sep) && !notNtp.has(f));
  return files.map(asInput).filter((input): input is ConvertInput => input !== undefined);
}

export const KEYS_CASE = 'convert/keys.conf';

/** The conversion as the CLI runs it; the keys case gets its keys file and step-tickers. */
export function convertInput(input: ConvertInput, chronyVersion = '4.3'): ConversionResult {
  const extra =
    input.name === KEYS_CASE
      ? {
          keysText: readFileSync(path.join(CONVERT_FIXTURES, 'ntp.keys'), 'utf8'),
          stepTickersText: readFileSync(path.join(CONVERT_FIXTURES, 'step-tickers'), 'utf8'),
        }
      : {};
  return convertToChrony(input.text, input.dialect, { chronyVersion, ...extra });
}

export function goldenPath(input: ConvertInput): string {
  return path.join(GOLDEN, input.name.replace(/[\\/]/g, '--').replace(/\.conf$/, '.chrony.conf'));
}

const FUZZ_DIRECTIVES = [
  'server',
  'pool',
  'peer',
  'fudge',
  'restrict',
  'tos',
  'tinker',
  'keys',
  'trustedkey',
  'driftfile',
  'statsdir',
  'statistics',
  'leapfile',
  'broadcast',
  'refclock',
];
const FUZZ_WORDS = [
  ...FUZZ_DIRECTIVES,
  '127.127.1.0',
  '127.127.20.0',
  '127.127.22.1',
  '127.127.28.0',
  '127.127.99.0',
  '10.0.0.1',
  'default',
  'mask',
  '255.255.0.0',
  '255.0.255.0',
  'ignore',
  'noquery',
  'iburst',
  'minpoll',
  'maxpoll',
  'abc',
  '-4',
  '-6',
  'key',
  '0',
  '7',
  '99999',
  'stratum',
  'time1',
  'time2',
  'refid',
  'orphan',
  'true',
  'prefer',
  'version',
  '5',
  '-1',
  '1.5',
  'x.example',
  '::1',
  '2001:db8::',
  '/tmp/x',
  'kod',
  'limited',
  'noserve',
  'nts',
  'mode',
  'flag1',
  '1',
  'minsane',
  'maxdist',
  'includefile',
  'source',
  '"quoted"',
  'nmea',
  'pps',
  'unit',
];

/** Seeded nonsense made of ntp.conf words: the conversion must still give chronyd and our linter a clean file. */
export function scrambledInputs(count: number, seed: number): ConvertInput[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  const dialects = ['ntpd', 'ntpsec', 'xntpd'] as const;
  return Array.from({ length: count }, (_, index) => {
    const lines = Array.from({ length: 6 }, () =>
      [FUZZ_DIRECTIVES[next(FUZZ_DIRECTIVES.length)], ...Array.from({ length: 1 + next(6) }, () => FUZZ_WORDS[next(FUZZ_WORDS.length)])].join(' '),
    );
    return { name: `scrambled-${index}`, text: lines.join('\n') + '\n', dialect: dialects[next(3)] as ConvertInput['dialect'] };
  });
}
