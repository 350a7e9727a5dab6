import { dialectTraits } from '../core/dialectTraits';
import type { CompletionItem } from 'vscode-languageserver-types';
import { availableIn, catalogFor, optionAppliesTo } from '../formats/ntpconf/catalog';
import { NTP_VALUE_DIALECTS } from '../formats/ntpconf/catalog/ntp';
import type { DirectiveSpec, OptionSpec, ValueType } from '../formats/ntpconf/catalog/types';
import type { Dialect } from '../core/dialect';
import { pick, type Language, type Localized } from '../core/localized';
import { tokenizeLine } from '../formats/ntpconf/parser/parseConfig';
import type { Token } from '../core/token';
import { CATEGORY_LABELS } from './categories';
import { bindWords } from '../formats/ntpconf/model/bindLine';
import { completePath, type PathCompletionContext } from './pathCompletion';

// LSP CompletionItemKind values.
const KIND_KEYWORD = 14;
const KIND_PROPERTY = 10;
const KIND_ENUM_MEMBER = 20;

interface CompletionRequest {
  readonly lineText: string;
  readonly line: number;
  readonly character: number;
  readonly dialect: Dialect;
  readonly chronyVersion: string;
  readonly language: Language;
  /** Given only for documents on local disk; without it no path is offered. */
  readonly paths?: PathCompletionContext;
}

function markdown(doc: Localized | undefined, language: Language, link?: string): CompletionItem['documentation'] {
  if (doc === undefined) return undefined;
  return { kind: 'markdown', value: link ? `${pick(doc, language)}\n\n[${language === 'ko' ? '문서' : 'Documentation'}](${link})` : pick(doc, language) };
}

function directiveItems(request: CompletionRequest): CompletionItem[] {
  const { dialect, chronyVersion, language } = request;
  return [...catalogFor(dialect).directives.values()]
    .filter((spec) => availableIn(spec.since, dialect, chronyVersion) && spec.obsolete === undefined)
    .map((spec) => ({
      label: spec.name,
      kind: KIND_KEYWORD,
      // A short label; the documentation pane below holds the explanation.
      detail: `${language === 'ko' ? '지시어' : 'directive'} · ${pick(CATEGORY_LABELS[spec.category], language)}`,
      labelDetails: { description: pick(CATEGORY_LABELS[spec.category], language) },
      documentation: markdown(spec.doc, language, spec.docUrl),
    }));
}

function enumItems(type: ValueType | undefined, used: ReadonlySet<string>, request: CompletionRequest, directive: string): CompletionItem[] {
  if (type?.kind !== 'enum') return [];
  const { dialect, language } = request;
  const caseFold = dialectTraits(dialect).caseInsensitiveKeywords;
  // Some ntpd-family values exist only in some dialects (`enable mode7` is not NTPsec).
  const onlyIn = dialect === 'chrony' ? undefined : NTP_VALUE_DIALECTS[directive];
  return type.values
    .filter((value) => !used.has(caseFold ? value.toLowerCase() : value))
    .filter((value) => onlyIn?.[value]?.includes(dialect) ?? true)
    .map((value) => ({ label: value, kind: KIND_ENUM_MEMBER, documentation: markdown(type.docs?.[value], language) }));
}

function optionItems(spec: DirectiveSpec, used: ReadonlySet<string>, request: CompletionRequest): CompletionItem[] {
  const { dialect, chronyVersion, language } = request;
  const fold = dialectTraits(dialect).caseInsensitiveKeywords;
  const items: CompletionItem[] = [];
  for (const option of spec.options ?? []) {
    if (used.has(fold ? option.name.toLowerCase() : option.name) || !optionAppliesTo(option, dialect) || !availableIn(option.since, dialect, chronyVersion))
      continue;
    items.push({ label: option.name, kind: KIND_PROPERTY, detail: optionDetail(option, language), documentation: markdown(option.doc, language) });
  }
  return items;
}

function optionDetail(option: OptionSpec, language: Language): string | undefined {
  if (option.default === undefined) return undefined;
  return `${language === 'ko' ? '기본값' : 'default'}: ${option.default}`;
}

function valueItems(type: ValueType, typed: Token | undefined, used: ReadonlySet<string>, request: CompletionRequest, directive: string): CompletionItem[] {
  if (type.kind === 'path') {
    if (request.paths === undefined) return [];
    return completePath(typed?.text ?? '', request.line, typed?.start ?? request.character, request.paths);
  }
  return enumItems(type, used, request, directive);
}

interface CompletionExtras {
  /** The line's number, for the ranges of path completions. */
  readonly line?: number;
  readonly paths?: PathCompletionContext;
}

/** Directives at the start of a line; options, flags, values and paths after them; nothing already on the line. */
export function completeAt(
  lineText: string,
  character: number,
  dialect: Dialect,
  chronyVersion: string,
  language: Language,
  extras: CompletionExtras = {},
): CompletionItem[] {
  return completeRequest({ lineText, character, dialect, chronyVersion, language, line: extras.line ?? 0, ...(extras.paths ? { paths: extras.paths } : {}) });
}

function completeRequest(request: CompletionRequest): CompletionItem[] {
  const { lineText, character, dialect } = request;
  const before = tokenizeLine(lineText.slice(0, character), request.line, dialect);
  if (before.comment !== undefined) return [];
  const typingWord = character > 0 && !/\s/.test(lineText[character - 1] ?? ' ');
  const typed = typingWord ? before.tokens[before.tokens.length - 1] : undefined;
  const complete = typingWord ? before.tokens.slice(0, -1) : before.tokens;
  if (complete.length === 0) return directiveItems(request);

  const classified = bindWords(complete, dialect);
  const { spec } = classified;
  if (spec === undefined) return [];
  const fold = dialectTraits(dialect).caseInsensitiveKeywords;
  const whole = tokenizeLine(lineText, request.line, dialect).tokens;
  const used = new Set(whole.filter((t) => t.start !== typed?.start).map((t) => (fold ? t.text.toLowerCase() : t.text)));

  const lastRole = classified.roles[complete.length - 1];
  if (lastRole?.kind === 'option' && lastRole.option.value !== undefined) return valueItems(lastRole.option.value, typed, used, request, spec.name);

  const next = classified.nextArgument;
  const items: CompletionItem[] = [];
  if (next !== undefined) items.push(...valueItems(next.type, typed, used, request, spec.name));
  // A required argument still missing (a host name, a path) comes before any option.
  const optionsAllowed = classified.requiredFilled || next?.optional === true;
  if (optionsAllowed) items.push(...optionItems(spec, used, request));
  return items;
}
