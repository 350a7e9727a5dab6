import type { CompletionItem } from 'vscode-languageserver-types';
import { catalogFor, availableIn, lookupDirective, optionAppliesTo } from '../catalog';
import type { Dialect } from '../dialect';
import { pick, type Language } from '../l10n/localized';
import { tokenizeLine } from '../parser/parseConfig';

// LSP CompletionItemKind values.
const KIND_KEYWORD = 14;
const KIND_PROPERTY = 10;
const KIND_ENUM_MEMBER = 20;

/** Directives at the start of a line, options and values after them; no option offered twice. */
export function completeAt(lineText: string, character: number, dialect: Dialect, chronyVersion: string, language: Language): CompletionItem[] {
  const before = tokenizeLine(lineText.slice(0, character), 0, dialect);
  if (before.comment !== undefined) return [];
  const typingWord = character > 0 && !/\s/.test(lineText[character - 1] ?? ' ');
  const complete = typingWord ? before.tokens.slice(0, -1) : before.tokens;
  if (complete.length === 0) {
    return [...catalogFor(dialect).directives.values()]
      .filter((spec) => availableIn(spec.since, dialect, chronyVersion) && spec.obsolete === undefined)
      .map((spec) => ({ label: spec.name, kind: KIND_KEYWORD, detail: spec.category, documentation: { kind: 'markdown', value: pick(spec.doc, language) } }));
  }
  const spec = lookupDirective(dialect, (complete[0] as { text: string }).text);
  if (spec === undefined) return [];
  const previous = complete[complete.length - 1];
  const pendingOption = previous && complete.length > 1 ? spec.options?.find((o) => o.name === previous.text && optionAppliesTo(o, dialect)) : undefined;
  if (pendingOption?.value?.kind === 'enum') {
    return pendingOption.value.values.map((v) => ({ label: v, kind: KIND_ENUM_MEMBER }));
  }
  if (pendingOption?.value !== undefined) return [];
  const used = new Set(complete.map((t) => t.text));
  const items: CompletionItem[] = [];
  for (const option of spec.options ?? []) {
    if (used.has(option.name) || !optionAppliesTo(option, dialect) || !availableIn(option.since, dialect, chronyVersion)) continue;
    items.push({ label: option.name, kind: KIND_PROPERTY, detail: option.default, documentation: { kind: 'markdown', value: pick(option.doc, language) } });
  }
  for (const argument of spec.args) {
    if (argument.type.kind !== 'enum') continue;
    for (const value of argument.type.values) {
      if (used.has(value)) continue;
      const doc = argument.type.docs?.[value];
      items.push({ label: value, kind: KIND_ENUM_MEMBER, documentation: doc ? { kind: 'markdown', value: pick(doc, language) } : undefined });
    }
  }
  return items;
}
