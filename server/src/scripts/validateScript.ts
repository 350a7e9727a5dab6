import type { ScriptKind } from '../documentKind';
import type { ParsedConfig } from '../parser/types';
import { RULES } from '../rules';
import type { Settings } from '../settings';
import { SEVERITY, type Finding } from '../validation/finding';
import { isSuppressed, type Suppressions } from '../validation/suppressions';
import { readSuppressionComment } from './lexer';
import { parseScript } from './parseScript';
import { isScriptRule } from './scriptRule';
import type { ParsedScript } from './types';

/**
 * Scripts have no configuration lines: the configuration features (outline, folding, formatting, links,
 * definitions) see an empty document, so they never touch a file another extension owns.
 */
export const NO_CONFIGURATION: ParsedConfig = { dialect: 'ntpd', lines: [], directives: [], hasByteOrderMark: false, binaryLines: [] };

/** `REM ntpconf-disable-next-line code`, `# ntpconf-disable code`, `; …` in .reg files. */
export function scriptSuppressions(script: ParsedScript): Suppressions {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  for (const comment of script.comments) {
    if (!comment.body.includes('ntpconf-disable')) continue;
    const parsed = readSuppressionComment(comment.body);
    if (parsed === undefined) continue;
    const codes = parsed.codes.length === 0 ? ['*'] : parsed.codes;
    if (parsed.nextLine) lines.set(comment.line + 1, new Set(codes));
    else codes.forEach((c) => file.add(c));
  }
  return { file, lines };
}

/** Checks the NTP statements of a script with the rules for its kind; settings and suppressions as for configs. */
export function validateScript(text: string, kind: ScriptKind, settings: Settings): { config: ParsedConfig; findings: Finding[]; script: ParsedScript } {
  const script = parseScript(text, kind);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!isScriptRule(rule) || !rule.meta.dialects.includes(kind) || settings.rules[rule.meta.code] === 'off') continue;
    for (const finding of rule.checkScript(script)) findings.push(finding);
  }
  const suppressions = scriptSuppressions(script);
  const adjusted: Finding[] = [];
  for (const finding of findings) {
    const override = settings.rules[finding.code];
    if (override === 'off' || isSuppressed(finding, suppressions)) continue;
    adjusted.push(override === undefined ? finding : { ...finding, severity: SEVERITY[override] });
  }
  adjusted.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { config: NO_CONFIGURATION, findings: adjusted, script };
}
