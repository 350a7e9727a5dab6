import { dialectTraits } from '../../../core/dialectTraits';
import { splitLines } from '../../../core/lines';
import type { Dialect } from '../../../core/dialect';
import type { ConfigLine, ParsedConfig } from './types';
import type { Token } from '../../../core/token';

// `#`, `;`, `%` and `!` start a chrony comment line.
// Control characters a text config never holds; tab, CR and LF are handled by the splitter.
const BINARY_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const BOM = '\ufeff';

export { splitLines };

const SPACE = 32;
const TAB = 9;
const VERTICAL_TAB = 11;
const FORM_FEED = 12;
const HASH = 35;
const QUOTE = 34;

function isSpaceCode(code: number): boolean {
  return code === SPACE || code === TAB || code === FORM_FEED || code === VERTICAL_TAB;
}

/**
 * Tokenizes one line. chrony only knows whole-line comments (`#`, `;`, `%`, `!` as the first
 * non-blank character); a later `#` is kept as a trailing comment so the validator can flag it.
 * The ntpd family ends a line at any `#` outside double quotes.
 */
// Short words are copied by V8 anyway; the same few (`server`, `iburst`, `minpoll`, small numbers) repeat on
// most lines of a large file, so they share one string each. Bounded so unique words cannot grow it forever.
const INTERNED_MAX_LENGTH = 12;
const INTERNED_MAX_ENTRIES = 4096;
const interned = new Map<string, string>();

function intern(word: string): string {
  if (word.length > INTERNED_MAX_LENGTH) return word;
  const shared = interned.get(word);
  if (shared !== undefined) return shared;
  if (interned.size < INTERNED_MAX_ENTRIES) interned.set(word, word);
  return word;
}

// Blank and comment lines (half of a typical file) share one empty word list.
const NO_TOKENS: readonly Token[] = Object.freeze([]);

/** A line with a comment; the comment's token is made only when asked for (most never are). */
class CommentedLine implements ConfigLine {
  constructor(
    readonly line: number,
    readonly text: string,
    readonly tokens: readonly Token[],
    private readonly commentStart: number,
    readonly commentKind: 'line' | 'trailing',
  ) {}

  get comment(): Token {
    const start = this.commentStart;
    return { text: start === 0 ? this.text : this.text.slice(start), line: this.line, start, end: this.text.length };
  }
}

// Words are gathered here and copied out at their exact count: a pushed-to array keeps room for 17.
const scratch: Token[] = [];

function wordsOf(count: number): readonly Token[] {
  if (count === 0) return NO_TOKENS;
  const words = scratch.slice(0, count);
  scratch.length = 0;
  return words;
}

function isCommentStart(code: number, dialect: Dialect): boolean {
  return code === HASH || dialectTraits(dialect).commentStarters.includes(String.fromCharCode(code));
}

export function tokenizeLine(text: string, line: number, dialect: Dialect): ConfigLine {
  const length = text.length;
  let index = 0;
  while (index < length && isSpaceCode(text.charCodeAt(index))) index++;
  if (index < length && isCommentStart(text.charCodeAt(index), dialect)) return new CommentedLine(line, text, NO_TOKENS, index, 'line');
  const tokens = scratch;
  tokens.length = 0;
  const quotesAllowed = dialectTraits(dialect).quotedWords;
  while (index < length) {
    while (index < length && isSpaceCode(text.charCodeAt(index))) index++;
    if (index >= length) break;
    const code = text.charCodeAt(index);
    if (code === HASH) return new CommentedLine(line, text, wordsOf(tokens.length), index, 'trailing');
    const start = index;
    if (code === QUOTE && quotesAllowed) {
      index++;
      while (index < length && text.charCodeAt(index) !== QUOTE) index++;
      if (index < length) index++;
    } else {
      for (; index < length; index++) {
        const c = text.charCodeAt(index);
        if (isSpaceCode(c) || (c === HASH && quotesAllowed)) break;
      }
    }
    tokens.push({ text: intern(text.slice(start, index)), line, start, end: index });
  }
  return { line, text, tokens: wordsOf(tokens.length) };
}

/**
 * A copy of a line that does not point into the whole document: reused lines outlive their version,
 * and a slice would keep every old version of a large file alive.
 */
function detached(line: string): string {
  return line.length < 13 ? line : line.split('').join('');
}

/**
 * Parses a whole configuration file. Never throws: every input yields a model.
 * With the previous parse of the same document, unchanged lines at the same place are reused, so an edit
 * re-tokenizes only what changed (and later stages can cache per line).
 */
export function parseConfig(text: string, dialect: Dialect, previous?: ParsedConfig): ParsedConfig {
  const hasByteOrderMark = text.startsWith(BOM);
  // A first parse scans the whole text once and tests lines only if a control character is there at all.
  const cleanText = previous === undefined && !BINARY_CHARACTERS.test(text);
  const previousBinary = previous !== undefined && previous.binaryLines.length > 0 ? new Set(previous.binaryLines) : undefined;
  const rawLines = splitLines(text);
  const reusable = previous !== undefined && previous.dialect === dialect ? previous.lines : [];
  const lines: ConfigLine[] = new Array<ConfigLine>(rawLines.length);
  const directives: ConfigLine[] = [];
  const binaryLines: number[] = [];
  for (let number = 0; number < rawLines.length; number++) {
    let lineText = rawLines[number] as string;
    // The BOM stays in the document; tokenizing it as blank keeps columns right.
    if (number === 0 && hasByteOrderMark) lineText = ' ' + lineText.slice(1);
    const old = reusable[number];
    const reused = old !== undefined && old.text === lineText;
    const parsed = reused ? old : tokenizeLine(previous === undefined ? lineText : detached(lineText), number, dialect);
    // A reused line is the same text at the same place: it holds control characters exactly when it did before.
    const binary = reused ? previousBinary?.has(number) === true : !cleanText && BINARY_CHARACTERS.test(lineText);
    if (binary) binaryLines.push(number);
    lines[number] = parsed;
    if (parsed.tokens.length > 0) directives.push(parsed);
  }
  return { dialect, lines, directives, hasByteOrderMark, binaryLines };
}

/** The directive keyword of a line as the daemon compares it (chrony ignores case). */
export function directiveName(line: ConfigLine, dialect: Dialect): string {
  const first = line.tokens[0];
  if (first === undefined) return '';
  return dialectTraits(dialect).caseInsensitiveKeywords ? first.text.toLowerCase() : first.text;
}
