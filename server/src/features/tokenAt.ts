import type { ConfigLine, ParsedConfig } from '../formats/ntpconf/parser/types';
import type { Token } from '../core/token';

interface TokenAtPosition {
  readonly line: ConfigLine;
  readonly token: Token;
  readonly index: number;
}

/** The word under the cursor (a cursor right after a word still counts as on it). */
export function tokenAt(config: ParsedConfig, line: number, character: number): TokenAtPosition | undefined {
  const configLine = config.lines[line];
  if (configLine === undefined) return undefined;
  const index = configLine.tokens.findIndex((t) => t.start <= character && character <= t.end);
  const token = configLine.tokens[index];
  return token === undefined ? undefined : { line: configLine, token, index };
}
