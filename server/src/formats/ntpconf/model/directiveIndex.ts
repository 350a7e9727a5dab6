import { dialectTraits } from '../../../core/dialectTraits';
import { directiveName } from '../parser/parseConfig';
import type { Dialect } from '../../../core/dialect';
import type { ConfigLine, ParsedConfig } from '../parser/types';
import type { Range } from 'vscode-languageserver-types';

const byNameCache = new WeakMap<ParsedConfig, ReadonlyMap<string, readonly ConfigLine[]>>();

/** Directive lines with a given keyword (as the daemon compares it), grouped once per parse. */
export function directivesNamed(config: ParsedConfig, name: string): readonly ConfigLine[] {
  let byName = byNameCache.get(config);
  if (byName === undefined) {
    const groups = new Map<string, ConfigLine[]>();
    for (const line of config.directives) {
      const key = directiveName(line, config.dialect);
      const group = groups.get(key);
      if (group) group.push(line);
      else groups.set(key, [line]);
    }
    byName = groups;
    byNameCache.set(config, byName);
  }
  return byName.get(name) ?? [];
}

/**
 * Other files hold part of the configuration: "X is missing" findings would be guesses.
 * chrony's `sourcedir` files only hold sources, so they count only when the question is about sources.
 */
export function includesOtherFiles(config: ParsedConfig, aboutSources = true): boolean {
  const names = includeDirectives(config.dialect).filter((name) => aboutSources || name !== 'sourcedir');
  return names.some((name) => directivesNamed(config, name).length > 0);
}

/** Directives that pull in other files or directories. */
export function includeDirectives(dialect: Dialect): readonly string[] {
  return dialectTraits(dialect).includeDirectives;
}

/** The daemons apply directives in order, so the last one of a name is the one in effect. */
export function lastDirectiveNamed(config: ParsedConfig, name: string): ConfigLine | undefined {
  const lines = directivesNamed(config, name);
  return lines[lines.length - 1];
}

/**
 * Where a finding about the whole file sits ("there is no `makestep`"): on line 1, on its first word (or its
 * comment), so hovering a `server` line further down shows that server's own findings only (issue 15).
 */
export function fileStartRange(config: ParsedConfig): Range {
  const first = config.lines[0];
  const word = first?.tokens[0] ?? first?.comment;
  if (word === undefined) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { start: { line: 0, character: word.start }, end: { line: 0, character: word.end } };
}
