import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { Language } from '../core/localized';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import type { Settings } from '../core/settings';
import { SEVERITY, type Finding } from '../core/finding';

// One reading of `ntpconf-disable` comments for configuration files and scripts alike; only the comment leader differs.

const SUPPRESSION = /^ntpconf-disable(-next-line)?(?:\s+(.*))?$/;
const ALL = '*';
/** Every suppression comment holds this word. */
export const SUPPRESSION_MARKER = 'ntpconf-disable';

export interface Suppressions {
  readonly file: ReadonlySet<string>;
  /** Line number → codes suppressed on that line. */
  readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
}

/** A whole-line comment: its line and its text after the leader (`#`, `;`, `REM`, `::`). */
interface CommentBody {
  readonly line: number;
  readonly body: string;
}

export const NO_SUPPRESSIONS: Suppressions = { file: new Set(), lines: new Map() };

/** Reads `ntpconf-disable-next-line code[, code]` and `ntpconf-disable code` (no code: all codes) from comments. */
export function suppressionsIn(comments: Iterable<CommentBody>): Suppressions {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  for (const { line, body } of comments) {
    if (!body.includes(SUPPRESSION_MARKER)) continue;
    const match = SUPPRESSION.exec(body.trim());
    if (match === null) continue;
    const listed = (match[2] ?? '').split(/[\s,]+/).filter((c) => c.length > 0);
    const codes = new Set(listed.length === 0 ? [ALL] : listed);
    if (match[1] === undefined) codes.forEach((c) => file.add(c));
    else lines.set(line + 1, codes);
  }
  return { file, lines };
}

/** Whole-line comments of a configuration; chrony refuses a comment after a directive, so those never count. */
function* configComments(config: ParsedConfig): Iterable<CommentBody> {
  for (const line of config.lines) {
    // The text test first: reading `comment` builds a token, and most comments are not suppressions.
    if (line.commentKind !== 'line' || !line.text.includes(SUPPRESSION_MARKER) || line.comment === undefined) continue;
    yield { line: line.line, body: line.comment.text.slice(1) };
  }
}

export function readSuppressions(config: ParsedConfig): Suppressions {
  return suppressionsIn(configComments(config));
}

function isSuppressed(finding: Finding, suppressions: Suppressions): boolean {
  if (suppressions.file.has(finding.code) || suppressions.file.has(ALL)) return true;
  const codes = suppressions.lines.get(finding.range.start.line);
  return codes !== undefined && (codes.has(finding.code) || codes.has(ALL));
}

/** What the user asked for: codes turned off or suppressed are dropped, severities overridden by code; in line order. */
export function applySettings(findings: readonly Finding[], settings: Settings, suppressions: Suppressions): Finding[] {
  const adjusted: Finding[] = [];
  for (const finding of findings) {
    const override = settings.rules[finding.code];
    if (override === 'off' || isSuppressed(finding, suppressions)) continue;
    adjusted.push(override === undefined ? finding : { ...finding, severity: SEVERITY[override] });
  }
  adjusted.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return adjusted;
}

/** Where suppression comments go in a document: its comment leader, and the point a file-wide comment is inserted. */
export interface SuppressionPlace {
  readonly leader: string;
  /** The indentation of the finding's line, so the comment lines up with it. */
  readonly indent: string;
  readonly fileComment: Range;
}

/** "Disable for this line / file" quick fixes: a comment of its own line, never after a directive. */
export function suppressionActions(uri: string, finding: Finding, diagnostic: Diagnostic, place: SuppressionPlace, language: Language): CodeAction[] {
  const line = finding.range.start.line;
  const lineStart = { start: { line, character: 0 }, end: { line, character: 0 } };
  const title = (en: string, ko: string) => (language === 'ko' ? ko : en);
  return [
    {
      title: title(`Disable ${finding.code} for this line`, `이 줄에서 ${finding.code} 끄기`),
      kind: 'quickfix',
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: lineStart, newText: `${place.indent}${place.leader} ntpconf-disable-next-line ${finding.code}\n` }] } },
    },
    {
      title: title(`Disable ${finding.code} for this file`, `이 파일에서 ${finding.code} 끄기`),
      kind: 'quickfix',
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: place.fileComment, newText: `${place.leader} ntpconf-disable ${finding.code}\n` }] } },
    },
  ];
}
