import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** ssh_config allows `Keyword value` and `Keyword=value`; values may be quoted. */
function keywordAndValues(line: string): { keyword: string; values: string[] } | null {
  const text = line.trim();
  if (text === '' || text.startsWith('#')) return null;
  const match = /^(\S+?)(?:\s*=\s*|\s+)(.*)$/.exec(text);
  if (match === null) return null;
  const values = [...match[2]!.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  return { keyword: match[1]!.toLowerCase(), values };
}

/** A `Host` word that names one host: no wildcard, no negation. */
function isConcreteHost(word: string): boolean {
  return word !== '' && !/[*?!]/.test(word);
}

/** The concrete names on `Host` lines and the `Include` arguments, in file order. */
export function parseSshConfig(text: string): { hosts: string[]; includes: string[] } {
  const hosts: string[] = [];
  const includes: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const entry = keywordAndValues(line);
    if (entry === null) continue;
    if (entry.keyword === 'host') hosts.push(...entry.values.filter(isConcreteHost));
    else if (entry.keyword === 'include') includes.push(...entry.values);
  }
  return { hosts, includes };
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
}

/** Files an Include names: `~` is the home, relative paths are under ~/.ssh, wildcards in the file name only. */
function includedFiles(pattern: string, home: string): string[] {
  const expanded = pattern.startsWith('~/') ? path.join(home, pattern.slice(2)) : path.isAbsolute(pattern) ? pattern : path.join(home, '.ssh', pattern);
  const dir = path.dirname(expanded);
  const base = path.basename(expanded);
  if (!/[*?]/.test(base)) return [expanded];
  try {
    const matcher = globToRegExp(base);
    return readdirSync(dir)
      .filter((name) => matcher.test(name))
      .sort()
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}

const MAX_INCLUDE_DEPTH = 8;

/** Host aliases of the user's `~/.ssh/config` and the files it includes; missing or unreadable files give none. */
export function readSshConfigHosts(home: string, file = path.join(home, '.ssh', 'config'), depth = 0, seen = new Set<string>()): string[] {
  if (depth > MAX_INCLUDE_DEPTH || seen.has(file)) return [];
  seen.add(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const { hosts, includes } = parseSshConfig(text);
  const found = [...hosts];
  for (const pattern of includes) for (const included of includedFiles(pattern, home)) found.push(...readSshConfigHosts(home, included, depth + 1, seen));
  return [...new Set(found)];
}
