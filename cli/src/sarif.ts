import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { Finding } from '../../server/src/core/finding';
import { pick, type Language } from '../../server/src/core/localized';
import { RULE_DOCS_BASE } from '../../server/src/engine/validate';
import { CODE_METAS } from '../../server/src/rules';
import { toolVersion } from './toolVersion';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/ntp-config/ntp-config';
const LEVELS = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' } as const;
const LEVEL_OF_SEVERITY = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** One linted file: the diagnostics it printed (the JSON format's), with the findings behind them for their fixes. */
export interface SarifInput {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly findings: readonly Finding[];
}

/** SARIF regions are 1-based; a zero-width range still names its line. */
function region(range: Range) {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** Relative to the working directory, as code scanning expects; `-` is standard input. */
function artifactUri(file: string, cwd: string): string {
  if (file === '-') return 'stdin';
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return pathToFileURL(path.resolve(cwd, file)).href;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}

/** A SARIF 2.1.0 log of one run: every rule that fired, one result per diagnostic, quick fixes as `fixes`. */
export function toSarif(inputs: readonly SarifInput[], language: Language, cwd = process.cwd()): object {
  const fired = [...new Set(inputs.flatMap((input) => input.diagnostics.map((d) => String(d.code))))].sort();
  const metas = new Map(CODE_METAS.map((meta) => [meta.code, meta]));
  const rules = fired.map((code) => {
    const meta = metas.get(code);
    const description = meta ? pick(meta.description, language) : code;
    return {
      id: code,
      shortDescription: { text: description },
      fullDescription: { text: description },
      helpUri: `${RULE_DOCS_BASE}${code}.md`,
      defaultConfiguration: { level: meta ? LEVEL_OF_SEVERITY[meta.severity] : 'warning' },
    };
  });
  const results = inputs.flatMap((input) => {
    const uri = artifactUri(input.file, cwd);
    return input.diagnostics.map((diagnostic) => {
      const code = String(diagnostic.code);
      // The JSON diagnostic and its finding share code and range; the finding carries the fixes.
      const finding = input.findings.find((f) => f.code === code && JSON.stringify(f.range) === JSON.stringify(diagnostic.range));
      const fixes = (finding?.fixes ?? []).map((fix) => ({
        description: { text: pick(fix.title, language) },
        artifactChanges: [
          {
            artifactLocation: { uri },
            replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })),
          },
        ],
      }));
      return {
        ruleId: code,
        ruleIndex: fired.indexOf(code),
        level: LEVELS[diagnostic.severity ?? 1],
        message: { text: diagnostic.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(diagnostic.range) } }],
        ...(finding?.related
          ? {
              relatedLocations: finding.related.map((r, id) => ({
                id,
                physicalLocation: { artifactLocation: { uri }, region: region(r.range) },
                message: { text: pick(r.message, language) },
              })),
            }
          : {}),
        ...(fixes.length > 0 ? { fixes } : {}),
      };
    });
  });
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA,
    runs: [{ tool: { driver: { name: 'ntpconf', version: toolVersion(), informationUri: INFORMATION_URI, rules } }, results, columnKind: 'utf16CodeUnits' }],
  };
}
