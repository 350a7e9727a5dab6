import { splitLines } from '../../core/lines';
import type { Token } from '../../core/token';
import type { LookalikeCharacter } from './types';

/** Quotes as pasted from word processors and web pages; they group words like ASCII quotes do for the reader. */
const DOUBLE_QUOTES = '"“”„‟″';
const SINGLE_QUOTES = "'‘’‚‛′";
const LOOKALIKE_REPLACEMENTS: Readonly<Record<string, string>> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
};

// Code sets: these checks run on every character of large scripts.
const DOUBLE_CODES = new Set([...DOUBLE_QUOTES].map((c) => c.charCodeAt(0)));
const SINGLE_CODES = new Set([...SINGLE_QUOTES].map((c) => c.charCodeAt(0)));

export function isQuote(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code === 0x22 || code === 0x27 || (code > 0x7f && (DOUBLE_CODES.has(code) || SINGLE_CODES.has(code)));
}

function closes(open: string, ch: string): boolean {
  return (DOUBLE_CODES.has(open.charCodeAt(0)) ? DOUBLE_CODES : SINGLE_CODES).has(ch.charCodeAt(0));
}

/** Blanks that separate words: space, tab, the line break characters. */
export function isBlank(ch: string | undefined): boolean {
  const code = ch === undefined ? 0 : ch.charCodeAt(0);
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0xfeff;
}

// Scripts are split like configuration files and the LSP document: at LF, CRLF and a lone CR.
export { splitLines };

export function token(text: string, line: number, start: number): Token {
  return { text, line, start, end: start + text.length };
}

/** A sub-range of a token, by columns relative to its start. */
export function slice(tok: Token, from: number, to = tok.text.length): Token {
  return { text: tok.text.slice(from, to), line: tok.line, start: tok.start + from, end: tok.start + to };
}

/**
 * Blank-separated words of `text[from, to)`; quotes (ASCII or typographic) group blanks into one word and stay in
 * the word's text, so `/manualpeerlist:"a b"` is one word.
 */
export function words(text: string, line: number, from = 0, to = text.length): Token[] {
  const result: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isBlank(text[i])) i++;
    if (i >= to) break;
    const start = i;
    let open: string | undefined;
    while (i < to) {
      const ch = text[i] as string;
      if (open !== undefined) {
        if (closes(open, ch)) open = undefined;
      } else if (isQuote(ch)) open = ch;
      else if (isBlank(ch)) break;
      i++;
    }
    result.push(token(text.slice(start, i), line, start));
  }
  return result;
}

/** The word without surrounding quotes; `quoted` says whether there were any. */
export function unquote(word: Token): { readonly token: Token; readonly quoted: boolean } {
  const first = word.text[0];
  if (!isQuote(first) || word.text.length < 2) return { token: word, quoted: false };
  const last = word.text[word.text.length - 1] as string;
  const end = closes(first as string, last) ? word.text.length - 1 : word.text.length;
  return { token: slice(word, 1, end), quoted: true };
}

/**
 * Where commands on one line start and end: `&`, `&&`, `||`, `|` (cmd and PowerShell) and `; ` (PowerShell)
 * outside quotes. `2>&1` is a redirection, not a separator.
 */
export function commandRanges(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  let open: string | undefined;
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (open !== undefined) {
      if (closes(open, ch)) open = undefined;
      continue;
    }
    if (isQuote(ch)) {
      open = ch;
      continue;
    }
    const separator = ch === '|' || (ch === '&' && text[i - 1] !== '>' && text[i - 1] !== '<') || (ch === ';' && (i + 1 >= to || isBlank(text[i + 1])));
    if (!separator) continue;
    ranges.push([start, i]);
    if ((ch === '&' || ch === '|') && text[i + 1] === ch) i++;
    start = i + 1;
  }
  ranges.push([start, to]);
  return ranges;
}

/** Redirections end a command's arguments: `>nul`, `2>&1`, `> log.txt`. */
export function isRedirection(word: Token): boolean {
  return /^\d?[<>]/.test(word.text);
}

/** Typographic quotes anywhere in the range, and `×` written for the `x` of `0x…`. */
export function lookalikes(text: string, line: number, from: number, to: number): LookalikeCharacter[] {
  const found: LookalikeCharacter[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch.charCodeAt(0) < 0x80) continue;
    const replacement = LOOKALIKE_REPLACEMENTS[ch] ?? (ch === '×' && text[i - 1] === '0' && /[0-9a-f]/i.test(text[i + 1] ?? '') ? 'x' : undefined);
    if (replacement !== undefined) found.push({ token: token(ch, line, i), replacement });
  }
  return found;
}

/** The text with look-alike characters replaced, so the checks read what the writer meant. */
export function normalizeLookalikes(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u2018\u2019\u201a\u201b\u2032]/g, (ch) => LOOKALIKE_REPLACEMENTS[ch] ?? ch)
    .replace(/0\u00d7(?=[0-9a-f])/gi, '0x');
}

/** `%NTP%`, `!NTP!` (batch) or `$ntp` (PowerShell): the value is only known when the script runs. */
export function hasVariable(text: string): boolean {
  return /%[^%\s]+%|![A-Za-z_]\w*!|\$[A-Za-z_{(]/.test(text);
}
