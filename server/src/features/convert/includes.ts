import type { Dialect } from '../../core/dialect';
import { splitLines } from '../../core/lines';
import { directiveName, tokenizeLine } from '../../formats/ntpconf/parser/parseConfig';
import type { IncludeReader } from './types';

/** Where a line of the combined text came from: a line of the input, or a line of an included file. */
type LineOrigin =
  { readonly kind: 'input'; readonly line: number } | { readonly kind: 'included'; readonly file: string; readonly line: number; readonly includeLine: number };

// ntpd stops at this depth too (ntp_config.c MAXINCLUDELEVEL).
const MAX_DEPTH = 5;

/**
 * The input with each readable `includefile` replaced by the file's lines (between two comments), so sources
 * repeated across files merge like those of one file. Unreadable includes stay as they are.
 */
export function inlineIncludes(text: string, dialect: Dialect, read: IncludeReader): { text: string; origins: LineOrigin[] } {
  const lines: string[] = [];
  const origins: LineOrigin[] = [];
  const walk = (fileText: string, file: string | undefined, includeLine: number | undefined, seen: readonly string[]) => {
    splitLines(fileText).forEach((lineText, number) => {
      const origin: LineOrigin =
        file === undefined ? { kind: 'input', line: number } : { kind: 'included', file, line: number, includeLine: includeLine as number };
      const parsed = tokenizeLine(lineText, number, dialect);
      const target = parsed.tokens[1]?.text;
      const included =
        directiveName(parsed, dialect) === 'includefile' && target !== undefined && !seen.includes(target) && seen.length < MAX_DEPTH
          ? read(target)
          : undefined;
      if (included === undefined || target === undefined) {
        lines.push(lineText);
        origins.push(origin);
        return;
      }
      const at = file === undefined ? number : (includeLine as number);
      lines.push(`# ---- ${target} (was: ${lineText.trim()})`);
      origins.push(origin);
      walk(included.replace(/\r?\n$/, ''), target, at, [...seen, target]);
      lines.push(`# ---- end of ${target}`);
      origins.push(origin);
    });
  };
  walk(text, undefined, undefined, []);
  return { text: lines.join('\n'), origins };
}
