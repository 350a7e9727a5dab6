import { dialectTraits } from '../core/dialectTraits';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { directiveName } from '../formats/ntpconf/parser/parseConfig';
import type { ConfigLine, ParsedConfig } from '../formats/ntpconf/parser/types';

/** Columns wider than this are not padded: one long host name should not push a whole block right. */
const MAX_ALIGNED_WIDTH = 48;
/** Trailing comments align only up to this column: one very long line must not pad every comment of its block. */
const MAX_COMMENT_COLUMN = 120;
/** Reply caps: past them the rest of the document is left for the next format (each edit stands alone). */
const MAX_REPLY_EDITS = 50_000;
const MAX_REPLY_CHARACTERS = 4_000_000;

function isBlank(line: ConfigLine): boolean {
  return line.tokens.length === 0 && line.comment === undefined;
}

/** Padding widths per column of a block of same-directive lines; a column past the cap ends the alignment. */
function columnWidths(block: readonly ConfigLine[]): number[] {
  const widths: number[] = [];
  for (const line of block) {
    // The last word needs no padding: only columns followed by another word count.
    for (let column = 0; column < line.tokens.length - 1; column++) {
      widths[column] = Math.max(widths[column] ?? 0, (line.tokens[column] as { text: string }).text.length);
    }
  }
  const tooWide = widths.findIndex((w) => w > MAX_ALIGNED_WIDTH);
  return tooWide < 0 ? widths : widths.slice(0, tooWide);
}

function renderWords(line: ConfigLine, widths: readonly number[]): string {
  const words = line.tokens.map((token, column) => {
    const width = widths[column];
    const isLast = column === line.tokens.length - 1;
    return width === undefined || isLast ? token.text : token.text.padEnd(width);
  });
  return words.join(' ');
}

/** The column the block's trailing comments start at: past the longest line that is not too long to align with. */
function commentColumnOf(rendered: readonly string[]): number {
  let widest = 0;
  // A loop, not Math.max(...rendered): a block can hold 200k lines, more than a call's arguments.
  for (const words of rendered) if (words.length < MAX_COMMENT_COLUMN && words.length > widest) widest = words.length;
  return widest + 1;
}

/**
 * The formatted text of every non-blank line, with options aligned in columns within each block of
 * consecutive lines of the same directive. Comments stay on their own lines; a trailing comment
 * (ntpd; an error in chrony) stays on its directive's line. Only whitespace ever changes.
 */
function formattedLines(config: ParsedConfig): Map<number, string> {
  const result = new Map<number, string>();
  const lines = config.lines;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as ConfigLine;
    if (line.tokens.length === 0) {
      if (line.comment !== undefined) result.set(index, line.comment.text.trimEnd());
      index++;
      continue;
    }
    const name = directiveName(line, config.dialect);
    let end = index + 1;
    while (end < lines.length && (lines[end] as ConfigLine).tokens.length > 0 && directiveName(lines[end] as ConfigLine, config.dialect) === name) end++;
    const block = lines.slice(index, end);
    const widths = block.length > 1 ? columnWidths(block) : [];
    const rendered = block.map((l) => renderWords(l, widths));
    const commentColumn = block.length > 1 && dialectTraits(config.dialect).commentsAfterDirective ? commentColumnOf(rendered) : 0;
    block.forEach((l, i) => {
      const words = rendered[i] as string;
      const comment = l.comment?.text.trimEnd();
      result.set(l.line, comment === undefined ? words : `${words.padEnd(Math.max(commentColumn, words.length + 1))}${comment}`);
    });
    index = end;
  }
  return result;
}

function withinRange(line: number, range: Range | undefined): boolean {
  return range === undefined || (line >= range.start.line && line <= range.end.line);
}

/**
 * Whitespace edits for the document, or for the lines a range touches; idempotent and word-preserving.
 * A huge document gets at most MAX_REPLY_EDITS edits / MAX_REPLY_CHARACTERS of new text, from the top.
 */
export function formatConfig(config: ParsedConfig, range?: Range): TextEdit[] {
  const edits: TextEdit[] = [];
  let replyCharacters = 0;
  const formatted = formattedLines(config);
  const binary = new Set(config.binaryLines);
  const lines = config.lines;
  let index = 0;
  while (index < lines.length && edits.length < MAX_REPLY_EDITS) {
    const line = lines[index] as ConfigLine;
    if (isBlank(line)) {
      // A run of blank lines becomes one empty line.
      let end = index;
      while (end + 1 < lines.length && isBlank(lines[end + 1] as ConfigLine)) end++;
      const last = lines[end] as ConfigLine;
      const startCharacter = index === 0 && config.hasByteOrderMark ? 1 : 0;
      if ((end > index || line.text.length > startCharacter) && withinRange(index, range) && !binary.has(index)) {
        edits.push({ range: { start: { line: index, character: startCharacter }, end: { line: end, character: last.text.length } }, newText: '' });
      }
      index = end + 1;
      continue;
    }
    const text = formatted.get(index);
    // The byte order mark stays where it is (the parser read it as a space).
    const startCharacter = index === 0 && config.hasByteOrderMark ? 1 : 0;
    const changed = text !== undefined && withinRange(index, range) && !binary.has(index) && line.text.slice(startCharacter) !== text;
    // A line past the budget is skipped, not stopped at: a later, shorter line may still fit.
    if (changed && replyCharacters + text.length <= MAX_REPLY_CHARACTERS) {
      replyCharacters += text.length;
      edits.push({ range: { start: { line: index, character: startCharacter }, end: { line: index, character: line.text.length } }, newText: text });
    }
    index++;
  }
  return edits;
}
