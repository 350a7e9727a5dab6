import type { CompletionItem, Hover } from 'vscode-languageserver-types';
import type { Language } from '../core/localized';
import { startupCompletionAt } from './startup/completion';
import { startupHoverAt } from './startup/hover';
import { w32timeCompletionAt } from './w32time/completion';
import { w32timeHoverAt } from './w32time/hover';
import type { ParsedScript } from '../formats/script/types';

/** Hover on a script's NTP statements; null everywhere else, so other extensions' hovers stand alone. */
export function scriptHoverAt(script: ParsedScript, line: number, character: number, language: Language): Hover | null {
  if (script.kind === 'w32time') return w32timeHoverAt(script, line, character, language);
  if (script.kind === 'unrelated-script') return null;
  return startupHoverAt(script, line, character, language);
}

/** Completion on a script's NTP lines only; nothing on other lines. */
export function scriptCompletionAt(script: ParsedScript, lineText: string, line: number, character: number, language: Language): CompletionItem[] {
  if (script.kind === 'w32time') return w32timeCompletionAt(script, lineText, line, character, language);
  if (script.kind === 'unrelated-script') return [];
  return startupCompletionAt(script, lineText, line, character, language);
}
