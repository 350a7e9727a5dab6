import type { Dialect } from '../../server/src/core/dialect';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/core/settings';
import { SYNTAX_CODES } from '../../server/src/rules/syntax/syntax';
import { toDiagnostic, validateText } from '../../server/src/engine/validate';

/** What a user would see for a text, as (line, code) pairs: the shape most tests compare. */
export function codesByLine(text: string, dialect: Dialect, settings: Partial<Settings> = {}): [number, string][] {
  return validateText(text, dialect, { ...DEFAULT_SETTINGS, ...settings }).findings.map((f) => [f.range.start.line, f.code]);
}

export function diagnostics(text: string, dialect: Dialect, settings: Partial<Settings> = {}) {
  return validateText(text, dialect, { ...DEFAULT_SETTINGS, ...settings }).findings.map((f) => toDiagnostic(f, 'en'));
}

/** (line, code) pairs restricted to some codes, so a test of one rule ignores the advice of the others. */
export function codesOnly(codes: readonly string[], text: string, dialect: Dialect, settings: Partial<Settings> = {}): [number, string][] {
  return codesByLine(text, dialect, settings).filter(([, code]) => codes.includes(code));
}

/** Only what the catalog-driven syntax check reports. */
export function syntaxCodesByLine(text: string, dialect: Dialect, settings: Partial<Settings> = {}): [number, string][] {
  return codesOnly(SYNTAX_CODES, text, dialect, settings);
}
