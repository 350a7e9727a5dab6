import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CompletionItem } from 'vscode-languageserver-types';
import type { DocumentKind } from '../core/documentKind';
import type { Language } from '../core/localized';

// LSP CompletionItemKind.Snippet and InsertTextFormat.Snippet.
const KIND_SNIPPET = 15;
const FORMAT_SNIPPET = 2;

/** One entry of snippets/*.json: the data both the editor and other LSP clients get through completion. */
interface Template {
  readonly prefix: string | readonly string[];
  readonly description: string;
  readonly descriptionKo: string;
  /** A whole configuration or script: offered only at the top of an empty or near-empty document. */
  readonly wholeFile: boolean;
  readonly body: readonly string[];
}

type TemplateFile = 'chrony' | 'ntp' | 'w32time';

const loaded = new Map<TemplateFile, Readonly<Record<string, Template>>>();

/** snippets/ sits at the package root: above dist/ in the bundle, above out/server/src/features in the tests. */
function templatesDirectory(): string | undefined {
  for (let dir = __dirname, up = 0; up < 6; dir = path.dirname(dir), up++) {
    if (existsSync(path.join(dir, 'snippets', 'chrony.json'))) return path.join(dir, 'snippets');
  }
  return undefined;
}

function templatesOf(file: TemplateFile): Readonly<Record<string, Template>> {
  const cached = loaded.get(file);
  if (cached) return cached;
  const dir = templatesDirectory();
  const templates = dir === undefined ? {} : (JSON.parse(readFileSync(path.join(dir, `${file}.json`), 'utf8')) as Record<string, Template>);
  loaded.set(file, templates);
  return templates;
}

function fileFor(kind: DocumentKind, uri: string): TemplateFile | undefined {
  if (kind === 'chrony') return 'chrony';
  if (kind === 'ntpd' || kind === 'ntpsec' || kind === 'xntpd') return 'ntp';
  // An empty .bat or .ps1 is not yet recognisably a W32Time script: its extension says where the commands can go.
  if (kind === 'w32time' || (kind === 'unrelated-script' && /\.(bat|cmd|ps1)$/i.test(uri))) return 'w32time';
  return undefined;
}

const COMMENT_OR_BLANK = /^\s*(?:[#;!%]|REM\b|::|$)/i;

/** Nothing but blank lines and comments besides the line being typed on. */
function isNearlyEmpty(lines: readonly string[] | undefined, line: number): boolean {
  if (lines === undefined) return false;
  return lines.every((text, index) => index === line || COMMENT_OR_BLANK.test(text));
}

export interface TemplateRequest {
  readonly kind: DocumentKind;
  readonly uri: string;
  /** The document's lines; undefined for a document too long to be near-empty. */
  readonly lines: readonly string[] | undefined;
  readonly line: number;
  /** The text of the cursor's line before the cursor. */
  readonly before: string;
  readonly language: Language;
}

/** The snippets for this document: whole-file templates at the top of an empty file, the others at the start of a line. */
export function templateItems(request: TemplateRequest): CompletionItem[] {
  const file = fileFor(request.kind, request.uri);
  if (file === undefined || !/^\s*\S*$/.test(request.before)) return [];
  const empty = isNearlyEmpty(request.lines, request.line);
  return Object.entries(templatesOf(file))
    .filter(([, template]) => !template.wholeFile || empty)
    .map(([name, template]) => {
      const prefixes = typeof template.prefix === 'string' ? [template.prefix] : template.prefix;
      const description = request.language === 'ko' ? template.descriptionKo : template.description;
      return {
        label: name,
        kind: KIND_SNIPPET,
        detail: description,
        filterText: [...prefixes, name].join(' '),
        insertTextFormat: FORMAT_SNIPPET,
        insertText: template.body.join('\n'),
      };
    });
}
