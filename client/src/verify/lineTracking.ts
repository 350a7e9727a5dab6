/** Keeps line-anchored results honest while the document is edited. Pure line arithmetic; no vscode import. */

export interface LineSpan {
  readonly startLine: number;
  readonly endLine: number;
}

interface TextChange {
  /** The replaced range, in the document as it was before the change. */
  readonly startLine: number;
  readonly startCharacter: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly text: string;
}

/**
 * Where each span goes after one change: null when the change touched its lines (the result no longer describes
 * that text), else the span moved by the lines the change added or removed above it.
 */
export function spansAfterChange<T extends LineSpan>(spans: readonly T[], change: TextChange, move: (span: T, delta: number) => T): (T | null)[] {
  const added = countNewlines(change.text) - (change.endLine - change.startLine);
  return spans.map((span) => {
    if (span.endLine < change.startLine) return span;
    if (span.startLine > change.endLine || leavesLineWhole(change, span.startLine)) return added === 0 ? span : move(span, added);
    return null;
  });
}

/** A change that ends at column 0 of `line` only moves that line if it still starts a line afterwards. */
function leavesLineWhole(change: TextChange, line: number): boolean {
  if (change.endLine !== line || change.endCharacter !== 0) return false;
  return /[\r\n]$/.test(change.text) || (change.text === '' && change.startCharacter === 0);
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    // A lone CR ends a line too; CRLF counts once.
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}
