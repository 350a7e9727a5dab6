import type { TextEdit } from 'vscode-languageserver-types';
import type { ConfigLine, ParsedConfig } from './parser/types';
import type { Token } from '../../core/token';

// Text edits the rules' fixes are made of; every fix goes through these, so they insert and delete alike.

/** Removes a whole line with its line break. */
export function deleteLine(config: ParsedConfig, line: number): TextEdit {
  const count = config.lines.length;
  if (line + 1 < count) return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
  const length = config.lines[line]?.text.length ?? 0;
  if (line === 0) return { range: { start: { line, character: 0 }, end: { line, character: length } }, newText: '' };
  const previous = config.lines[line - 1]?.text.length ?? 0;
  return { range: { start: { line: line - 1, character: previous }, end: { line, character: length } }, newText: '' };
}

/** Adds `text` as a new line right after line `after` (the edit stays on that line). */
export function insertLineAfter(config: ParsedConfig, after: number, text: string): TextEdit {
  const character = config.lines[after]?.text.length ?? 0;
  return { range: { start: { line: after, character }, end: { line: after, character } }, newText: `\n${text}` };
}

/** Removes the words `first`..`last` of a line and the blank before them. */
export function removeWords(line: ConfigLine, first: Token, last: Token = first): TextEdit {
  const index = line.tokens.indexOf(first);
  const previous = index > 0 ? line.tokens[index - 1] : undefined;
  const start = previous === undefined ? first.start : previous.end;
  return { range: { start: { line: line.line, character: start }, end: { line: line.line, character: last.end } }, newText: '' };
}

export function replaceToken(token: Token, newText: string): TextEdit {
  return { range: { start: { line: token.line, character: token.start }, end: { line: token.line, character: token.end } }, newText };
}

/** Where to insert a word at the end of a directive, before any trailing comment. */
export function endOfDirective(line: ConfigLine): { line: number; character: number } {
  const last = line.tokens[line.tokens.length - 1] as Token;
  return { line: line.line, character: last.end };
}

/** Appends ` words` at the end of a directive. */
export function appendWords(line: ConfigLine, words: string): TextEdit {
  const at = endOfDirective(line);
  return { range: { start: at, end: at }, newText: ` ${words}` };
}

export function insertAt(line: number, character: number, newText: string): TextEdit {
  return { range: { start: { line, character }, end: { line, character } }, newText };
}

/**
 * Appends words to a directive (before any trailing comment) and/or adds new lines right after it.
 * Both land on the same line, so fix-all never applies half of them.
 */
export function extendLine(line: ConfigLine, words: readonly string[], newLines: readonly string[] = []): TextEdit[] {
  const edits: TextEdit[] = [];
  const end = endOfDirective(line);
  const appended = words.map((word) => ` ${word}`).join('');
  const added = newLines.map((text) => `\n${text}`).join('');
  if (end.character === line.text.length) {
    if (appended + added !== '') edits.push(insertAt(line.line, end.character, appended + added));
    return edits;
  }
  if (appended !== '') edits.push(insertAt(line.line, end.character, appended));
  if (added !== '') edits.push(insertAt(line.line, line.text.length, added));
  return edits;
}

/** Adds a line at the end of the file, keeping whether the file ends with a newline. */
export function appendLineToFile(config: ParsedConfig, text: string): TextEdit {
  const last = config.lines.length - 1;
  const lastText = config.lines[last]?.text ?? '';
  if (lastText === '' && last > 0) return insertAt(last, 0, `${text}\n`);
  return insertAt(last, lastText.length, `\n${text}`);
}

function isBlank(line: ConfigLine | undefined): boolean {
  return line !== undefined && line.tokens.length === 0 && line.comment === undefined;
}

/**
 * Inserts a block of lines near the top without splitting anything: after the file's header comment
 * paragraph when a blank line ends it, otherwise right before the first directive. The block gets a
 * blank line after it so it reads as its own paragraph.
 */
export function insertBlockAtTop(config: ParsedConfig, block: readonly string[]): TextEdit | undefined {
  const firstDirective = config.directives[0];
  if (firstDirective === undefined) return undefined;
  let target = firstDirective.line;
  let seenComment = false;
  for (let index = 0; index < firstDirective.line; index++) {
    const line = config.lines[index];
    if (line?.comment !== undefined) seenComment = true;
    else if (seenComment && isBlank(line)) {
      target = index + 1;
      break;
    }
  }
  const separator = isBlank(config.lines[target]) ? '' : '\n';
  return insertAt(target, 0, `${block.join('\n')}\n${separator}`);
}
