import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DirectoryEntry } from './features/pathCompletion';
import type { FileEnvironment } from './validation/includes';

const MAX_LINKED_FILE_BYTES = 1024 * 1024;

/** The folder of a document saved on local disk; undefined for unsaved or remote documents. */
export function documentDirectory(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.dirname(fileURLToPath(uri)).split(path.sep).join('/');
  } catch {
    return undefined;
  }
}

/** One directory listing, read only when the user asks for path completion. */
export function listLocalDirectory(directory: string): DirectoryEntry[] | undefined {
  try {
    return readdirSync(directory, { withFileTypes: true }).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  } catch {
    return undefined;
  }
}

/** A small regular local file (a keys file), for go to definition; undefined when unreadable. */
export function readLocalFile(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const file = fileURLToPath(uri);
    const stats = statSync(file);
    if (!stats.isFile() || stats.size > MAX_LINKED_FILE_BYTES) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Local-disk facts for include checks, limited to the given workspace folders; undefined for unsaved documents. */
export function localFileEnvironment(uri: string, workspaceRoots: readonly string[]): FileEnvironment | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let documentPath: string;
  try {
    documentPath = fileURLToPath(uri);
  } catch {
    return undefined;
  }
  return { documentPath, workspaceRoots, exists: (file) => existsSync(file) };
}

export function workspaceRootsOf(folders: readonly { uri: string }[] | null | undefined, rootUri: string | null | undefined): string[] {
  const uris = folders && folders.length > 0 ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
  return uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
}
