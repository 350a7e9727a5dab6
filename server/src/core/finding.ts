import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { DocumentKind } from './documentKind';
import type { Localized } from './localized';
import type { Token } from './token';

/** The Problems panel cuts a row at about 90 characters and the hover scrolls past a few lines: a headline fits both. */
export const MAX_HEADLINE = 100;

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

/** Another place in the same document that is part of one finding (LSP relatedInformation, SARIF relatedLocations). */
export interface RelatedLocation {
  readonly range: Range;
  readonly message: Localized;
}

/** One problem found in a document, before localization and severity overrides. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly range: Range;
  /** One headline, at most MAX_HEADLINE characters: the problem and the action. */
  readonly message: Localized;
  /** Why, numbers and history (markdown): shown in the hover of the finding, never in the Problems panel. */
  readonly detail?: Localized;
  readonly fixes?: readonly Fix[];
  /** Unused or deprecated code, shown faded by editors. */
  readonly tags?: readonly (1 | 2)[];
  /** Other lines with the same cause: one finding for all of them, shown on the first. */
  readonly related?: readonly RelatedLocation[];
}

/** What a finding code declares: rules, the syntax check and the include check alike. Docs, settings and the meta-test read it. */
export interface CodeMeta {
  /** Stable slug, also the docs page name: docs/rules/<code>.md. */
  readonly code: string;
  /** The default severity: what a finding gets unless it names another of `severities`. */
  readonly severity: SeverityName;
  /** Every severity the check reports, for checks that honestly report more than one; includes `severity`. */
  readonly severities?: readonly SeverityName[];
  /** The dialects, or the script kinds (documentKind.ts), the code is reported for. */
  readonly dialects: readonly DocumentKind[];
  readonly fixable: boolean;
  /** One line for settings and docs. */
  readonly description: Localized;
  /** Notes for the generated header of the English docs page, where the bare facts need a word more. */
  readonly docs?: {
    /** When each severity applies, e.g. "error (stratum 0 or 1), warning (below 10)". */
    readonly severity?: string;
    /** Shown in parentheses after the dialects. */
    readonly dialects?: string;
    /** What the quick fix does. */
    readonly fix?: string;
  };
}

/** Whether both languages of a message fit in one headline. */
export function fitsHeadline(message: Localized): boolean {
  return [...message.en].length <= MAX_HEADLINE && [...message.ko].length <= MAX_HEADLINE;
}

export function allowedSeverities(meta: Pick<CodeMeta, 'severity' | 'severities'>): readonly SeverityName[] {
  return meta.severities ?? [meta.severity];
}

/** The parts of a finding its check decides; the code and the default severity come from the metadata. */
interface FindingDetails {
  /** One of the code's declared `severities`, when not the default. */
  readonly severity?: SeverityName;
  readonly detail?: Localized;
  readonly fixes?: readonly Fix[];
  readonly tags?: readonly (1 | 2)[];
  readonly related?: readonly RelatedLocation[];
}

/** A finding of `meta`'s code, so no check can report a code or severity its metadata does not declare. */
export function findingFor(meta: Pick<CodeMeta, 'code' | 'severity'>, range: Range, message: Localized, details: FindingDetails = {}): Finding {
  const { severity, ...rest } = details;
  return { code: meta.code, severity: SEVERITY[severity ?? meta.severity], range, message, ...rest };
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
