import { allDirectives } from '../formats/ntpconf/catalog';
import type { DirectiveSpec, ValueType } from '../formats/ntpconf/catalog/types';
import { NTP_FAMILY, type Dialect } from '../core/dialect';

/** One grammar for chrony.conf, one for the ntpd family (ntpd, NTPsec, xntpd share ntp.conf's lexical rules). */
export type GrammarFamily = 'chrony' | 'ntp';

export const GRAMMAR_FILES: Readonly<Record<GrammarFamily, string>> = {
  chrony: 'syntaxes/chrony.tmLanguage.json',
  ntp: 'syntaxes/ntp.tmLanguage.json',
};

export const SCOPE_NAMES: Readonly<Record<GrammarFamily, string>> = {
  chrony: 'source.chrony-conf',
  ntp: 'source.ntp-conf',
};

interface Keywords {
  readonly directives: string[];
  readonly options: string[];
  readonly exactValues: string[];
  readonly foldedValues: string[];
}

function sorted(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function enumValues(type: ValueType | undefined): { values: readonly string[]; folded: boolean } | undefined {
  return type?.kind === 'enum' ? { values: type.values, folded: type.caseInsensitive === true } : undefined;
}

/** Every directive, option and enumeration value the family's dialects know, from the catalog. */
function keywordsOf(dialects: readonly Dialect[], foldCase: boolean): Keywords {
  const specs: DirectiveSpec[] = allDirectives().filter((spec) => spec.dialects.some((d) => dialects.includes(d)));
  const normalize = (word: string) => (foldCase ? word.toLowerCase() : word);
  const options = new Set<string>();
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const spec of specs) {
    for (const option of spec.options ?? []) {
      if (option.dialects !== undefined && !option.dialects.some((d) => dialects.includes(d))) continue;
      options.add(normalize(option.name));
    }
    const types = [...spec.args.map((a) => a.type), ...(spec.options ?? []).map((o) => o.value)];
    for (const type of types) {
      const found = enumValues(type);
      if (found === undefined) continue;
      for (const value of found.values) (found.folded ? folded : exact).add(found.folded ? value.toLowerCase() : value);
    }
  }
  // Exact-case values (chrony's `PPS` driver) are tried before the case-folded options (its `pps` flag).
  return {
    directives: sorted(specs.map((s) => normalize(s.name))),
    options: sorted(options),
    exactValues: sorted([...exact].filter((word) => !options.has(word))),
    foldedValues: sorted([...folded].filter((word) => !options.has(word.toLowerCase()))),
  };
}

function escapeRegex(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|/-]/g, (c) => `\\${c}`);
}

function alternation(words: readonly string[], foldCase: boolean): string {
  const body = words.map(escapeRegex).join('|');
  return foldCase ? `(?i:${body})` : `(?:${body})`;
}

type Rule = Record<string, unknown>;

/** The TextMate grammar of one family, as the JSON object VS Code loads. */
export function buildGrammar(family: GrammarFamily): Rule {
  const chrony = family === 'chrony';
  const lang = chrony ? 'chrony-conf' : 'ntp-conf';
  const keywords = keywordsOf(chrony ? ['chrony'] : NTP_FAMILY, chrony);
  // A word ends at white space, the end of the line, or (ntpd) a `#` that starts a comment.
  const wordEnd = chrony ? '(?=\\s|$)' : '(?=\\s|$|#)';
  const wordStart = '(?<=^|\\s)';
  const word = (body: string) => `${wordStart}${body}${wordEnd}`;

  const argumentPatterns: Rule[] = [
    chrony
      ? { name: `invalid.illegal.trailing-comment.${lang}`, match: '(?<=\\s)#.*$' }
      : { name: `comment.line.number-sign.${lang}`, match: '(#).*$', captures: { 1: { name: `punctuation.definition.comment.${lang}` } } },
    ...(chrony ? [] : [{ name: `string.quoted.double.${lang}`, match: '"[^"]*"?' }]),
    { name: `support.constant.refclock-address.${lang}`, match: word('127\\.127\\.\\d{1,3}\\.\\d{1,3}') },
    {
      name: `constant.other.ip-address.ipv6.${lang}`,
      match: word('\\[?(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f.]*(?:%[\\w.-]+)?\\]?(/\\d{1,3})?'),
      captures: { 1: { name: `constant.numeric.prefix-length.${lang}` } },
    },
    {
      name: `constant.other.ip-address.ipv4.${lang}`,
      match: word('(?:(?:\\d{1,3}\\.){3}\\d{1,3}(/\\d{1,2}|/(?:\\d{1,3}\\.){3}\\d{1,3})?|\\d{1,3}(?:\\.\\d{1,3}){0,2}(/\\d{1,2}))'),
      captures: { 1: { name: `constant.numeric.prefix-length.${lang}` }, 2: { name: `constant.numeric.prefix-length.${lang}` } },
    },
  ];
  // Keywords before numbers: `-4` and `-6` are options of the ntpd family.
  if (keywords.exactValues.length > 0) argumentPatterns.push({ name: `constant.language.${lang}`, match: word(alternation(keywords.exactValues, false)) });
  argumentPatterns.push({ name: `entity.other.attribute-name.option.${lang}`, match: word(alternation(keywords.options, chrony)) });
  if (keywords.foldedValues.length > 0) argumentPatterns.push({ name: `constant.language.${lang}`, match: word(alternation(keywords.foldedValues, true)) });
  argumentPatterns.push(
    { name: `constant.numeric.${lang}`, match: word('[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?') },
    { name: `string.unquoted.path.${lang}`, match: `${wordStart}/${chrony ? '\\S*' : '[^\\s#]*'}` },
  );

  const commentLine = chrony
    ? { name: `comment.line.${lang}`, match: '^\\s*([#;%!]).*$', captures: { 1: { name: `punctuation.definition.comment.${lang}` } } }
    : { name: `comment.line.number-sign.${lang}`, match: '^\\s*(#).*$', captures: { 1: { name: `punctuation.definition.comment.${lang}` } } };

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: chrony ? 'chrony.conf' : 'ntp.conf',
    scopeName: SCOPE_NAMES[family],
    comment: 'Generated from the directive catalog by `npm run generate`. Do not edit by hand.',
    patterns: [{ include: '#comment-line' }, { include: '#directive-line' }, { include: '#other-line' }],
    repository: {
      'comment-line': commentLine,
      'directive-line': {
        begin: `^\\s*(${alternation(keywords.directives, chrony)})${wordEnd}`,
        beginCaptures: { 1: { name: `keyword.other.directive.${lang}` } },
        end: '$',
        patterns: [{ include: '#arguments' }],
      },
      'other-line': {
        begin: `^\\s*(?=[^\\s${chrony ? '' : '#'}])`,
        end: '$',
        patterns: [{ include: '#arguments' }],
      },
      arguments: { patterns: argumentPatterns },
    },
  };
}

/** The exact text of a grammar file: stable key order, two-space indent, final newline. */
export function serializeGrammar(grammar: Rule): string {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}
