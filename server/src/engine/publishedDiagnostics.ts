import type { Diagnostic } from 'vscode-languageserver-types';
import { localized, pick, type Language } from '../core/localized';
import { SEVERITY, type Finding } from '../core/finding';
import { quotedCode } from '../core/plainText';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './validate';

/** Like ESLint's and rust-analyzer's editors: past this a file's problems list helps nobody and costs seconds per edit. */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

function hiddenMessage(hidden: number) {
  return localized(
    `${hidden} more problems in this file are not shown: the editor shows the first ${MAX_DIAGNOSTICS_PER_FILE}, most severe first. Run \`ntpconf lint\` on the file to see them all.`,
    `이 파일에 표시하지 않은 문제가 ${hidden}개 더 있습니다. 편집기에는 심각한 것부터 ${MAX_DIAGNOSTICS_PER_FILE}개까지만 표시합니다. 모두 보려면 이 파일에 \`ntpconf lint\`를 실행하세요.`,
  );
}

/** The findings a file of this many shows: all of them, or the most severe MAX_DIAGNOSTICS_PER_FILE in document order. */
function shownFindings(findings: readonly Finding[]): readonly Finding[] {
  if (findings.length <= MAX_DIAGNOSTICS_PER_FILE) return findings;
  const bySeverity = findings.map((finding, order) => ({ finding, order }));
  // Errors before warnings before the rest; the sort is stable, so the earliest lines win within a severity.
  bySeverity.sort((a, b) => a.finding.severity - b.finding.severity);
  return bySeverity
    .slice(0, MAX_DIAGNOSTICS_PER_FILE)
    .sort((a, b) => a.order - b.order)
    .map((entry) => entry.finding);
}

/** What the editor gets for a file: at most MAX_DIAGNOSTICS_PER_FILE diagnostics, then one that counts the rest. */
export function publishedDiagnostics(findings: readonly Finding[], language: Language, uri?: string): Diagnostic[] {
  const diagnostics = shownFindings(findings).map((finding) => forPlainText(toDiagnostic(finding, language, uri)));
  const hidden = findings.length - diagnostics.length;
  if (hidden === 0) return diagnostics;
  // No code: it is no rule's finding, so it offers no fixes or suppressions.
  const summary: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: SEVERITY.information,
    source: DIAGNOSTIC_SOURCE,
    message: quotedCode(pick(hiddenMessage(hidden), language)),
  };
  return [summary, ...diagnostics];
}

function forPlainText(diagnostic: Diagnostic): Diagnostic {
  diagnostic.message = quotedCode(diagnostic.message);
  for (const related of diagnostic.relatedInformation ?? []) related.message = quotedCode(related.message);
  return diagnostic;
}
