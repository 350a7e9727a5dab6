import type { Diagnostic } from 'vscode-languageserver-types';
import { isScriptKind, type DocumentKind } from '../core/documentKind';
import { pick, type Language } from '../core/localized';
import { parseConfig } from '../formats/ntpconf/parser/parseConfig';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import { RULES } from '../rules';
import type { ParsedScript } from '../formats/script/types';
import { validateScript } from './validateScript';
import type { Settings } from '../core/settings';
import type { Finding } from '../core/finding';
import { checkIncludes, checkSourcesFile } from '../rules/includes/includes';
import { type FileEnvironment } from '../core/fileEnvironment';
import { checkSyntax } from '../rules/syntax/syntax';
import { applySettings, NO_SUPPRESSIONS, readSuppressions, SUPPRESSION_MARKER } from './suppressions';

export const DIAGNOSTIC_SOURCE = 'ntpconf';
export const RULE_DOCS_BASE = 'https://github.com/ntp-config/ntp-config/blob/main/docs/rules/';

export interface ValidationResult {
  readonly config: ParsedConfig;
  readonly findings: readonly Finding[];
  /** Set for scripts (W32Time, HP-UX/AIX start-up files), whose `config` is empty. */
  readonly script?: ParsedScript;
}

export interface ValidationOptions {
  /** The last parse of the same document, so unchanged lines are reused. */
  readonly previous?: ParsedConfig;
  /** Where the document lives, for includes and *.sources files; without it nothing on disk is looked at. */
  readonly files?: FileEnvironment;
}

/** Parses and checks a document: syntax first, then every rule that applies to the dialect. */
export function validateText(text: string, dialect: DocumentKind, settings: Settings, options: ValidationOptions = {}): ValidationResult {
  if (isScriptKind(dialect)) return validateScript(text, dialect, settings);
  const config = parseConfig(text, dialect, options.previous);
  const context = { config, dialect, chronyVersion: settings.chronyVersion, profile: settings.profile };
  const findings: Finding[] = checkSyntax(config, context);
  // Appended in a loop, not push(...): a check may report on every line of a 100k-line file.
  const add = (more: readonly Finding[]) => {
    for (const finding of more) findings.push(finding);
  };
  if (options.files) {
    add(checkIncludes(config, options.files));
    if (dialect === 'chrony' && options.files.documentPath.endsWith('.sources')) add(checkSourcesFile(config));
  }
  for (const rule of RULES) {
    if (!rule.meta.dialects.includes(dialect)) continue;
    if (rule.meta.profiles && !rule.meta.profiles.includes(settings.profile)) continue;
    if (settings.rules[rule.meta.code] === 'off') continue;
    add(rule.check(context));
  }
  // One search of the whole text spares a look at every comment line of files without suppressions.
  const suppressions = text.includes(SUPPRESSION_MARKER) ? readSuppressions(config) : NO_SUPPRESSIONS;
  return { config, findings: applySettings(findings, settings, suppressions) };
}

/** The LSP diagnostic a user sees; the CLI's JSON prints exactly this object. */
export function toDiagnostic(finding: Finding, language: Language): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: finding.severity,
    code: finding.code,
    codeDescription: { href: `${RULE_DOCS_BASE}${finding.code}.md` },
    source: DIAGNOSTIC_SOURCE,
    message: pick(finding.message, language),
  };
  if (finding.tags) diagnostic.tags = [...finding.tags];
  return diagnostic;
}
