import type { Diagnostic } from 'vscode-languageserver-types';
import { isScriptKind, type DocumentKind } from '../core/documentKind';
import { pick, type Language } from '../core/localized';
import type { Settings } from '../core/settings';
import type { XntpdPlatform } from '../core/dialect';
import type { Finding } from '../core/finding';
import type { FileEnvironment } from '../core/fileEnvironment';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import type { ParsedScript } from '../formats/script/types';
import { CONFIG_FORMAT, SCRIPT_FORMAT, type DocumentFormat } from './documentFormats';
import { applySettings } from './suppressions';

export const DIAGNOSTIC_SOURCE = 'ntpconf';
export const RULE_DOCS_BASE = 'https://github.com/ntp-config/ntp-config/blob/main/docs/rules/';

/** What a document is read as, with its findings: a daemon's configuration or a script's NTP statements. */
export type ValidationResult =
  | { readonly kind: 'config'; readonly config: ParsedConfig; readonly findings: readonly Finding[] }
  | { readonly kind: 'script'; readonly script: ParsedScript; readonly findings: readonly Finding[] };

export interface ValidationOptions {
  /** The last parse of the same document, so unchanged lines are reused. */
  readonly previous?: ParsedConfig;
  /** Where the document lives, for includes and *.sources files; without it nothing on disk is looked at. */
  readonly files?: FileEnvironment;
  /** Only the rules that judge lines: the configuration set (configurationSet.ts) runs whole-configuration rules once on the set. */
  readonly lineRulesOnly?: boolean;
  /** The ntpd version when set or found; undefined when unknown. */
  readonly ntpdVersion?: string;
  /** The vendor of xntpd, when a modeline or the host says it. */
  readonly xntpdPlatform?: XntpdPlatform;
}

/** One pipeline for every kind of document: parse, check, then settings and suppression comments. */
function run<Kind extends DocumentKind, Parsed>(
  format: DocumentFormat<Kind, Parsed>,
  text: string,
  kind: Kind,
  settings: Settings,
  options: ValidationOptions,
) {
  const parsed = format.parse(text, kind, options);
  const findings = applySettings(format.check(parsed, kind, settings, options), settings, format.suppressions(parsed, text));
  return { parsed, findings };
}

/** Parses and checks a document: syntax first, then every rule that applies to its dialect or script kind. */
export function validateText(text: string, kind: DocumentKind, settings: Settings, options: ValidationOptions = {}): ValidationResult {
  if (isScriptKind(kind)) {
    const { parsed, findings } = run(SCRIPT_FORMAT, text, kind, settings, options);
    return { kind: 'script', script: parsed, findings };
  }
  const { parsed, findings } = run(CONFIG_FORMAT, text, kind, settings, options);
  return { kind: 'config', config: parsed, findings };
}

/** The LSP diagnostic a user sees; the CLI's JSON prints exactly this object. */
/** `uri` names the document, for the finding's related locations (an LSP location needs one). */
export function toDiagnostic(finding: Finding, language: Language, uri?: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: finding.severity,
    code: finding.code,
    codeDescription: { href: `${RULE_DOCS_BASE}${finding.code}.md` },
    source: DIAGNOSTIC_SOURCE,
    message: pick(finding.message, language),
  };
  if (finding.tags) diagnostic.tags = [...finding.tags];
  if (finding.related && uri !== undefined)
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: r.range }, message: pick(r.message, language) }));
  return diagnostic;
}
