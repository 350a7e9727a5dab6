import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { pick, type Language } from '../../core/localized';
import type { ParsedW32time } from '../../formats/script/types';
import { readW32timeKey } from '../../formats/w32time/parseRegistry';
import { subkeySpec, type RegistrySubkeySpec } from '../../formats/w32time/registryCatalog';
import { switchSpec, VERBS } from '../../formats/w32time/w32tmCatalog';

const W32TM_LINE = /^\s*(?:@|call\s+|&\s*)?(?:\S*[\\/])?w32tm(?:\.exe)?\s(.*)$/i;
const REG_ADD_LINE = /^\s*reg(?:\.exe)?\s+add\s+("[^"]*"|\S+)\s(.*)$/i;

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

function replacing(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

/** `/manualpeerlist:` values and the switches of the operation already typed (or the operations). */
function w32tmItems(args: string, line: number, character: number, language: Language): CompletionItem[] {
  const word = /\S*$/.exec(args)?.[0] ?? '';
  const wordStart = character - word.length;
  const typed =
    args
      .toLowerCase()
      .match(/\/[a-z]+/g)
      ?.map((s) => s.slice(1)) ?? [];
  const verb = typed.find((name) => VERBS[name] !== undefined);
  const withValue = /^\/([a-z]+):(.*)$/i.exec(word);
  if (withValue) {
    const spec = switchSpec((withValue[1] as string).toLowerCase(), verb)?.value;
    if (spec?.values === undefined) return [];
    const partial = spec.list ? ((withValue[2] as string).split(',').at(-1) ?? '') : (withValue[2] as string);
    return Object.entries(spec.values).map(([keyword, doc]) => ({
      label: keyword,
      kind: CompletionItemKind.EnumMember,
      documentation: pick(doc, language),
      textEdit: { range: replacing(line, character - partial.length, character), newText: keyword },
    }));
  }
  if (word !== '' && !word.startsWith('/')) return [];
  const names = verb === undefined ? Object.keys(VERBS) : (VERBS[verb]?.switches ?? []).filter((name) => !typed.includes(name));
  return names.flatMap((name) => {
    const spec = switchSpec(name, verb);
    if (spec === undefined) return [];
    const text = `/${spec.name}${spec.value && !(verb === undefined && spec.valueOptional) ? ':' : ''}`;
    return [
      {
        label: `/${spec.name}`,
        kind: verb === undefined ? CompletionItemKind.Keyword : CompletionItemKind.Property,
        detail: spec.value ? `/${spec.name}:${spec.value.placeholder}` : `/${spec.name}`,
        documentation: pick(spec.doc, language),
        textEdit: { range: replacing(line, wordStart, character), newText: text },
      },
    ];
  });
}

function valueNameItems(spec: RegistrySubkeySpec, range: Range, format: (name: string, dword: boolean) => string, language: Language): CompletionItem[] {
  return Object.values(spec.values)
    .filter((value) => !value.reserved)
    .map((value) => ({
      label: value.name,
      kind: CompletionItemKind.Property,
      detail: `${value.type} · W32Time\\${spec.path}`,
      documentation: pick(value.doc, language),
      textEdit: { range, newText: format(value.name, value.type === 'REG_DWORD') },
    }));
}

/** Value names after `reg add …\W32Time\… /v`, with the `/t` that W32Time needs. */
function regAddItems(key: string, rest: string, line: number, character: number, language: Language): CompletionItem[] {
  const match = /\/v\s+(\S*)$/i.exec(rest);
  if (match === null) return [];
  const path = readW32timeKey({ text: key.replace(/^"|"$/g, ''), line, start: 0, end: key.length });
  const spec = path === undefined ? undefined : subkeySpec(path.segments.map((s) => s.text));
  if (spec === undefined) return [];
  const partial = match[1] as string;
  return valueNameItems(
    spec,
    replacing(line, character - partial.length, character),
    (name, dword) => `${name} /t ${dword ? 'REG_DWORD' : 'REG_SZ'} /d `,
    language,
  );
}

/** Value names on an empty or started `"Name"` line of a W32Time section in a .reg file. */
function regFileItems(script: ParsedW32time, before: string, line: number, character: number, language: Language): CompletionItem[] {
  const typed = /^\s*("?[A-Za-z]*)$/.exec(before);
  if (typed === null) return [];
  const section = [...script.sections].reverse().find((s) => s.token.line < line);
  const spec = section === undefined ? undefined : subkeySpec(section.segments.map((s) => s.text));
  if (spec === undefined) return [];
  const partial = typed[1] as string;
  return valueNameItems(spec, replacing(line, character - partial.length, character), (name, dword) => `"${name}"=${dword ? 'dword:' : '""'}`, language);
}

/** Completion on W32Time lines only: `w32tm` switches and values, registry value names. */
export function w32timeCompletionAt(script: ParsedW32time, lineText: string, line: number, character: number, language: Language): CompletionItem[] {
  const before = lineText.slice(0, character);
  const w32tm = W32TM_LINE.exec(before);
  if (w32tm) return w32tmItems(w32tm[1] as string, line, character, language);
  const regAdd = REG_ADD_LINE.exec(before);
  if (regAdd) return regAddItems(regAdd[1] as string, regAdd[2] as string, line, character, language);
  if (script.sections.length > 0) return regFileItems(script, before, line, character, language);
  return [];
}
