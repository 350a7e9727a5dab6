import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { versionAtLeast } from '../../server/src/core/dialect';
import { CHRONY_DIRECTIVES } from '../../server/src/formats/ntpconf/catalog/chrony';
import type { DirectiveSpec, ValueType } from '../../server/src/formats/ntpconf/catalog/types';
import type { Scratch } from './chronyd';

/** Edge values tried in every value slot: numbers around the usual bounds, C's `%lf` forms, an address where a number goes and back. */
export const EDGE_VALUES = [
  '-1',
  '0',
  '1',
  '15',
  '16',
  '1.5',
  '0x10',
  '1e3',
  '2147483648',
  '-2147483649',
  '4x',
  'abc',
  '192.0.2.1',
  '::1',
  '300.1.2.3',
  '/run/x.sock',
  'relative/x',
];

// Directives whose path argument chronyd opens at -p, or that read other files: a missing file is not a value rule.
const OPENS_FILES = new Set(['include', 'confdir', 'sourcedir']);

function sampleFor(type: ValueType, name: string): string {
  switch (type.kind) {
    case 'integer':
    case 'number': {
      const lo = type.min ?? -Infinity;
      const hi = type.max ?? Infinity;
      for (const v of [8, 1, 0]) if (v >= lo && v <= hi) return String(v);
      return String(lo);
    }
    case 'enum':
      return type.values[0] as string;
    case 'host':
    case 'ip':
      return '192.0.2.1';
    case 'subnet':
      return '192.0.2.0/24';
    case 'keyIds':
      return '1';
    case 'path':
      return '/var/lib/chrony/x';
    case 'word':
      return name === 'driver' ? 'SHM' : name === 'address' ? '127.0.0.1' : 'eth0';
  }
}

export interface ValueCandidate {
  readonly directive: string;
  readonly slot: string;
  readonly value: string;
  readonly line: string;
}

// Directives whose arguments change shape with their count: a base line chronyd accepts.
const BASES: Readonly<Record<string, readonly string[]>> = {
  tempcomp: ['/sys/class/hwmon/hwmon0/temp1_input', '30', '26000', '0.0', '0.000183', '0.0'],
  ntstrustedcerts: ['1', '/etc/chrony/ca.pem'],
};

function baseWords(spec: DirectiveSpec): string[] {
  const fixed = BASES[spec.name];
  if (fixed !== undefined) return [...fixed];
  return spec.args.filter((a) => !a.optional || a.repeat !== true).map((a) => sampleFor(a.type, a.name));
}

/** Every value slot of every chrony directive and option in the catalog (up to `version`), with each edge value. */
export function valueCandidates(version: string): { candidates: ValueCandidate[]; bases: string[] } {
  const candidates: ValueCandidate[] = [];
  const bases: string[] = [];
  for (const spec of CHRONY_DIRECTIVES) {
    if (spec.obsolete !== undefined || (spec.since !== undefined && !versionAtLeast(version, spec.since)) || OPENS_FILES.has(spec.name)) continue;
    const base = baseWords(spec);
    bases.push([spec.name, ...base].join(' '));
    spec.args.forEach((argument, index) => {
      if (index >= base.length) return;
      for (const value of EDGE_VALUES) {
        const words = [...base];
        words[index] = value;
        candidates.push({ directive: spec.name, slot: argument.name, value, line: [spec.name, ...words].join(' ') });
      }
    });
    for (const option of spec.options ?? []) {
      if (
        option.value === undefined ||
        (option.since !== undefined && !versionAtLeast(version, option.since)) ||
        (option.dialects && !option.dialects.includes('chrony'))
      )
        continue;
      bases.push([spec.name, ...base, option.name, sampleFor(option.value, option.name)].join(' '));
      for (const value of EDGE_VALUES) {
        candidates.push({ directive: spec.name, slot: option.name, value, line: [spec.name, ...base, option.name, value].join(' ') });
      }
    }
  }
  return { candidates, bases };
}

export interface BatchVerdict {
  readonly accepted: boolean;
  readonly message?: string;
}

/**
 * chronyd -p over many lines at once: it stops at the first fatal line, so each run settles every line up to
 * and including the one it names, and the next run starts after it (one run per rejected line, plus one).
 */
export function judgeLines(chronyd: string, lines: readonly string[], scratch: Scratch): BatchVerdict[] {
  const verdicts: BatchVerdict[] = new Array(lines.length);
  let start = 0;
  const file = path.join(scratch.dir, 'values.conf');
  while (start < lines.length) {
    writeFileSync(file, lines.slice(start).join('\n') + '\n');
    const result = spawnSync(chronyd, ['-p', '-f', file], { encoding: 'utf8', timeout: 10000 });
    const match = /Fatal error : (.*) at line (\d+)/.exec(result.stderr);
    if (result.status === 0 || match === null) {
      if (result.status !== 0) throw new Error(`chronyd failed without naming a line: ${result.stderr}`);
      for (let i = start; i < lines.length; i++) verdicts[i] = { accepted: true };
      break;
    }
    const bad = start + Number(match[2]) - 1;
    for (let i = start; i < bad; i++) verdicts[i] = { accepted: true };
    verdicts[bad] = { accepted: false, message: match[1] as string };
    start = bad + 1;
  }
  return verdicts;
}
