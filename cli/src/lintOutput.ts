import type { Diagnostic } from 'vscode-languageserver-types';
import { escapeForTerminal } from '../../server/src/core/terminalText';
import { pick, type Language } from '../../server/src/core/localized';
import { CODE_METAS } from '../../server/src/rules';
import type { AppliedFix } from '../../server/src/engine/fixAll';

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'] as const;

/** One change `--fix` made, as the JSON output lists it (line 1-based). */
export interface FixedEntry {
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

/** `path:line: fixed: title [code]`, then `path:line:col: severity: message [code]`; escaped, as the text comes from the file. */
export function formatText(report: FileReport, language: Language): string[] {
  const fixedWord = language === 'ko' ? '고침' : 'fixed';
  const fixed = (report.fixed ?? []).map((f) => `${report.file}:${f.line}: ${fixedWord}: ${f.title} [${f.code}]`);
  const diagnostics = report.diagnostics.map(
    (d) => `${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY_NAMES[d.severity ?? 1]}: ${d.message} [${String(d.code)}]`,
  );
  return [...fixed, ...diagnostics].map((line) => escapeForTerminal(line));
}

/** The codes `--fix` repairs, wrapped for --help. */
export function fixableCodesHelp(width = 100): string {
  const lines: string[] = [];
  let line = '  --fix repairs:';
  for (const code of CODE_METAS.filter((meta) => meta.fixable).map((meta) => meta.code)) {
    if (line.length + code.length + 2 > width) {
      lines.push(line);
      line = '   ';
    }
    line += ` ${code},`;
  }
  lines.push(line.slice(0, -1) + '.');
  return lines.join('\n');
}
