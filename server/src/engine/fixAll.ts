import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { lineBreakOf, type LineBreak } from '../core/lines';
import type { DocumentKind } from '../core/documentKind';
import { fixAllEdits } from './codeActions';
import type { Localized } from '../core/localized';
import type { Settings } from '../core/settings';
import type { Finding, Fix } from '../core/finding';
import { validateText, type ValidationOptions, type ValidationResult } from './validate';

const MAX_FIX_PASSES = 10;

/** One fix `lint --fix` applied: its code, what it did, and the line (0-based) of the text its pass edited. */
export interface AppliedFix {
  readonly code: string;
  readonly title: Localized;
  readonly line: number;
}

type Validator = (text: string, dialect: DocumentKind, settings: Settings, options: ValidationOptions) => ValidationResult;

function findingKey(finding: Finding): string {
  const { start, end } = finding.range;
  return `${finding.code}|${start.line}:${start.character}-${end.line}:${end.character}|${finding.message.en}`;
}

/** True when some finding a pass tried to fix is gone afterwards; a pass that clears none would only repeat itself. */
function clearedAny(fixable: readonly Finding[], after: readonly Finding[]): boolean {
  const remaining = new Set(after.map(findingKey));
  return fixable.some((finding) => !remaining.has(findingKey(finding)));
}

/** Fixes insert lines ending in LF; a CRLF (or CR) file gets its own line break instead. */
function withLineBreak(edit: TextEdit, lineBreak: LineBreak): TextEdit {
  if (lineBreak === '\n' || !/[\r\n]/.test(edit.newText)) return edit;
  return { range: edit.range, newText: edit.newText.replace(/\r\n|\r|\n/g, lineBreak) };
}

function preferredFix(finding: Finding): Fix | undefined {
  return finding.fixes?.find((f) => f.preferred);
}

/** The fixes whose every edit was chosen for the pass, each once even when several findings share it. */
function appliedFixes(findings: readonly Finding[], chosen: ReadonlySet<TextEdit>): AppliedFix[] {
  const seen = new Set<Fix>();
  const applied: AppliedFix[] = [];
  for (const finding of findings) {
    const fix = preferredFix(finding);
    if (fix === undefined || seen.has(fix) || fix.edits.length === 0 || !fix.edits.every((edit) => chosen.has(edit))) continue;
    seen.add(fix);
    applied.push({ code: finding.code, title: fix.title, line: finding.range.start.line });
  }
  return applied;
}

/**
 * Applies every preferred fix, in passes like eslint --fix: a fix that collided with another is picked up next time.
 * A pass that clears none of the findings it fixed is undone and ends the loop (it would apply itself again and again).
 */
export function fixAll(
  text: string,
  dialect: DocumentKind,
  settings: Settings,
  options: ValidationOptions = {},
  validate: Validator = validateText,
): { text: string; result: ValidationResult; applied: AppliedFix[] } {
  const lineBreak = lineBreakOf(text);
  const applied: AppliedFix[] = [];
  let fixed = text;
  let result = validate(text, dialect, settings, options);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = fixAllEdits(result.findings);
    if (edits.length === 0) break;
    const next = TextDocument.applyEdits(
      TextDocument.create('file:///fix', 'plaintext', 0, fixed),
      edits.map((edit) => withLineBreak(edit, lineBreak)),
    );
    if (next === fixed) break;
    const nextResult = validate(next, dialect, settings, { ...options, previous: result.kind === 'config' ? result.config : undefined });
    const fixable = result.findings.filter((finding) => preferredFix(finding) !== undefined);
    if (!clearedAny(fixable, nextResult.findings)) break;
    for (const fix of appliedFixes(fixable, new Set(edits))) applied.push(fix);
    fixed = next;
    result = nextResult;
  }
  return { text: fixed, result, applied };
}
