import type { ScriptKind } from '../core/documentKind';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import { RULES } from '../rules';
import type { Settings } from '../core/settings';
import type { Finding } from '../core/finding';
import { applySettings, suppressionsIn } from './suppressions';
import { parseScript } from '../formats/parseScript';
import { isScriptRule } from '../rules/scriptRule';
import type { ParsedScript } from '../formats/script/types';

/**
 * Scripts have no configuration lines: the configuration features (outline, folding, formatting, links,
 * definitions) see an empty document, so they never touch a file another extension owns.
 */
export const NO_CONFIGURATION: ParsedConfig = { dialect: 'ntpd', lines: [], directives: [], hasByteOrderMark: false, binaryLines: [] };

/** Checks the NTP statements of a script with the rules for its kind; settings and suppressions as for configs. */
export function validateScript(text: string, kind: ScriptKind, settings: Settings): { config: ParsedConfig; findings: Finding[]; script: ParsedScript } {
  const script = parseScript(text, kind);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!isScriptRule(rule) || !rule.meta.dialects.includes(kind) || settings.rules[rule.meta.code] === 'off') continue;
    for (const finding of rule.checkScript(script)) findings.push(finding);
  }
  // `REM ntpconf-disable-next-line code`, `# ntpconf-disable code`, `; …` in .reg files.
  return { config: NO_CONFIGURATION, findings: applySettings(findings, settings, suppressionsIn(script.comments)), script };
}
