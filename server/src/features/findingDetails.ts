import type { Hover } from 'vscode-languageserver-types';
import type { Finding } from '../core/finding';
import { pick, type Language } from '../core/localized';
import { findingsStartingOn } from './findingsByLine';

function covers(finding: Finding, line: number, character: number): boolean {
  const { start, end } = finding.range;
  if (line < start.line || line > end.line) return false;
  if (line === start.line && character < start.character) return false;
  return !(line === end.line && character > end.character && end.character > start.character);
}

/** The details of the findings under the cursor: the editor shows their headlines above, this says why. */
export function findingDetailsAt(findings: readonly Finding[], line: number, character: number, language: Language): string[] {
  // Findings span at most a few lines; looking a little upward finds those that start earlier.
  const nearby = findingsStartingOn(
    findings,
    [line, line - 1, line - 2, line - 3].filter((n) => n >= 0),
  );
  return nearby
    .filter((finding) => finding.detail !== undefined && covers(finding, line, character))
    .map((finding) => `**${finding.code}**: ${pick(finding.detail!, language)}`);
}

/** The word's own hover with the details of the findings under the cursor after it, separated by a rule. */
export function withFindingDetails(hover: Hover | null, details: readonly string[], at: { line: number; character: number }): Hover | null {
  if (details.length === 0) return hover;
  const own = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  const value = [own, ...details].filter((part) => part !== '').join('\n\n---\n\n');
  return { contents: { kind: 'markdown', value }, range: hover?.range ?? { start: at, end: at } };
}
