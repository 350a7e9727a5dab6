import type { Diagnostic } from 'vscode-languageserver-types';
import { escapeForTerminal } from '../../server/src/core/terminalText';
import { pick, type Language } from '../../server/src/core/localized';
import type { RuleMeta } from '../../server/src/rules/types';
import type { AppliedFix } from '../../server/src/engine/fixAll';

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'] as const;

/** One change `--fix` made, as the JSON output lists it (line 1-based). */
interface FixedEntry {
  readonly line: number;
  readonly code: string;
  readonly title: string;
}

export interface FileReport {
  readonly file: string;
  readonly dialect: string;
  readonly diagnostics: Diagnostic[];
  /** Only with --fix. */
  readonly fixed?: FixedEntry[];
}

export function fixedEntries(applied: readonly AppliedFix[], language: Language): FixedEntry[] {
  return applied.map((fix) => ({ line: fix.line + 1, code: fix.code, title: pick(fix.title, language) }));
}

// Red, yellow, cyan, dim: the SGR codes of ESLint's and rustc's severities.
const SEVERITY_COLOURS = ['', '31', '33', '36', '2'] as const;

function severityWord(severity: number, colour: boolean): string {
  const word = SEVERITY_NAMES[severity] ?? 'error';
  return colour ? `\u001b[${SEVERITY_COLOURS[severity] ?? '31'}m${word}\u001b[0m` : word;
}

/** `path:line: fixed: title [code]`, then `path:line:col: severity: message [code]`; escaped, as the text comes from the file. */
export function formatText(report: FileReport, language: Language, colour = false): string[] {
  const fixedWord = language === 'ko' ? '고침' : 'fixed';
  const fixed = (report.fixed ?? []).map((f) => escapeForTerminal(`${report.file}:${f.line}: ${fixedWord}: ${f.title} [${f.code}]`));
  // Escaped before colouring: the only escape sequences on the line are ours.
  const diagnostics = report.diagnostics.map((d) => {
    const where = escapeForTerminal(`${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`);
    return `${where}: ${severityWord(d.severity ?? 1, colour)}: ${escapeForTerminal(`${d.message} [${String(d.code)}]`)}`;
  });
  return [...fixed, ...diagnostics];
}

interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function countSeverities(reports: readonly FileReport[]): SeverityCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (d.severity === 1 || d.severity === undefined) errors++;
      else if (d.severity === 2) warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos };
}

/** The last line of text output: `3 errors, 5 warnings, 1 info in 2 files`. */
export function summaryLine({ errors, warnings, infos }: SeverityCounts, files: number, language: Language): string {
  if (language === 'ko') return `파일 ${files}개: 오류 ${errors}개, 경고 ${warnings}개, 정보 ${infos}개`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')} in ${plural(files, 'file')}`;
}

/** The codes `--fix` repairs, wrapped for --help. */
export function fixableCodesHelp(metas: readonly RuleMeta[], width = 100): string {
  const lines: string[] = [];
  let line = '  --fix repairs:';
  for (const code of metas.filter((meta) => meta.fixable).map((meta) => meta.code)) {
    if (line.length + code.length + 2 > width) {
      lines.push(line);
      line = '   ';
    }
    line += ` ${code},`;
  }
  lines.push(line.slice(0, -1) + '.');
  return lines.join('\n');
}
