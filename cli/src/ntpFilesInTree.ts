import type * as ChildProcess from 'node:child_process';
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import * as path from 'node:path';
import { ntpFileKind } from '../../server/src/formats/ntpFileNames';

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.hg', '.svn']);
const HEAD_BYTES = 64 * 1024;

/** The first bytes of a file, for content checks (a .cmd that mentions w32tm); empty when unreadable. */
function head(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Files git would track under `directory` (committed or new, .gitignore honoured); undefined outside a repository. */
function gitFiles(directory: string): string[] | undefined {
  try {
    // Loaded here: only a directory argument asks git, and node:child_process is start-up time for every lint.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { execFileSync } = require('node:child_process') as typeof ChildProcess;
    const out = execFileSync('git', ['-C', directory, 'ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '.'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    return out.split('\0').filter((entry) => entry.length > 0);
  } catch {
    return undefined;
  }
}

function walk(directory: string, relative = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(directory, relative), { withFileTypes: true })) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) found.push(...walk(directory, child));
    else if (entry.isFile()) found.push(child);
  }
  return found;
}

/**
 * The NTP files under `directory`, found by the names, paths and content the editor uses (templates of those
 * names too), in path order. Inside a git repository what .gitignore excludes is left out.
 */
export function ntpFilesInTree(directory: string): string[] {
  const candidates = gitFiles(directory) ?? walk(directory);
  return candidates
    .filter((relative) => ntpFileKind(path.resolve(directory, relative), () => head(path.join(directory, relative))) !== undefined)
    .sort()
    .map((relative) => path.join(directory, relative));
}
