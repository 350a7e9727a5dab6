import type { Dialect } from '../core/dialect';
import type { DocumentKind, ScriptKind } from '../core/documentKind';
import type { Finding } from '../core/finding';
import type { Settings } from '../core/settings';
import type * as ScriptParser from '../formats/parseScript';
import { parseConfig } from '../formats/ntpconf/parser/parseConfig';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import type { ParsedScript } from '../formats/script/types';
import type * as RuleRegistry from '../rules';
import { CONFIG_RULES } from '../rules/configRules';
import { checkIncludes, checkSourcesFile } from '../rules/includes/includes';
import { isScriptRule, type ScriptRule } from '../rules/scriptRule';
import { checkSyntax, isNoConfiguration } from '../rules/syntax/syntax';
import type { Rule } from '../rules/types';
import { NO_SUPPRESSIONS, readSuppressions, SUPPRESSION_MARKER, suppressionsIn, type Suppressions } from './suppressions';
import type { ValidationOptions } from './validate';
import { reuseOrRun, wholeFileKey } from './wholeFileReuse';

/** What the pipeline needs from each kind of document: how to parse it, check it, and read its suppression comments. */
export interface DocumentFormat<Kind extends DocumentKind, Parsed> {
  parse(text: string, kind: Kind, options: ValidationOptions): Parsed;
  check(parsed: Parsed, kind: Kind, settings: Settings, options: ValidationOptions): Finding[];
  suppressions(parsed: Parsed, text: string): Suppressions;
}

export function enabled(rule: Rule, kind: DocumentKind, settings: Settings): boolean {
  if (!(rule.meta.dialects as readonly DocumentKind[]).includes(kind) || settings.rules[rule.meta.code] === 'off') return false;
  return rule.target === 'script' || !rule.meta.profiles || rule.meta.profiles.includes(settings.profile);
}

export const CONFIG_FORMAT: DocumentFormat<Dialect, ParsedConfig> = {
  parse: (text, dialect, options) => parseConfig(text, dialect, options.previous),
  check(config, dialect, settings, options) {
    const context = {
      config,
      dialect,
      chronyVersion: settings.chronyVersion,
      chronyVersionKnown: settings.chronyVersionKnown,
      profile: settings.profile,
      ntpdVersion: options.ntpdVersion,
      ...(options.xntpdPlatform ? { xntpdPlatform: options.xntpdPlatform } : {}),
    };
    const findings: Finding[] = checkSyntax(config, context);
    // A file that is no NTP configuration gets the syntax check's one finding, not a rule's view of it.
    if (isNoConfiguration(config)) return findings;
    // Appended in a loop, not push(...): a check may report on every line of a 100k-line file.
    const add = (more: readonly Finding[]) => {
      for (const finding of more) findings.push(finding);
    };
    if (options.files) {
      add(checkIncludes(config, options.files));
      if (dialect === 'chrony' && options.files.documentPath.endsWith('.sources')) add(checkSourcesFile(config));
    }
    // Typing in a comment leaves every directive in place: the whole-file rules' findings are then the last ones.
    const scope = options.lineRulesOnly ? 'document-lines' : 'document';
    add(
      reuseOrRun(config, options.previous, wholeFileKey(scope, settings, options.ntpdVersion), () => {
        const ruleFindings: Finding[] = [];
        for (const rule of CONFIG_RULES) {
          if (!enabled(rule, dialect, settings) || (options.lineRulesOnly && rule.meta.scope === 'configuration')) continue;
          for (const finding of rule.check(context)) ruleFindings.push(finding);
        }
        return ruleFindings;
      }),
    );
    return findings;
  },
  // One search of the whole text spares a look at every comment line of files without suppressions.
  suppressions: (config, text) => (text.includes(SUPPRESSION_MARKER) ? readSuppressions(config) : NO_SUPPRESSIONS),
};

// Scripts are rare beside ntp.conf and chrony.conf: their parsers and rules (W32Time's catalogs) load on the first one.
/* eslint-disable @typescript-eslint/no-require-imports */
const scriptParser = (): typeof ScriptParser => require('../formats/parseScript');
let scriptRules: readonly ScriptRule[] | undefined;
const allScriptRules = (): readonly ScriptRule[] => (scriptRules ??= (require('../rules') as typeof RuleRegistry).RULES.filter(isScriptRule));
/* eslint-enable @typescript-eslint/no-require-imports */

/** Scripts belong to other extensions: only their NTP statements are checked (`REM`, `#`, `;` suppression comments). */
export const SCRIPT_FORMAT: DocumentFormat<ScriptKind, ParsedScript> = {
  parse: (text, kind) => scriptParser().parseScript(text, kind),
  check(script, kind, settings) {
    const findings: Finding[] = [];
    for (const rule of allScriptRules()) if (enabled(rule, kind, settings)) for (const finding of rule.check(script)) findings.push(finding);
    return findings;
  },
  suppressions: (script) => suppressionsIn(script.comments),
};
