import type { CompletionItem, Range } from 'vscode-languageserver-types';

export interface DirectoryEntry {
  readonly name: string;
  readonly isDirectory: boolean;
}

/** Reads a directory on the machine the server runs on; undefined when it cannot. */
type ListDirectory = (absolutePath: string) => readonly DirectoryEntry[] | undefined;

export interface PathCompletionContext {
  /** The directory of the document on disk (absent for unsaved documents: then only absolute paths). */
  readonly documentDirectory?: string;
  readonly listDirectory: ListDirectory;
}

const KIND_FILE = 17;
const KIND_FOLDER = 19;
const MAX_ENTRIES = 500;

function joinPath(directory: string, relative: string): string {
  if (relative.startsWith('/')) return relative;
  return `${directory.replace(/\/+$/, '')}/${relative}`;
}

/**
 * Entries of the directory named by the path typed so far (`/var/lib/ch` lists /var/lib/).
 * Only what the word's directory holds is read: one listing per request.
 */
export function completePath(typed: string, line: number, wordStart: number, context: PathCompletionContext): CompletionItem[] {
  const slash = typed.lastIndexOf('/');
  const directoryPart = slash >= 0 ? typed.slice(0, slash + 1) : '';
  const namePart = typed.slice(slash + 1);
  if (!directoryPart.startsWith('/') && context.documentDirectory === undefined) return [];
  const directory = joinPath(context.documentDirectory ?? '/', directoryPart === '' ? '.' : directoryPart);
  const entries = context.listDirectory(directory);
  if (entries === undefined) return [];
  const replace: Range = { start: { line, character: wordStart + directoryPart.length }, end: { line, character: wordStart + typed.length } };
  const showHidden = namePart.startsWith('.');
  return entries
    .filter((entry) => showHidden || !entry.name.startsWith('.'))
    .slice(0, MAX_ENTRIES)
    .map((entry) => {
      const label = entry.isDirectory ? `${entry.name}/` : entry.name;
      const item: CompletionItem = {
        label,
        kind: entry.isDirectory ? KIND_FOLDER : KIND_FILE,
        sortText: `${entry.isDirectory ? '0' : '1'}${entry.name}`,
        textEdit: { range: replace, newText: label },
      };
      // Opening the list again inside a folder lets the user walk down the tree.
      if (entry.isDirectory) item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
      return item;
    });
}
