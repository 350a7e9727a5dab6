import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface Snippet {
  readonly prefix: string | string[];
  readonly description: string;
  readonly descriptionKo: string;
  readonly wholeFile: boolean;
  readonly body: string[];
}

export const ROOT = path.resolve(__dirname, '../../..');

export function readSnippets(file: 'chrony' | 'ntp'): Record<string, Snippet> {
  return JSON.parse(readFileSync(path.join(ROOT, 'snippets', `${file}.json`), 'utf8')) as Record<string, Snippet>;
}

/** What VS Code inserts when the user accepts every placeholder's default: `${1:x}` → x, `${1|a,b|}` → a, `$1` → ''. */
export function expandSnippet(body: readonly string[]): string {
  const text = body.join('\n');
  const choices = text.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1');
  let expanded = choices;
  // Repeat for nested placeholders such as ${1:a ${2:b}}.
  for (let previous = ''; previous !== expanded;) {
    previous = expanded;
    expanded = expanded.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return `${expanded
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\\$/g, '$')
    .replace(/\n+$/, '')}\n`;
}
