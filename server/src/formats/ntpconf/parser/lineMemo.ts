import type { ConfigLine } from './types';

/** Where a line keeps its memos: two cells (context key, value) per LineMemo, made on the first store. */
interface MemoHolder {
  memo?: unknown[];
}

let memoCount = 0;

/**
 * A result computed from one line alone, stored on the line object itself. The incremental parse hands an
 * unchanged line back as the same object, so the result survives edits. A WeakMap would do the same, but
 * costs a hash lookup per line and makes every garbage collection of a 100k-line file walk its entries.
 */
export class LineMemo<T> {
  /** Off in a one-shot process (`ntpconf lint`): no line is seen twice there, so remembering only costs memory. */
  static enabled = true;

  private readonly cell = 2 * memoCount++;

  /** The stored result; `contextKey` names everything besides the line that it was computed from (dialect, version). */
  lookup(line: ConfigLine, contextKey: string): T | undefined {
    const memo = (line as MemoHolder).memo;
    return LineMemo.enabled && memo !== undefined && memo[this.cell] === contextKey ? (memo[this.cell + 1] as T) : undefined;
  }

  store(line: ConfigLine, contextKey: string, value: T): T {
    if (!LineMemo.enabled) return value;
    const holder = line as MemoHolder;
    // Sized once for every memo that exists, so the array never grows.
    const memo = (holder.memo ??= new Array<unknown>(2 * memoCount));
    memo[this.cell] = contextKey;
    memo[this.cell + 1] = value;
    return value;
  }

  get(line: ConfigLine, contextKey: string, compute: (line: ConfigLine) => T): T {
    const found = this.lookup(line, contextKey);
    return found !== undefined ? found : this.store(line, contextKey, compute(line));
  }
}
