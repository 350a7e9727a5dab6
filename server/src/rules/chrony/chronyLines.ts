import type { TextEdit } from 'vscode-languageserver-types';
import { directiveName } from '../../parser/parseConfig';
import type { ConfigLine, ParsedConfig } from '../../parser/types';

const cache = new WeakMap<ParsedConfig, ReadonlyMap<string, readonly ConfigLine[]>>();

/** The directive lines of a chrony config grouped by lower-cased name, built once per parse. */
export function directivesByName(config: ParsedConfig): ReadonlyMap<string, readonly ConfigLine[]> {
  const cached = cache.get(config);
  if (cached) return cached;
  const byName = new Map<string, ConfigLine[]>();
  for (const line of config.directives) {
    const name = directiveName(line, config.dialect);
    const group = byName.get(name);
    if (group) group.push(line);
    else byName.set(name, [line]);
  }
  cache.set(config, byName);
  return byName;
}

export function linesNamed(config: ParsedConfig, name: string): readonly ConfigLine[] {
  return directivesByName(config).get(name) ?? [];
}

/** chronyd applies directives in order, so the last one of a name is the one in effect. */
export function lastLineNamed(config: ParsedConfig, name: string): ConfigLine | undefined {
  const lines = linesNamed(config, name);
  return lines[lines.length - 1];
}

/** `include` and `confdir` pull in files we cannot see: "X is missing" findings would be guesses. */
export function includesOtherFiles(config: ParsedConfig): boolean {
  return linesNamed(config, 'include').length > 0 || linesNamed(config, 'confdir').length > 0;
}

/** Directives that give chronyd a time source (sourcedir files hold server/pool/peer lines). */
const SOURCE_KINDS = ['server', 'pool', 'peer', 'refclock', 'sourcedir'];

/** The first and last lines that configure a time source, if any. */
export function sourceSpan(config: ParsedConfig): { first: ConfigLine; last: ConfigLine } | undefined {
  let first: ConfigLine | undefined;
  let last: ConfigLine | undefined;
  for (const kind of SOURCE_KINDS) {
    for (const line of linesNamed(config, kind)) {
      if (first === undefined || line.line < first.line) first = line;
      if (last === undefined || line.line > last.line) last = line;
    }
  }
  return first && last ? { first, last } : undefined;
}

/** Adds `text` as a new line right after line `after`, at the end of that line. */
export function insertLineAfter(config: ParsedConfig, after: number, text: string): TextEdit {
  const character = config.lines[after]?.text.length ?? 0;
  return { range: { start: { line: after, character }, end: { line: after, character } }, newText: `\n${text}` };
}

/** Adds `text` as the last line of the file, keeping whether the file ends with a newline. */
export function appendLine(config: ParsedConfig, text: string): TextEdit {
  const last = config.lines.length - 1;
  const lastText = config.lines[last]?.text ?? '';
  if (lastText === '' && last > 0) return { range: { start: { line: last, character: 0 }, end: { line: last, character: 0 } }, newText: `${text}\n` };
  return insertLineAfter(config, last, text);
}

/** Removes a whole line with its line break. */
export function deleteLine(config: ParsedConfig, line: number): TextEdit {
  const count = config.lines.length;
  if (line + 1 < count) return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
  const length = config.lines[line]?.text.length ?? 0;
  if (line === 0) return { range: { start: { line, character: 0 }, end: { line, character: length } }, newText: '' };
  const previous = config.lines[line - 1]?.text.length ?? 0;
  return { range: { start: { line: line - 1, character: previous }, end: { line, character: length } }, newText: '' };
}
