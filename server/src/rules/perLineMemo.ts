import { LineMemo } from '../formats/ntpconf/parser/lineMemo';
import type { ConfigLine } from '../formats/ntpconf/parser/types';
import type { Finding } from '../core/finding';

const NONE: readonly Finding[] = Object.freeze([]);

/**
 * Remembers a line-local check's findings per line. The incremental parse reuses unchanged lines, so after an
 * edit of a 100k-line file only the edited lines are checked again.
 */
export class PerLineMemo {
  private readonly memo = new LineMemo<readonly Finding[]>();

  /** `contextKey` names everything besides the line that the check reads (dialect, version, profile). */
  findings<S extends { readonly line: ConfigLine }>(contextKey: string, subject: S, check: (subject: S) => Finding | undefined): readonly Finding[] {
    const found = this.memo.lookup(subject.line, contextKey);
    if (found !== undefined) return found;
    const finding = check(subject);
    return this.memo.store(subject.line, contextKey, finding === undefined ? NONE : [finding]);
  }
}
