import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';

/** Directives that give chronyd a time source (sourcedir files hold server/pool/peer lines). */
const SOURCE_KINDS = ['server', 'pool', 'peer', 'refclock', 'sourcedir'];

/** The first and last lines that configure a time source, if any. */
export function sourceSpan(config: ParsedConfig): { first: ConfigLine; last: ConfigLine } | undefined {
  let first: ConfigLine | undefined;
  let last: ConfigLine | undefined;
  for (const kind of SOURCE_KINDS) {
    for (const line of directivesNamed(config, kind)) {
      if (first === undefined || line.line < first.line) first = line;
      if (last === undefined || line.line > last.line) last = line;
    }
  }
  return first && last ? { first, last } : undefined;
}
