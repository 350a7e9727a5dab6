import { directiveName } from '../parser/parseConfig';
import type { ConfigLine, ParsedConfig, Token } from '../parser/types';

const SOURCE_DIRECTIVES = new Set(['server', 'pool', 'peer']);
const REFCLOCK_ADDRESS = /^127\.127\.(\d{1,3})\.(\d{1,3})$/;

/** A time source line: `server`, `pool` or `peer` with its address and option words. */
export interface SourceLine {
  readonly line: ConfigLine;
  readonly kind: 'server' | 'pool' | 'peer';
  readonly address: Token | undefined;
  /** Option words after the address, lower-cased for chrony. */
  readonly options: readonly string[];
  /** ntpd reference clocks use pseudo-addresses 127.127.T.U. */
  readonly isRefclock: boolean;
}

export function isRefclockAddress(address: string): boolean {
  return REFCLOCK_ADDRESS.test(address);
}

const cache = new WeakMap<ParsedConfig, readonly SourceLine[]>();

/** The source lines of a config, computed once per parse and shared by every rule. */
export function sourceLines(config: ParsedConfig): readonly SourceLine[] {
  const cached = cache.get(config);
  if (cached) return cached;
  const sources: SourceLine[] = [];
  for (const line of config.directives) {
    const name = directiveName(line, config.dialect);
    if (!SOURCE_DIRECTIVES.has(name)) continue;
    const words = line.tokens.slice(1);
    const addressIndex = words.findIndex((w) => w.text !== '-4' && w.text !== '-6');
    const address = addressIndex >= 0 ? words[addressIndex] : undefined;
    const rest = addressIndex >= 0 ? words.slice(addressIndex + 1) : [];
    sources.push({
      line,
      kind: name as SourceLine['kind'],
      address,
      options: rest.map((w) => (config.dialect === 'chrony' ? w.text.toLowerCase() : w.text)),
      isRefclock: address !== undefined && isRefclockAddress(address.text),
    });
  }
  cache.set(config, sources);
  return sources;
}

/** Where to insert a word at the end of a directive, before any trailing comment. */
export function endOfDirective(line: ConfigLine): { line: number; character: number } {
  const last = line.tokens[line.tokens.length - 1] as Token;
  return { line: line.line, character: last.end };
}
