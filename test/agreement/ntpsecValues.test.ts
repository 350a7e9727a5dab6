// Issue 14: value agreement with NTPsec's parser. Every value slot of every NTPsec directive and option in the
// catalog gets each edge value; NTPsec's grammar types its words (integer, double, string), so a word of the
// wrong kind is a syntax error that drops the line, and we must say so. A line it parses gets no error from us,
// unless NTPsec then drops it anyway (listed below with the message it logs).
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { validateText } from '../../server/src/engine/validate';
import { lookupDirective } from '../../server/src/formats/ntpconf/catalog';
import type { DirectiveSpec, ValueType } from '../../server/src/formats/ntpconf/catalog/types';
import { EDGE_VALUES } from './chronydValues';
import { ntpsecNtpd, ntpsecVerdicts } from './ntpsec';
import { NTP_DIRECTIVES } from '../../server/src/formats/ntpconf/catalog/ntp';

const SEPARATOR = 'restrict ::1';
const CASES_PER_FILE = 100;

// Directives that open or read other files, or change how the rest of the file is read: not value rules.
const SKIPPED = new Set(['includefile', 'setvar', 'phone', 'logfile', 'saveconfigdir']);

// How many descriptors ntpd may open decides whether `rlimit filenum 7` stops it: it depends on the host, not the value.
const HOST_DEPENDENT = new Set(['rlimit filenum']);

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
      return type.values.find((value) => type.valueDialects?.[value]?.includes('ntpsec') ?? true) as string;
    case 'host':
    case 'ip':
      return '192.0.2.1';
    case 'subnet':
      return '192.0.2.0';
    case 'keyIds':
      return '1';
    case 'path':
      return '/var/lib/ntpsec/x';
    case 'word':
      return name.includes('address') ? '192.0.2.1' : 'eth0';
  }
}

interface Candidate {
  readonly line: string;
  readonly base: boolean;
  readonly value: string;
}

/** What ntpd logs when it drops a line its grammar accepted. */
const DROPPED = /ignoring line|line ignored|Ignoring invalid|key: invalid argument/;

// -2147483649 wraps to 2147483647 in a C int; 2147483647 kB of initial MRU memory is more than this host can
// allocate, so ntpd exits: how much memory a host has decides, not the value's syntax.
const HOST_DEPENDENT_LINES = new Set(['mru initmem -2147483649']);

function candidatesOf(spec: DirectiveSpec): Candidate[] {
  // fudge takes a reference clock's pseudo-address; NTPsec ignores the line for any other.
  const base = spec.name === 'fudge' ? ['127.127.20.0'] : spec.args.filter((a) => !a.optional).map((a) => sampleFor(a.type, a.name));
  const found: Candidate[] = [];
  const options = (spec.options ?? []).filter((o) => o.value !== undefined && (!o.dialects || o.dialects.includes('ntpsec')));
  // A bare `tos`/`fudge ADDR` is refused: such directives get their first valued option in every line.
  const first = spec.requiresOption ? options[0] : undefined;
  const tail = first ? [first.name, sampleFor(first.value!, first.name)] : [];
  found.push({ line: [spec.name, ...base, ...tail].join(' '), base: true, value: '' });
  spec.args.forEach((argument, index) => {
    if (index >= base.length || argument.type.kind === 'path') return;
    for (const value of EDGE_VALUES) {
      const words = [...base];
      words[index] = value;
      found.push({ line: [spec.name, ...words, ...tail].join(' '), base: false, value });
    }
  });
  for (const option of options) {
    if (option.value!.kind === 'path' || HOST_DEPENDENT.has(`${spec.name} ${option.name}`)) continue;
    found.push({ line: [spec.name, ...base, option.name, sampleFor(option.value!, option.name)].join(' '), base: true, value: '' });
    for (const value of EDGE_VALUES) found.push({ line: [spec.name, ...base, option.name, value].join(' '), base: false, value });
  }
  return found;
}

type Verdict = 'parsed' | 'refused' | 'fatal';

/**
 * NTPsec's verdict on each line. Files of CASES_PER_FILE cases, each between two good lines so yacc's error
 * recovery cannot merge two errors; a file that stops ntpd is split until the line that stops it is alone.
 */
async function judge(ntpd: string, lines: readonly string[]): Promise<Verdict[]> {
  const verdicts: Verdict[] = new Array<Verdict>(lines.length).fill('parsed');
  let groups: number[][] = [];
  for (let start = 0; start < lines.length; start += CASES_PER_FILE)
    groups.push([...Array(Math.min(CASES_PER_FILE, lines.length - start)).keys()].map((k) => start + k));
  while (groups.length > 0) {
    const results = await ntpsecVerdicts(
      ntpd,
      groups.map((g) => g.flatMap((i) => [lines[i], SEPARATOR]).join('\n') + '\n'),
    );
    const next: number[][] = [];
    groups.forEach((group, g) => {
      const result = results[g]!;
      if (result.exited && group.length > 1) next.push(group.slice(0, group.length >> 1), group.slice(group.length >> 1));
      else if (result.exited) verdicts[group[0]!] = 'fatal';
      else group.forEach((index, k) => result.syntaxErrors.has(2 * k + 1) && (verdicts[index] = 'refused'));
    });
    groups = next;
  }
  return verdicts;
}

describe('value agreement with NTPsec’s parser: every value slot of the catalog, edge values, both directions', function () {
  this.timeout(60000);

  it('a line NTPsec’s parser refuses gets an error on it; a line it parses gets none', async () => {
    const ntpd = ntpsecNtpd();
    const specs = NTP_DIRECTIVES.filter((spec) => spec.dialects.includes('ntpsec') && !SKIPPED.has(spec.name) && lookupDirective('ntpsec', spec.name) === spec);
    const candidates = specs.flatMap(candidatesOf);
    const verdicts = await judge(
      ntpd,
      candidates.map((c) => c.line),
    );
    const theirs = new Set<number>();
    const ours = new Set<number>();
    let fatal = 0;
    verdicts.forEach((verdict, i) => {
      if (verdict !== 'parsed') theirs.add(2 * i + 1);
      if (verdict === 'fatal') fatal++;
    });
    for (let start = 0; start < candidates.length; start += CASES_PER_FILE) {
      const text =
        candidates
          .slice(start, start + CASES_PER_FILE)
          .flatMap((c) => [c.line, SEPARATOR])
          .join('\n') + '\n';
      for (const f of validateText(text, 'ntpsec', DEFAULT_SETTINGS).findings) if (f.severity === 1) ours.add(2 * start + f.range.start.line + 1);
    }
    const baseRefused: string[] = [];
    const missed: string[] = [];
    const ourErrorsOnParsed: number[] = [];
    let hostDependent = 0;
    candidates.forEach((candidate, i) => {
      const number = 2 * i + 1;
      const disagree = theirs.has(number) !== ours.has(number);
      if (candidate.base && theirs.has(number)) baseRefused.push(candidate.line);
      else if (disagree && HOST_DEPENDENT_LINES.has(candidate.line)) hostDependent++;
      else if (theirs.has(number) && !ours.has(number)) missed.push(candidate.line);
      else if (!theirs.has(number) && ours.has(number)) ourErrorsOnParsed.push(i);
    });
    // A line the parser takes may still be dropped: ntpd logs it ("restrict: ignoring line", "line ignored").
    const alone = await ntpsecVerdicts(
      ntpd,
      ourErrorsOnParsed.map((i) => `${candidates[i]!.line}\n`),
    );
    const dropped = ourErrorsOnParsed.filter((_, k) => DROPPED.test(alone[k]!.output));
    const wrongly = ourErrorsOnParsed.filter((_, k) => !DROPPED.test(alone[k]!.output)).map((i) => candidates[i]!.line);
    const rejected = candidates.filter((_, i) => theirs.has(2 * i + 1)).length;
    console.log(
      `      ${specs.length} directives, ${candidates.length} lines: NTPsec's parser refused ${rejected} (${fatal} of them stop ntpd at start), we error on ${rejected - missed.length - baseRefused.length} of them (${missed.length} missed); ` +
        `it parsed ${candidates.length - rejected}, of which it then drops ${dropped.length} with a log line (we error), we error on ${wrongly.length} others; ${hostDependent} disagreement decided by the host's memory`,
    );
    assert.deepEqual(baseRefused, [], 'a base line (sample values) is refused: fix its sample');
    assert.deepEqual(missed, []);
    assert.deepEqual(wrongly, []);
  });
});
