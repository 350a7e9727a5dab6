import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { pick, type Language } from '../core/localized';
import type { Finding } from '../core/finding';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import { scriptSuppressionPlace } from './scriptSuppressionActions';
import { suppressionActions, type SuppressionPlace } from './suppressions';
import { toDiagnostic, type ValidationResult } from './validate';
import { MAX_DIAGNOSTICS_PER_FILE } from './publishedDiagnostics';

export const FIX_ALL_KIND = 'source.fixAll.ntpconf';

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Suppression comments in a configuration: `#`, indented like the finding's line, after any byte order mark. */
function configSuppressionPlace(config: ParsedConfig, line: number): SuppressionPlace {
  const indent = /^\s*/.exec(config.lines[line]?.text ?? '')?.[0] ?? '';
  const character = config.hasByteOrderMark ? 1 : 0;
  return { leader: '#', indent, fileComment: { start: { line: 0, character }, end: { line: 0, character } } };
}

/** Quick fixes for the diagnostics the editor asks about, matched by code and range, never by message. */
export function quickFixes(uri: string, result: ValidationResult, requested: readonly Diagnostic[], language: Language): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of requested) {
    const finding = result.findings.find((f) => f.code === diagnostic.code && sameRange(f.range, diagnostic.range));
    if (finding === undefined) continue;
    for (const fix of finding.fixes ?? []) {
      actions.push({
        title: pick(fix.title, language),
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: fix.preferred === true,
        edit: { changes: { [uri]: [...fix.edits] } },
      });
    }
    const place = result.kind === 'script' ? scriptSuppressionPlace(result.script) : configSuppressionPlace(result.config, finding.range.start.line);
    actions.push(...suppressionActions(uri, finding, diagnostic, place, language));
  }
  return actions;
}

type Position = TextEdit['range']['start'];

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Two edits collide when their ranges overlap or they insert at the same point (their order would be ambiguous). */
function collides(a: TextEdit, b: TextEdit): boolean {
  const sameInsertionPoint = compare(a.range.start, b.range.start) === 0;
  return sameInsertionPoint || (compare(a.range.start, b.range.end) < 0 && compare(b.range.start, a.range.end) < 0);
}

/** The preferred fix of every finding whose edits collide with no earlier chosen fix: safe to apply together. */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  // Chosen edits by every line they touch, so each check only looks at its neighbours (files can hold 50k fixes).
  const byLine = new Map<number, TextEdit[]>();
  const touched = (edit: TextEdit) => {
    const lines: number[] = [];
    for (let line = edit.range.start.line; line <= edit.range.end.line; line++) lines.push(line);
    return lines;
  };
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.preferred);
    if (fix === undefined) continue;
    const blocked = fix.edits.some((edit) => touched(edit).some((line) => byLine.get(line)?.some((taken) => collides(edit, taken))));
    if (blocked) continue;
    for (const edit of fix.edits) {
      chosen.push(edit);
      for (const line of touched(edit)) byLine.set(line, [...(byLine.get(line) ?? []), edit]);
    }
  }
  return chosen.sort((a, b) => compare(a.range.start, b.range.start));
}

export function fixAllAction(uri: string, findings: readonly Finding[], language: Language): CodeAction | undefined {
  const edits = fixAllEdits(findings);
  if (edits.length === 0) return undefined;
  return {
    title: language === 'ko' ? 'NTP Config: 자동으로 고칠 수 있는 문제 모두 고치기' : 'NTP Config: fix all auto-fixable problems',
    kind: FIX_ALL_KIND,
    // Only names what the action resolves: as many as the editor lists at most, not one per fix of a 200k-line file.
    diagnostics: findings
      .filter((f) => f.fixes?.some((x) => x.preferred))
      .slice(0, MAX_DIAGNOSTICS_PER_FILE)
      .map((f) => toDiagnostic(f, language)),
    edit: { changes: { [uri]: edits } },
  };
}
