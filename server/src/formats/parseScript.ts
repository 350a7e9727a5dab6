import type { ScriptKind } from '../core/documentKind';
import { parseStartup } from './startup/parseStartup';
import { parseW32time } from './w32time/parseW32time';
import { splitLines } from './script/lexer';
import type { ParsedScript } from './script/types';

/** Reads a script of the given kind; only its NTP statements become nodes. */
export function parseScript(text: string, kind: ScriptKind): ParsedScript {
  if (kind === 'w32time') return parseW32time(text);
  if (kind === 'hpux-netdaemons' || kind === 'aix-rc-tcpip') return parseStartup(text, kind);
  return { kind, lineCount: splitLines(text).length, comments: [], commentLeader: '#', fileCommentLine: 0 };
}
