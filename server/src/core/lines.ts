/**
 * Splits text into lines the way editors and the LSP count them (LF, CRLF or lone CR): the parsers, the
 * script lexer and the edits of every fix must agree on line numbers, or a fix lands on the wrong line.
 */
export function splitLines(text: string): string[] {
  // Splitting at one character is several times faster than the regular expression, and most files are LF only.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

export type LineBreak = '\n' | '\r\n' | '\r';

/** The text's first line break (LF when it has none): what lines inserted into it should end with. */
export function lineBreakOf(text: string): LineBreak {
  const match = /\r\n|\r|\n/.exec(text);
  return (match?.[0] as LineBreak | undefined) ?? '\n';
}
