import type { ScriptKind } from '../core/documentKind';
import type { Localized } from '../core/localized';
import type { Token } from '../core/token';
import { insertAt, replaceToken } from '../formats/ntpconf/edits';
import type { Rule, RuleMeta } from './types';
import type { Finding, Fix } from '../core/finding';
import type { ParsedScript, ParsedStartup, ParsedW32time } from '../formats/script/types';

interface ScriptRuleMeta extends RuleMeta {
  readonly dialects: readonly ScriptKind[];
}

/** A rule over a script's NTP statements (W32Time, HP-UX netdaemons, AIX rc.tcpip); its `dialects` are script kinds. */
export interface ScriptRule {
  readonly target: 'script';
  readonly meta: ScriptRuleMeta;
  check(script: ParsedScript): Finding[];
}

export function isScriptRule(rule: Rule): rule is ScriptRule {
  return rule.target === 'script';
}

/** A script rule's metadata without its kind, which `w32timeRule` and `startupRule` add. */
export type ScriptRuleMetaInput = Omit<ScriptRuleMeta, 'dialects'>;

export function w32timeRule(meta: ScriptRuleMetaInput, check: (script: ParsedW32time) => Finding[]): ScriptRule {
  return { target: 'script', meta: { ...meta, dialects: ['w32time'] }, check: (script) => (script.kind === 'w32time' ? check(script) : []) };
}

export function startupRule(kind: ParsedStartup['kind'], meta: ScriptRuleMetaInput, check: (script: ParsedStartup) => Finding[]): ScriptRule {
  return { target: 'script', meta: { ...meta, dialects: [kind] }, check: (script) => (script.kind === kind ? check(script) : []) };
}

/** A fix that replaces one token's text. */
export function replaceFix(title: Localized, target: Token, newText: string): Fix {
  return { title, preferred: true, edits: [replaceToken(target, newText)] };
}

/** A fix that inserts text at a point. */
export function insertFix(title: Localized, at: { line: number; character: number }, newText: string): Fix {
  return { title, preferred: true, edits: [insertAt(at.line, at.character, newText)] };
}

/** Inline code for messages: `text`. */
export function code(text: string): string {
  return `\`${text}\``;
}
