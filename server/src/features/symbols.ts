import type { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { lookupDirective } from '../formats/ntpconf/catalog';
import type { DirectiveCategory } from '../formats/ntpconf/catalog/types';
import { pick, type Language } from '../core/localized';
import type { ConfigLine, ParsedConfig } from '../formats/ntpconf/parser/types';
import type { Token } from '../core/token';
import { spanRange } from '../core/finding';
import { CATEGORY_LABELS, UNKNOWN_LABEL } from './categories';

const GROUP_KIND: SymbolKind = 3; // Namespace
const KIND_BY_CATEGORY: Readonly<Record<DirectiveCategory, SymbolKind>> = {
  source: 11, // Interface
  refclock: 24, // Event
  access: 25, // Operator
  auth: 20, // Key
  nts: 20,
  clock: 16, // Number
  file: 1, // File
  logging: 15, // String
  misc: 7, // Property
};
const UNKNOWN_KIND: SymbolKind = 21; // Null
const MAX_DETAIL = 80;

function lineSymbol(line: ConfigLine, kind: SymbolKind): DocumentSymbol {
  const tokens = line.tokens;
  const first = tokens[0] as Token;
  const second = tokens[1];
  const last = tokens[tokens.length - 1] as Token;
  const rest = tokens
    .slice(second === undefined ? 1 : 2)
    .map((t) => t.text)
    .join(' ');
  return {
    name: second === undefined ? first.text : `${first.text} ${second.text}`,
    detail: rest.length > MAX_DETAIL ? `${rest.slice(0, MAX_DETAIL - 1)}…` : rest,
    kind,
    range: spanRange(first, last),
    selectionRange: spanRange(first, second ?? first),
  };
}

/** The outline: one group per catalog category (sources, access control, files, …), in order of first appearance. */
export function documentSymbols(config: ParsedConfig, language: Language): DocumentSymbol[] {
  const groups = new Map<DirectiveCategory | 'unknown', DocumentSymbol[]>();
  for (const line of config.directives) {
    const spec = lookupDirective(config.dialect, (line.tokens[0] as Token).text);
    const key = spec?.category ?? 'unknown';
    let children = groups.get(key);
    if (children === undefined) groups.set(key, (children = []));
    children.push(lineSymbol(line, spec === undefined ? UNKNOWN_KIND : KIND_BY_CATEGORY[spec.category]));
  }
  const symbols: DocumentSymbol[] = [];
  for (const [key, children] of groups) {
    const first = children[0] as DocumentSymbol;
    const last = children[children.length - 1] as DocumentSymbol;
    const label = key === 'unknown' ? UNKNOWN_LABEL : CATEGORY_LABELS[key];
    symbols.push({
      name: pick(label, language),
      detail: String(children.length),
      kind: GROUP_KIND,
      range: { start: first.range.start, end: last.range.end },
      selectionRange: first.selectionRange,
      children,
    });
  }
  return symbols;
}
