import type { DocumentKind } from '../../server/src/core/documentKind';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/core/settings';
import { fixAll } from '../../server/src/engine/fixAll';
import { validateText } from '../../server/src/engine/validate';

/** (line, code) pairs for a script or configuration, sorted like expected.json files. */
export function scriptCodes(text: string, kind: DocumentKind, settings: Partial<Settings> = {}): [number, string][] {
  return validateText(text, kind, { ...DEFAULT_SETTINGS, ...settings })
    .findings.map((f): [number, string] => [f.range.start.line, f.code])
    .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
}

/** The text after every preferred fix, applied in passes as `ntpconf lint --fix` does. */
export function fixedText(text: string, kind: DocumentKind): string {
  return fixAll(text, kind, DEFAULT_SETTINGS).text;
}
