import type { ConfigLine } from './types';

type MemoHolder = Record<symbol, unknown>;

/**
 * A result computed from one line alone, stored on the line object itself. The incremental parse hands an
 * unchanged line back as the same object, so the result survives edits. A WeakMap would do the same, but
 * costs a hash lookup per line and makes every garbage collection of a 100k-line file walk its entries.
 */
export class LineMemo<T> {
  private readonly valueSlot: symbol;
  private readonly keySlot: symbol;

  constructor(name: string) {
    this.valueSlot = Symbol(name);
    this.keySlot = Symbol(`${name} context`);
  }

  /** The stored result; `contextKey` names everything besides the line that it was computed from (dialect, version). */
  lookup(line: ConfigLine, contextKey: string): T | undefined {
    const holder = line as unknown as MemoHolder;
    return holder[this.keySlot] === contextKey ? (holder[this.valueSlot] as T) : undefined;
  }

  store(line: ConfigLine, contextKey: string, value: T): T {
    const holder = line as unknown as MemoHolder;
    holder[this.keySlot] = contextKey;
    holder[this.valueSlot] = value;
    return value;
  }

  get(line: ConfigLine, contextKey: string, compute: (line: ConfigLine) => T): T {
    const holder = line as unknown as MemoHolder;
    if (holder[this.keySlot] === contextKey) return holder[this.valueSlot] as T;
    return this.store(line, contextKey, compute(line));
  }
}
