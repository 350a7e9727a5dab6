import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isDialect, isNtpFamily, type Dialect } from '../../server/src/core/dialect';
import { detectDocumentKind } from '../../server/src/formats/detectDocumentKind';
import { convertToChrony } from '../../server/src/features/convert/convert';
import type { ConversionResult } from '../../server/src/features/convert/types';

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

/** The golden set: the hand-written cases and the ntp-family seed configurations. */
export function goldenInputs(): ConvertInput[] {
  const files = [
    ...readdirSync(CONVERT_FIXTURES).filter((n) => n.endsWith('.conf')).map((n) => path.join(CONVERT_FIXTURES, n)),
    ...readdirSync(path.join(FIXTURES, 'seeds')).filter((n) => n.endsWith('.conf')).map((n) => path.join(FIXTURES, 'seeds', n)),
  ];
  return files.map(asInput).filter((input): input is ConvertInput => input !== undefined);
}

/** Every ntp-family .conf the repository holds (golden set, samples, rule fixtures, trees). */
export function corpusInputs(): ConvertInput[] {
  const files = walk(FIXTURES).filter((f) => f.endsWith('.conf') && !f.startsWith(GOLDEN + path.sep));
  return files.map(asInput).filter((input): input is ConvertInput => input !== undefined);
}

export const KEYS_CASE = 'convert/keys.conf';

/** The conversion as the CLI runs it; the keys case gets its keys file and step-tickers. */
export function convertInput(input: ConvertInput): ConversionResult {
  const extra = input.name === KEYS_CASE
    ? { keysText: readFileSync(path.join(CONVERT_FIXTURES, 'ntp.keys'), 'utf8'), stepTickersText: readFileSync(path.join(CONVERT_FIXTURES, 'step-tickers'), 'utf8') }
    : {};
  return convertToChrony(input.text, input.dialect, { chronyVersion: '4.3', ...extra });
}

export function goldenPath(input: ConvertInput): string {
  return path.join(GOLDEN, input.name.replace(/[\\/]/g, '--').replace(/\.conf$/, '.chrony.conf'));
}
