import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

function lineLength(document: TextDocument, line: number): number {
  return document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$|\r$/, '').length;
}

function positionProblem(document: TextDocument, position: Position): string | undefined {
  if (!Number.isInteger(position.line) || position.line < 0 || position.line >= document.lineCount) return `line ${position.line} of ${document.lineCount}`;
  const length = lineLength(document, position.line);
  if (!Number.isInteger(position.character) || position.character < 0 || position.character > length)
    return `character ${position.character} of line ${position.line} (${length} long)`;
  return undefined;
}

/** Why a range is not inside the document, or undefined when it is. */
export function rangeProblem(document: TextDocument, range: Range): string | undefined {
  const problem = positionProblem(document, range.start) ?? positionProblem(document, range.end);
  if (problem) return problem;
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ordered ? undefined : `start after end ${JSON.stringify(range)}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isRange = (value: unknown): value is Range =>
  isRecord(value) && isRecord(value['start']) && isRecord(value['end']) && typeof value['start']['line'] === 'number';

/**
 * Every range in a reply that points into `document`: hover, completion and formatting edits, symbols, links,
 * code action edits for this document. Ranges that belong to another file (a definition's target) are skipped.
 */
export function rangesIn(reply: unknown, uri: string): Range[] {
  const found: Range[] = [];
  const walk = (value: unknown, otherFile: boolean): void => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, otherFile));
    if (!isRecord(value)) return;
    const elsewhere =
      otherFile || (typeof value['uri'] === 'string' && value['uri'] !== uri) || (typeof value['targetUri'] === 'string' && value['targetUri'] !== uri);
    for (const [key, child] of Object.entries(value)) {
      if (key === 'changes' && isRecord(child)) {
        for (const [changed, edits] of Object.entries(child)) walk(edits, changed !== uri);
      } else if (isRange(child)) {
        if (!elsewhere) found.push(child);
      } else {
        walk(child, elsewhere);
      }
    }
  };
  walk(reply, false);
  return found;
}

/** Folding ranges carry lines only. */
export function foldingProblem(document: TextDocument, reply: unknown): string | undefined {
  if (!Array.isArray(reply)) return undefined;
  for (const fold of reply as { startLine: number; endLine: number }[]) {
    if (fold.startLine < 0 || fold.endLine >= document.lineCount || fold.startLine > fold.endLine)
      return `folding ${fold.startLine}-${fold.endLine} of ${document.lineCount} lines`;
  }
  return undefined;
}
