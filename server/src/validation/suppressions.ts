import type { ParsedConfig } from '../parser/types';
import type { Finding } from './finding';

// Whole-line comments only: chrony refuses a comment after a directive.
const DIRECTIVE = /^[#;%!]\s*ntpconf-disable(-next-line)?(?:\s+(.*))?$/;
const ALL = '*';
/** Every suppression comment holds this word. */
export const SUPPRESSION_MARKER = 'ntpconf-disable';

export interface Suppressions {
  readonly file: ReadonlySet<string>;
  /** Line number → codes suppressed on that line. */
  readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
}

function codesOf(list: string | undefined): Set<string> {
  const codes = (list ?? '').split(/[\s,]+/).filter((c) => c.length > 0);
  return new Set(codes.length === 0 ? [ALL] : codes);
}

export const NO_SUPPRESSIONS: Suppressions = { file: new Set(), lines: new Map() };

/** Reads `# ntpconf-disable-next-line code[, code]` and `# ntpconf-disable code` comments. */
export function readSuppressions(config: ParsedConfig): Suppressions {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  for (const line of config.lines) {
    // The text test first: reading `comment` builds a token, and most comments are not suppressions.
    if (line.commentKind !== 'line' || !line.text.includes(SUPPRESSION_MARKER) || line.comment === undefined) continue;
    const match = DIRECTIVE.exec(line.comment.text.trimEnd());
    if (match === null) continue;
    const codes = codesOf(match[2]);
    if (match[1] === undefined) codes.forEach((c) => file.add(c));
    else lines.set(line.line + 1, codes);
  }
  return { file, lines };
}

export function isSuppressed(finding: Finding, suppressions: Suppressions): boolean {
  if (suppressions.file.has(finding.code) || suppressions.file.has(ALL)) return true;
  const codes = suppressions.lines.get(finding.range.start.line);
  return codes !== undefined && (codes.has(finding.code) || codes.has(ALL));
}
