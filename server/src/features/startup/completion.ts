import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { pick, type Language } from '../../core/localized';
import type { ParsedStartup } from '../../formats/script/types';
import { NETDAEMONS_VARIABLES } from '../../formats/startup/startupCatalog';

/** At the start of a netdaemons line: the NTP variables, as the guides write them. */
export function startupCompletionAt(script: ParsedStartup, lineText: string, line: number, character: number, language: Language): CompletionItem[] {
  if (script.kind !== 'hpux-netdaemons') return [];
  const typed = /^\s*((?:export\s+)?[A-Za-z_]*)$/.exec(lineText.slice(0, character));
  if (typed === null) return [];
  const partial = typed[1] as string;
  return Object.values(NETDAEMONS_VARIABLES).map((variable) => ({
    label: variable.name,
    kind: CompletionItemKind.Variable,
    detail: variable.example,
    documentation: pick(variable.doc, language),
    filterText: partial.startsWith('export') ? `export ${variable.name}` : variable.name,
    textEdit: { range: { start: { line, character: character - partial.length }, end: { line, character } }, newText: variable.example },
  }));
}
