// Issue 13: configurations written by others, each linted where it is installed, with every diagnostic judged by
// hand. The manifest keeps the judgement; this test holds the linter to it and to the daemons' own parsers.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { runLint } from '../../cli/src/cli';
import { chronydParse, chronydPath, Scratch } from './chronyd';
import { ntpsecNtpd, ntpsecSyntaxErrorLinesOfEach } from './ntpsec';
import { REAL_CORPUS, realCorpusFile, type RealEntry } from '../support/realCorpus';

interface Linted {
  readonly entry: RealEntry;
  readonly dialect: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** What `ntpconf lint --root HOST FILE` reports, the dialect detected from the file and its path. */
function lint(entry: RealEntry): Linted {
  let out = '';
  const dialect = entry.dialectSetting === undefined ? [] : ['--dialect', entry.dialectSetting];
  runLint(['--format', 'json', '--root', realCorpusFile(entry.host, '/'), ...dialect, realCorpusFile(entry.host, entry.path)], {
    stdout: (s) => (out += String(s)),
    stderr: () => undefined,
    env: {},
    readStdin: () => '',
  });
  const [report] = JSON.parse(out) as { dialect: string; diagnostics: Diagnostic[] }[];
  return { entry, dialect: report!.dialect, diagnostics: report!.diagnostics };
}

/** chronyd -p reads includes at their absolute paths: point them into the host's copy (same lines, same numbers). */
function underRoot(text: string, root: string): string {
  return text.replace(/^(\s*(?:include|confdir|sourcedir)\s+)(\/(?!run\/)\S*)/gim, (_, head: string, target: string) => `${head}${path.join(root, target)}`);
}

const seen = (linted: Linted) => linted.diagnostics.map((d) => `${d.range.start.line + 1} ${String(d.code)}`).sort();
const judged = (entry: RealEntry) => entry.expected.map(([line, code]) => `${line} ${code}`).sort();

describe('real-world corpus: configurations by others, judged by hand (issue 13)', function () {
  this.timeout(120_000);
  const linted = REAL_CORPUS.filter((entry) => entry.dialect !== null).map(lint);

  it('each file is detected as its daemon reads it', () => {
    assert.deepEqual(
      linted.filter((l) => l.dialect !== l.entry.dialect).map((l) => `${l.entry.host}${l.entry.path}: ${l.dialect}`),
      [],
    );
  });

  it('every diagnostic is one the manifest judged, and every judged one is still reported', () => {
    const differences = linted.flatMap((l) => {
      const actual = seen(l);
      const expected = judged(l.entry);
      const name = `${l.entry.host}${l.entry.path}`;
      return [
        ...actual.filter((a) => !expected.includes(a)).map((a) => `${name}: new ${a}`),
        ...expected.filter((e) => !actual.includes(e)).map((e) => `${name}: gone ${e}`),
      ];
    });
    assert.deepEqual(differences, []);
  });

  it('false positives stay at or under 1 %, and none is an error', () => {
    const verdicts = linted.flatMap((l) => l.entry.expected.map(([line, code, verdict]) => ({ l, line, code, verdict })));
    const wrong = verdicts.filter((v) => v.verdict === 'wrong');
    const byCode = new Map<string, number>();
    for (const v of verdicts) byCode.set(v.code, (byCode.get(v.code) ?? 0) + 1);
    const wrongErrors = wrong.filter((v) => v.l.diagnostics.some((d) => d.range.start.line + 1 === v.line && d.code === v.code && d.severity === 1));
    console.log(
      `      ${linted.length} files linted (${REAL_CORPUS.length} in the corpus), ${verdicts.length} diagnostics, ${wrong.length} judged wrong (${((100 * wrong.length) / Math.max(1, verdicts.length)).toFixed(1)} %)`,
    );
    console.log(
      `      by code: ${[...byCode]
        .sort((a, b) => b[1] - a[1])
        .map(([code, n]) => `${code} ${n}`)
        .join(', ')}`,
    );
    if (wrong.length > 0) console.log(`      wrong: ${wrong.map((v) => `${v.l.entry.host}${v.l.entry.path}:${v.line} ${v.code}`).join(', ')}`);
    assert.deepEqual(
      wrongErrors.map((v) => `${v.l.entry.host}${v.l.entry.path}:${v.line} ${v.code}`),
      [],
    );
    assert.ok(wrong.length <= 0.01 * verdicts.length, `${wrong.length} of ${verdicts.length} judged wrong`);
  });

  it('no error on a chrony file chronyd -p accepts, and an error on each line it refuses', () => {
    const chronyd = chronydPath();
    const scratch = new Scratch();
    const problems: string[] = [];
    let accepted = 0;
    const chronyFiles = linted.filter((x) => x.entry.dialect === 'chrony');
    try {
      for (const l of chronyFiles) {
        const name = `${l.entry.host}${l.entry.path}`;
        const verdict = chronydParse(
          chronyd,
          scratch.write(underRoot(readFileSync(realCorpusFile(l.entry.host, l.entry.path), 'utf8'), realCorpusFile(l.entry.host, '/'))),
        );
        const errors = l.diagnostics.filter((d) => d.severity === 1);
        if (verdict.accepted) {
          accepted++;
          problems.push(...errors.map((d) => `${name}:${d.range.start.line + 1} ${String(d.code)} though chronyd accepts the file`));
          continue;
        }
        // A directive newer than the chronyd here (4.3) is refused by it, and is only a warning while no version is known.
        const answered = l.diagnostics.some((d) => d.range.start.line + 1 === verdict.line && (d.severity === 1 || d.code === 'unsupported-in-dialect'));
        if (!answered) problems.push(`${name}: chronyd refuses line ${verdict.line} (${verdict.message}), no error there`);
      }
    } finally {
      scratch.dispose();
    }
    console.log(`      chronyd -p accepts ${accepted} of ${chronyFiles.length} chrony files`);
    assert.deepEqual(problems, []);
  });

  it('no error on a line NTPsec parses, and an error on each line it refuses (ntpsec files)', async () => {
    const ntpd = ntpsecNtpd();
    const ntpsec = linted.filter((x) => x.entry.dialect === 'ntpsec');
    const refusedOfEach = await ntpsecSyntaxErrorLinesOfEach(
      ntpd,
      ntpsec.map((l) => readFileSync(realCorpusFile(l.entry.host, l.entry.path), 'utf8')),
    );
    const problems = ntpsec.flatMap((l, i) => {
      const refused = refusedOfEach[i]!;
      const errorLines = new Set(l.diagnostics.filter((d) => d.severity === 1).map((d) => d.range.start.line + 1));
      return [
        ...[...refused].filter((line) => !errorLines.has(line)).map((line) => `${l.entry.host}${l.entry.path}:${line} refused by NTPsec, no error`),
        ...[...errorLines]
          .filter(
            (line) =>
              !refused.has(line) && !l.entry.expected.some(([at, , verdict, why]) => at === line && verdict === 'right' && /drops|fatal|refuses/.test(why)),
          )
          .map((line) => `${l.entry.host}${l.entry.path}:${line} error on a line NTPsec parses`),
      ];
    });
    assert.deepEqual(problems, []);
  });

  it('every file names its source and licence', () => {
    const unsourced = REAL_CORPUS.filter((e) => !/^(https:\/\/|debian:)/.test(e.source) || e.licence.trim() === '').map((e) => `${e.host}${e.path}`);
    assert.deepEqual(unsourced, []);
  });
});
