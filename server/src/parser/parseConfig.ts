import type { Dialect } from '../dialect';
import type { ConfigLine, ParsedConfig, Token } from './types';

const CHRONY_COMMENT_STARTERS = new Set(['#', ';', '%', '!']);
// Control characters a text config never holds; tab, CR and LF are handled by the splitter.
const BINARY_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const BOM = '\ufeff';

/** Splits text into lines the way editors count them (LF, CRLF or lone CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v';
}

/**
 * Tokenizes one line. chrony only knows whole-line comments (`#`, `;`, `%`, `!` as the first
 * non-blank character); a later `#` is kept as a trailing comment so the validator can flag it.
 * The ntpd family ends a line at any `#` outside double quotes.
 */
export function tokenizeLine(text: string, line: number, dialect: Dialect): ConfigLine {
  const tokens: Token[] = [];
  let index = 0;
  const length = text.length;
  while (index < length && isSpace(text[index] as string)) index++;
  if (index < length) {
    const first = text[index] as string;
    const isLineComment = dialect === 'chrony' ? CHRONY_COMMENT_STARTERS.has(first) : first === '#';
    if (isLineComment) {
      return { line, text, tokens, comment: { text: text.slice(index), line, start: index, end: length }, commentKind: 'line' };
    }
  }
  while (index < length) {
    while (index < length && isSpace(text[index] as string)) index++;
    if (index >= length) break;
    if (text[index] === '#') {
      return { line, text, tokens, comment: { text: text.slice(index), line, start: index, end: length }, commentKind: 'trailing' };
    }
    const start = index;
    if (text[index] === '"' && dialect !== 'chrony') {
      index++;
      while (index < length && text[index] !== '"') index++;
      if (index < length) index++;
    } else {
      while (index < length && !isSpace(text[index] as string)) {
        if (text[index] === '#' && dialect !== 'chrony') break;
        index++;
      }
    }
    tokens.push({ text: text.slice(start, index), line, start, end: index });
  }
  return { line, text, tokens };
}

/** Parses a whole configuration file. Never throws: every input yields a model. */
export function parseConfig(text: string, dialect: Dialect): ParsedConfig {
  const hasByteOrderMark = text.startsWith(BOM);
  const rawLines = splitLines(text);
  const lines: ConfigLine[] = new Array<ConfigLine>(rawLines.length);
  const directives: ConfigLine[] = [];
  const binaryLines: number[] = [];
  for (let number = 0; number < rawLines.length; number++) {
    let lineText = rawLines[number] as string;
    if (BINARY_CHARACTERS.test(lineText)) binaryLines.push(number);
    // The BOM stays in the document; tokenizing it as blank keeps columns right.
    if (number === 0 && hasByteOrderMark) lineText = ' ' + lineText.slice(1);
    const parsed = tokenizeLine(lineText, number, dialect);
    lines[number] = parsed;
    if (parsed.tokens.length > 0) directives.push(parsed);
  }
  return { dialect, lines, directives, hasByteOrderMark, binaryLines };
}

/** The directive keyword of a line as the daemon compares it (chrony ignores case). */
export function directiveName(line: ConfigLine, dialect: Dialect): string {
  const first = line.tokens[0];
  if (first === undefined) return '';
  return dialect === 'chrony' ? first.text.toLowerCase() : first.text;
}
