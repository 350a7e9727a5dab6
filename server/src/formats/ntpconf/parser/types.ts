import type { Dialect } from '../../../core/dialect';
import type { Token } from '../../../core/token';

export interface ConfigLine {
  readonly line: number;
  readonly text: string;
  /** The directive (tokens[0]) and its arguments; comments excluded. Empty on blank and comment lines. */
  readonly tokens: readonly Token[];
  /** A whole-line comment, or a comment after a directive (`trailing`). */
  readonly comment?: Token;
  readonly commentKind?: 'line' | 'trailing';
}

export interface ParsedConfig {
  readonly dialect: Dialect;
  readonly lines: readonly ConfigLine[];
  /** Only the lines that hold a directive, in order. */
  readonly directives: readonly ConfigLine[];
  readonly hasByteOrderMark: boolean;
  /** Lines that held bytes no text file has (NUL and other C0 controls except tab). */
  readonly binaryLines: readonly number[];
}
