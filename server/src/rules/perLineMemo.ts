import type { ConfigLine } from '../parser/types';
import type { Finding } from '../validation/finding';

const NONE: readonly Finding[] = Object.freeze([]);

/**
 * Remembers a line-local check's findings per line. The incremental parse reuses unchanged lines, so after an
 * edit of a 100k-line file only the edited lines are checked again.
 */
export class PerLineMemo {
  private cache = new WeakMap<ConfigLine, readonly Finding[]>();
  private contextKey = '';

  /** `contextKey` names everything besides the line that the check reads (dialect, version, profile). */
  findings(contextKey: string, line: ConfigLine, check: () => Finding | undefined): readonly Finding[] {
    if (contextKey !== this.contextKey) {
      this.cache = new WeakMap();
      this.contextKey = contextKey;
    }
    let found = this.cache.get(line);
    if (found === undefined) {
      const finding = check();
      found = finding === undefined ? NONE : [finding];
      this.cache.set(line, found);
    }
    return found;
  }
}
