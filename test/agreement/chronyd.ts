import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';

export const EXAMPLES_DIR = '/usr/share/doc/chrony/examples';

export interface ChronydVerdict {
  readonly accepted: boolean;
  /** 1-based line chronyd names in "Fatal error : … at line N". */
  readonly line?: number;
  readonly message?: string;
}

export function chronydPath(): string {
  for (const candidate of ['/usr/sbin/chronyd', '/sbin/chronyd']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  throw new Error('chronyd is not installed: run scripts/setup.sh (apt-get install chrony)');
}

/** A scratch directory for the files chronyd parses; removed by `dispose`. */
export class Scratch {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-agreement-'));
  private count = 0;
  write(text: string): string {
    const file = path.join(this.dir, `case-${this.count++}.conf`);
    writeFileSync(file, text);
    return file;
  }
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** chronyd's own parser: `chronyd -p -f FILE` stops at the first error and names its line. */
export function chronydParse(chronyd: string, file: string): ChronydVerdict {
  const result = spawnSync(chronyd, ['-p', '-f', file], { encoding: 'utf8', timeout: 10000 });
  if (result.status === 0) return { accepted: true };
  const match = /Fatal error : (.*) at line (\d+)/.exec(result.stderr);
  return { accepted: false, line: match ? Number(match[2]) : undefined, message: match?.[1] ?? result.stderr.trim() };
}

export function readExamples(): { name: string; text: string }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.startsWith('chrony.conf.example'))
    .sort()
    .map((name) => {
      const raw = readFileSync(path.join(EXAMPLES_DIR, name));
      return { name: name.replace(/\.gz$/, ''), text: (name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8') };
    });
}

/** example3 with its `! directive` lines switched on, keeping only those chronyd itself accepts alone. */
export function switchOnCommentedDirectives(text: string, chronyd: string, scratch: Scratch): string {
  return text
    .split('\n')
    .map((line) => {
      const candidate = /^! ?([a-z_]+\b.*)$/.exec(line)?.[1];
      if (candidate === undefined) return line;
      return chronydParse(chronyd, scratch.write(candidate + '\n')).accepted ? candidate : line;
    })
    .join('\n');
}

export interface Mutant {
  readonly description: string;
  readonly text: string;
  readonly line: number;
}

const MUTATIONS: readonly [string, (line: string) => string | undefined][] = [
  ['typo in the directive', (l) => l.replace(/^(\s*)([a-z_]+)/, (_, indent: string, name: string) => `${indent}${name.slice(0, -1)}x${name.slice(-1)}`)],
  ['dropped last argument', (l) => (l.trim().split(/\s+/).length > 1 ? l.replace(/\s+\S+\s*$/, '') : undefined)],
  ['trailing comment', (l) => `${l} # note`],
  ['extra word', (l) => `${l} bogus`],
  ['text for a number', (l) => (/\s-?\d+(\.\d+)?(\s|$)/.test(l) ? l.replace(/(\s)-?\d+(\.\d+)?(?=\s|$)/, '$1abc') : undefined)],
  [
    'capitalised last word',
    (l) => (/\s[a-z]+$/.test(l) ? l.replace(/\s([a-z])([a-z]*)$/, (_, first: string, rest: string) => ` ${first.toUpperCase()}${rest}`) : undefined),
  ],
  ['upper-case directive', (l) => l.replace(/^(\s*)([a-z_]+)/, (_, indent: string, name: string) => indent + name.toUpperCase())],
  ['number glued to text', (l) => (/\s\d+(\s|$)/.test(l) ? l.replace(/(\s\d+)(?=\s|$)/, '$1q') : undefined)],
];

/** One mutation of one directive line per file, so chronyd's first error is that line. */
export function mutants(base: string): Mutant[] {
  const lines = base.split('\n');
  const result: Mutant[] = [];
  lines.forEach((line, index) => {
    if (!/^[a-z_]+(\s|$)/i.test(line)) return;
    for (const [description, mutate] of MUTATIONS) {
      const mutated = mutate(line);
      if (mutated === undefined || mutated === line) continue;
      const copy = [...lines];
      copy[index] = mutated;
      result.push({ description: `line ${index + 1} ${description}: ${mutated}`, text: copy.join('\n'), line: index + 1 });
    }
  });
  return result;
}

export function chronydVersion(chronyd: string): string {
  return execFileSync(chronyd, ['-v'], { encoding: 'utf8' }).trim();
}
