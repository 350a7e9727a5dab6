import type { Hover } from 'vscode-languageserver-types';
import type { ArgumentSpec, DirectiveSpec, OptionSpec, ValueType } from '../formats/ntpconf/catalog/types';
import type { Dialect } from '../core/dialect';
import { pick, type Language, type Localized } from '../core/localized';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import type { Token } from '../core/token';
import { tokenRange } from '../core/finding';
import { describeAddress, describeNtpsecDriver } from './addressInfo';
import { bindLine, type BoundLine } from '../formats/ntpconf/model/bindLine';
import { tokenAt } from './tokenAt';
import { concreteValue } from '../formats/ntpconf/catalog/units';
import { explainDirective } from './valueMeaning';

const LABELS = {
  en: { default: 'Default', docs: 'Documentation', value: 'Value', obsolete: 'No longer supported' },
  ko: { default: '기본값', docs: '문서', value: '값', obsolete: '더 이상 지원되지 않음' },
} as const;

function sinceText(version: string, language: Language): string {
  return language === 'ko' ? `chrony ${version} 이상` : `Since chrony ${version}`;
}

function directiveSignature(spec: DirectiveSpec): string {
  const args = spec.args.map((a) => (a.optional ? `[${a.name}]` : a.name) + (a.repeat ? '...' : ''));
  const options = spec.options && spec.options.length > 0 ? ['[option]...'] : [];
  return [spec.name, ...args, ...options].join(' ');
}

function valueUnit(type: ValueType | undefined): Parameters<typeof concreteValue>[1] {
  return type !== undefined && (type.kind === 'integer' || type.kind === 'number') ? type.unit : undefined;
}

function enumDoc(type: ValueType | undefined, word: string): Localized | undefined {
  if (type?.kind !== 'enum' || type.docs === undefined) return undefined;
  const exact = type.docs[word];
  if (exact !== undefined || !type.caseInsensitive) return exact;
  const key = Object.keys(type.docs).find((k) => k.toLowerCase() === word.toLowerCase());
  return key === undefined ? undefined : type.docs[key];
}

/** `Value: \`6\` → 2^6 = 64 s`, plus what the value itself means when the catalog says. */
function valueLines(word: string, type: ValueType | undefined, language: Language): string[] {
  const concrete = concreteValue(word, valueUnit(type), language);
  const lines = [`${LABELS[language].value}: \`${word}\`${concrete ? ` → ${concrete}` : ''}`];
  const doc = enumDoc(type, word);
  if (doc !== undefined) lines.push('', pick(doc, language));
  return lines;
}

function footer(spec: DirectiveSpec, language: Language, extra: (string | undefined)[] = []): string[] {
  const lines: string[] = [];
  for (const text of extra) if (text) lines.push('', text);
  lines.push('', `[${LABELS[language].docs}](${spec.docUrl})`);
  return lines;
}

function lineExplanation(spec: DirectiveSpec, classified: BoundLine, tokens: readonly Token[], dialect: Dialect, language: Language): string | undefined {
  const words = tokens.filter((_, i) => classified.roles[i]?.kind === 'argument').map((t) => t.text);
  const explanation = explainDirective(spec.name, words, dialect);
  return explanation === undefined ? undefined : `→ ${pick(explanation, language)}`;
}

function directiveHover(spec: DirectiveSpec, explanation: string | undefined, language: Language): string {
  const labels = LABELS[language];
  const notes = [
    spec.since ? sinceText(spec.since, language) : undefined,
    spec.obsolete ? `**${labels.obsolete}:** ${pick(spec.obsolete, language)}` : undefined,
  ];
  return [
    `**${spec.name}**`,
    '',
    '```',
    directiveSignature(spec),
    '```',
    '',
    pick(spec.doc, language),
    ...footer(spec, language, [explanation, ...notes]),
  ].join('\n');
}

function optionHover(spec: DirectiveSpec, option: OptionSpec, valueWord: string | undefined, language: Language): string {
  const labels = LABELS[language];
  const lines = [`**${spec.name} ${option.name}**`, '', pick(option.doc, language)];
  if (valueWord !== undefined) lines.push('', ...valueLines(valueWord, option.value, language));
  if (option.default) lines.push('', `${labels.default}: ${option.default}`);
  if (option.since) lines.push('', sinceText(option.since, language));
  return [...lines, ...footer(spec, language)].join('\n');
}

function argumentHover(
  spec: DirectiveSpec,
  argument: ArgumentSpec,
  word: string,
  dialect: Dialect,
  explanation: string | undefined,
  language: Language,
): string {
  const lines = [`**${spec.name}** \`${argument.name}\``];
  if (argument.doc) lines.push('', pick(argument.doc, language));
  lines.push('', ...valueLines(word, argument.type, language));
  const ntpsecDriver = spec.name === 'refclock' && dialect === 'ntpsec' && enumDoc(argument.type, word) === undefined ? describeNtpsecDriver(word) : undefined;
  const address = describeAddress(word, dialect) ?? ntpsecDriver;
  return [...lines, ...footer(spec, language, [address ? pick(address, language) : undefined, explanation])].join('\n');
}

/** Documentation for the word under the cursor: directive, option, value or address, from the catalog. */
export function hoverAt(config: ParsedConfig, line: number, character: number, language: Language): Hover | null {
  const hit = tokenAt(config, line, character);
  if (hit === undefined) return null;
  const classified = bindLine(hit.line, config.dialect);
  const { spec } = classified;
  const role = classified.roles[hit.index];
  const range = tokenRange(hit.token);
  const markdown = (value: string): Hover => ({ contents: { kind: 'markdown', value }, range });
  if (spec === undefined || role === undefined) {
    const address = hit.index > 0 ? describeAddress(hit.token.text, config.dialect) : undefined;
    return address === undefined ? null : markdown(pick(address, language));
  }
  switch (role.kind) {
    case 'directive':
      return markdown(directiveHover(spec, lineExplanation(spec, classified, hit.line.tokens, config.dialect, language), language));
    case 'option':
    case 'wrongCaseOption':
    case 'foreignOption':
      return markdown(optionHover(spec, role.option, role.option.value ? hit.line.tokens[hit.index + 1]?.text : undefined, language));
    case 'optionValue':
    case 'foreignOptionValue':
      return markdown(optionHover(spec, role.option, hit.token.text, language));
    case 'argument':
      return markdown(
        argumentHover(
          spec,
          role.argument,
          hit.token.text,
          config.dialect,
          lineExplanation(spec, classified, hit.line.tokens, config.dialect, language),
          language,
        ),
      );
    case 'extra': {
      const address = describeAddress(hit.token.text, config.dialect);
      return address === undefined ? null : markdown(pick(address, language));
    }
  }
}
