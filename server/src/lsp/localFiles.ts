import { existsSync, readdirSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isKernelPath, readRegularFile } from '../core/boundedRead';
import type { DirectoryEntry } from '../features/pathCompletion';
import type { FileEnvironment } from '../core/fileEnvironment';

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

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The real path of `absolute`, following symlinks as far as the path exists (a file not yet created keeps its tail). */
function realPathOf(absolute: string): string {
  const missing: string[] = [];
  let current = path.resolve(absolute);
  for (;;) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(absolute);
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

function isInside(candidate: string, roots: readonly string[]): boolean {
  return roots.some((root) => {
    const relative = path.relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  });
}

/**
 * What the language server may read on local disk, judged on real paths after symlinks:
 * in a trusted workspace anything but kernel and device files; in an untrusted one only the workspace folders.
 */
export class DiskAccess {
  private realRoots: string[];

  constructor(
    readonly workspaceRoots: readonly string[],
    private trusted: boolean,
  ) {
    this.realRoots = workspaceRoots.map(realPathOf);
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
  }

  /** The real path when reading `absolute` is allowed; undefined when it is not. Listing /dev is harmless, opening it is not. */
  allowedRealPath(absolute: string, purpose: 'read' | 'list' = 'read'): string | undefined {
    const real = realPathOf(absolute);
    if (purpose === 'read' && isKernelPath(real)) return undefined;
    if (!this.trusted && !isInside(real, this.realRoots)) return undefined;
    return real;
  }

  /** A small regular file (a keys file), for go to definition; undefined when unreadable or not allowed. */
  readFile(uri: string): string | undefined {
    const file = filePathOf(uri);
    const real = file === undefined ? undefined : this.allowedRealPath(file);
    if (real === undefined) return undefined;
    try {
      return readRegularFile(real, MAX_LINKED_FILE_BYTES).toString('utf8');
    } catch {
      return undefined;
    }
  }

  /** A file a document names (`includefile`), absolute or relative to the document's folder; the same rules as readFile. */
  readNamedBy(documentUri: string, file: string): string | undefined {
    const directory = documentDirectory(documentUri);
    if (directory === undefined && !path.isAbsolute(file)) return undefined;
    return this.readFile(pathToFileURL(path.resolve(directory ?? '/', file)).href);
  }

  /** One directory listing, read only when the user asks for path completion. */
  listDirectory(directory: string): DirectoryEntry[] | undefined {
    const real = this.allowedRealPath(directory, 'list');
    if (real === undefined) return undefined;
    try {
      return readdirSync(real, { withFileTypes: true }).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
    } catch {
      return undefined;
    }
  }

  /** A document link may point there: an allowed regular path, never a device or kernel file. */
  allowsLink(uri: string): boolean {
    const file = filePathOf(uri);
    return file !== undefined && this.allowedRealPath(file) !== undefined;
  }

  /** Local-disk facts for include checks, limited to the workspace folders; undefined for unsaved documents. */
  fileEnvironment(uri: string): FileEnvironment | undefined {
    const documentPath = filePathOf(uri);
    if (documentPath === undefined) return undefined;
    // A target we may not look at is not called missing: we cannot know.
    const exists = (file: string): boolean => {
      const real = this.allowedRealPath(file, 'list');
      return real === undefined || !isInside(real, this.realRoots) || existsSync(real);
    };
    // Included files and start-up files are read only inside the workspace, whatever the trust.
    const inWorkspace = (file: string): string | undefined => {
      const real = this.allowedRealPath(file);
      return real !== undefined && isInside(real, this.realRoots) ? real : undefined;
    };
    const readText = (file: string): string | undefined => {
      const real = inWorkspace(file);
      if (real === undefined) return undefined;
      try {
        return readRegularFile(real, MAX_LINKED_FILE_BYTES).toString('utf8');
      } catch {
        return undefined;
      }
    };
    const listNames = (directory: string): string[] | undefined => {
      const real = inWorkspace(directory);
      if (real === undefined) return undefined;
      try {
        return readdirSync(real);
      } catch {
        return undefined;
      }
    };
    return { documentPath, workspaceRoots: this.workspaceRoots, exists, readText, listNames };
  }
}

export function workspaceRootsOf(folders: readonly { uri: string }[] | null | undefined, rootUri: string | null | undefined): string[] {
  const uris = folders && folders.length > 0 ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
  return uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
}
