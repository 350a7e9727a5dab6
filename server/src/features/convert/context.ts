import type { Range } from 'vscode-languageserver-types';
import { SEVERITY, type SeverityName } from '../../core/finding';
import { localized, type Localized } from '../../core/localized';
import type { Token } from '../../core/token';
import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import type { ConversionNote, ConversionOptions, NoteCode } from './types';

/** The range of a directive's words (its trailing comment excluded). */
export function lineRange(line: ConfigLine): Range {
  const first = line.tokens[0];
  const last = line.tokens[line.tokens.length - 1];
  if (first === undefined || last === undefined) return { start: { line: line.line, character: 0 }, end: { line: line.line, character: line.text.length } };
  return { start: { line: line.line, character: first.start }, end: { line: line.line, character: last.end } };
}

export function tokenRange(token: Token): Range {
  return { start: { line: token.line, character: token.start }, end: { line: token.line, character: token.end } };
}

/** What every mapping area shares while one file is converted: the parse, the options, the notes and what was emitted. */
export class ConversionContext {
  readonly notes: ConversionNote[] = [];
  /** Directive names of the chrony lines emitted so far (the defaults at the end look here). */
  readonly emitted = new Set<string>();

  constructor(
    readonly config: ParsedConfig,
    readonly options: ConversionOptions,
    /** How a note names a line of the text being converted (included files have their own names). */
    readonly lineLabel: (line: number) => Localized = (line) => localized(`line ${line + 1}`, `${line + 1}번 줄`),
  ) {}

  note(where: ConfigLine | Token | Range, code: NoteCode, severity: SeverityName, en: string, ko: string): void {
    const range = 'tokens' in where ? lineRange(where) : 'text' in where ? tokenRange(where) : where;
    this.notes.push({ range, severity: SEVERITY[severity], code, message: localized(en, ko) });
  }

  /** The words of a line after the directive. */
  words(line: ConfigLine): string[] {
    return line.tokens.slice(1).map((t) => t.text);
  }
}
