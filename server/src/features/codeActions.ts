import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { pick, type Language } from '../l10n/localized';
import type { Finding } from '../validation/finding';
import { toDiagnostic } from '../validation/validate';

export const FIX_ALL_KIND = 'source.fixAll.ntpconf';

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Quick fixes for the diagnostics the editor asks about, matched by code and range, never by message. */
export function quickFixes(uri: string, findings: readonly Finding[], requested: readonly Diagnostic[], language: Language): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of requested) {
    const finding = findings.find((f) => f.code === diagnostic.code && sameRange(f.range, diagnostic.range));
    for (const fix of finding?.fixes ?? []) {
      actions.push({
        title: pick(fix.title, language),
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: fix.preferred === true,
        edit: { changes: { [uri]: [...fix.edits] } },
      });
    }
  }
  return actions;
}

function startsBefore(a: TextEdit, b: TextEdit): boolean {
  return a.range.start.line < b.range.start.line || (a.range.start.line === b.range.start.line && a.range.start.character < b.range.start.character);
}

/** The preferred fix of every finding whose edits do not overlap an earlier fix's: safe to apply together. */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const touchedLines = new Set<number>();
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.preferred);
    if (fix === undefined) continue;
    const lines = fix.edits.flatMap((e) => [e.range.start.line, e.range.end.line]);
    if (lines.some((l) => touchedLines.has(l))) continue;
    lines.forEach((l) => touchedLines.add(l));
    chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => (startsBefore(a, b) ? -1 : startsBefore(b, a) ? 1 : 0));
}

export function fixAllAction(uri: string, findings: readonly Finding[], language: Language): CodeAction | undefined {
  const edits = fixAllEdits(findings);
  if (edits.length === 0) return undefined;
  return {
    title: language === 'ko' ? 'NTP Config: 자동으로 고칠 수 있는 문제 모두 고치기' : 'NTP Config: fix all auto-fixable problems',
    kind: FIX_ALL_KIND,
    diagnostics: findings.filter((f) => f.fixes?.some((x) => x.preferred)).map((f) => toDiagnostic(f, language)),
    edit: { changes: { [uri]: edits } },
  };
}
