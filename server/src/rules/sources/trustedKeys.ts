import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';

/** ntp_types.h NTP_MAXKEY: the largest key id a keys file can hold in ntpd 4 and NTPsec. */
export const MAX_KEY_ID = 65535;
const RANGE = '...';

/** A number written on a `trustedkey` line, with the token it came from. */
interface KeyWord {
  readonly id: number;
  readonly token: Token;
}

export interface TrustedKeys {
  /** Single ids and the ends of `(first ... last)` ranges, in file order. */
  readonly words: readonly KeyWord[];
  readonly ranges: readonly (readonly [number, number])[];
  readonly lines: readonly ConfigLine[];
  readonly keysFile: ConfigLine | undefined;
  isTrusted(id: number): boolean;
}

const cache = new WeakMap<ParsedConfig, TrustedKeys>();

/** Parses every `trustedkey` line, including ntpd 4.2.8/NTPsec ranges written `(1 ... 5)` (parentheses may touch the numbers). */
export function trustedKeys(config: ParsedConfig): TrustedKeys {
  const cached = cache.get(config);
  if (cached) return cached;
  const words: KeyWord[] = [];
  const ranges: [number, number][] = [];
  const singles = new Set<number>();
  const lines = directivesNamed(config, 'trustedkey');
  for (const line of lines) {
    let rangeStart: number | undefined;
    let inRange = false;
    let opened = false;
    for (const token of line.tokens.slice(1)) {
      const text = token.text.replace(/[()]/g, '');
      if (token.text.startsWith('(')) opened = true;
      if (text === RANGE) {
        inRange = rangeStart !== undefined;
        continue;
      }
      if (!/^\d+$/.test(text)) continue;
      const id = Number(text);
      words.push({ id, token });
      if (inRange && rangeStart !== undefined) {
        ranges.push([rangeStart, id]);
        singles.delete(rangeStart);
        inRange = false;
        rangeStart = undefined;
        continue;
      }
      singles.add(id);
      rangeStart = opened ? id : undefined;
      opened = false;
    }
  }
  const keysFile = directivesNamed(config, 'keys')[0];
  const result: TrustedKeys = {
    words,
    ranges,
    lines,
    keysFile,
    isTrusted: (id) => singles.has(id) || ranges.some(([first, last]) => id >= first && id <= last),
  };
  cache.set(config, result);
  return result;
}
