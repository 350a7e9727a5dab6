import type { Hover } from 'vscode-languageserver-types';
import { findOption, lookupDirective } from '../catalog';
import type { DirectiveSpec, OptionSpec } from '../catalog/types';
import { pick, type Language } from '../l10n/localized';
import type { ParsedConfig } from '../parser/types';
import { tokenRange } from '../validation/finding';
import { tokenAt } from './tokenAt';
import { concreteValue } from './units';

const LABELS = {
  en: { default: 'Default', docs: 'Documentation', value: 'Value', args: 'Syntax' },
  ko: { default: '기본값', docs: '문서', value: '값', args: '문법' },
} as const;

function directiveSignature(spec: DirectiveSpec): string {
  const args = spec.args.map((a) => (a.optional ? `[${a.name}]` : a.name) + (a.repeat ? '...' : ''));
  const options = spec.options && spec.options.length > 0 ? ['[option]...'] : [];
  return [spec.name, ...args, ...options].join(' ');
}

function directiveHover(spec: DirectiveSpec, language: Language): string {
  const labels = LABELS[language];
  return [`**${spec.name}**`, '', '```', directiveSignature(spec), '```', '', pick(spec.doc, language), '', `[${labels.docs}](${spec.docUrl})`].join('\n');
}

function optionHover(spec: DirectiveSpec, option: OptionSpec, valueWord: string | undefined, language: Language): string {
  const labels = LABELS[language];
  const lines = [`**${spec.name} ${option.name}**`, '', pick(option.doc, language)];
  const unit = option.value && 'unit' in option.value ? option.value.unit : undefined;
  const concrete = valueWord === undefined ? undefined : concreteValue(valueWord, unit, language);
  if (valueWord !== undefined) lines.push('', `${labels.value}: \`${valueWord}\`${concrete ? ` → ${concrete}` : ''}`);
  if (option.default) lines.push('', `${labels.default}: ${option.default}`);
  lines.push('', `[${labels.docs}](${spec.docUrl})`);
  return lines.join('\n');
}

/** Documentation for the directive, option or value under the cursor, from the catalog. */
export function hoverAt(config: ParsedConfig, line: number, character: number, language: Language): Hover | null {
  const hit = tokenAt(config, line, character);
  if (hit === undefined) return null;
  const name = hit.line.tokens[0];
  if (name === undefined) return null;
  const spec = lookupDirective(config.dialect, name.text);
  if (spec === undefined) return null;
  if (hit.index === 0) return { contents: { kind: 'markdown', value: directiveHover(spec, language) }, range: tokenRange(hit.token) };

  const option = findOption(spec, hit.token.text, config.dialect);
  if (option !== undefined) {
    const value = option.value ? hit.line.tokens[hit.index + 1]?.text : undefined;
    return { contents: { kind: 'markdown', value: optionHover(spec, option, value, language) }, range: tokenRange(hit.token) };
  }
  const previous = hit.line.tokens[hit.index - 1];
  const owner = previous === undefined ? undefined : findOption(spec, previous.text, config.dialect);
  if (owner?.value !== undefined) {
    return { contents: { kind: 'markdown', value: optionHover(spec, owner, hit.token.text, language) }, range: tokenRange(hit.token) };
  }
  const enumDoc = spec.args
    .map((a) => (a.type.kind === 'enum' ? a.type.docs?.[hit.token.text] : undefined))
    .find((doc) => doc !== undefined);
  if (enumDoc !== undefined) {
    return { contents: { kind: 'markdown', value: `**${spec.name} ${hit.token.text}**\n\n${pick(enumDoc, language)}\n\n[${LABELS[language].docs}](${spec.docUrl})` }, range: tokenRange(hit.token) };
  }
  return null;
}
