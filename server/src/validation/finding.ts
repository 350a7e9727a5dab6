import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Localized } from '../l10n/localized';
import type { Token } from '../parser/types';

/** LSP severities: 1 error, 2 warning, 3 information, 4 hint. */
export type Severity = 1 | 2 | 3 | 4;
export const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const satisfies Record<string, Severity>;
export type SeverityName = keyof typeof SEVERITY;

/** An edit that repairs one finding; `preferred` fixes are what fix-all and `lint --fix` apply. */
export interface Fix {
  readonly title: Localized;
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
}

/** One problem found in a document, before localization and severity overrides. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly range: Range;
  readonly message: Localized;
  readonly fixes?: readonly Fix[];
  /** Unused or deprecated code, shown faded by editors. */
  readonly tags?: readonly (1 | 2)[];
}

export function tokenRange(token: Token): Range {
  return { start: { line: token.line, character: token.start }, end: { line: token.line, character: token.end } };
}

/** From the start of the first token to the end of the last. */
export function spanRange(first: Token, last: Token): Range {
  return { start: { line: first.line, character: first.start }, end: { line: last.line, character: last.end } };
}

export function lineRange(line: number, length: number): Range {
  return { start: { line, character: 0 }, end: { line, character: length } };
}
