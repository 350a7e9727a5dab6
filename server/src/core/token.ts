/** A word on a line; `start`/`end` are UTF-16 columns on `line` (0-based), like LSP positions. */
export interface Token {
  readonly text: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}
