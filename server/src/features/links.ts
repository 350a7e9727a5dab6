import type { DocumentLink } from 'vscode-languageserver-types';
import { pick, localized, type Language } from '../core/localized';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import type { Token } from '../core/token';
import { tokenRange } from '../core/finding';
import { bindLine } from '../formats/ntpconf/model/bindLine';

const GLOB = /[*?[]/;
// Opening a device or kernel file in an editor can block: never link to them.
const SPECIAL_FILES = /^\/(dev|proc|sys)(\/|$)/;

function escapeForUrl(path: string): string {
  return path.replace(/%/g, '%25').replace(/#/g, '%23').replace(/\?/g, '%3F');
}

/** The file URI a path word names, relative paths resolved against the document's folder. */
export function resolvePathUri(path: string, documentUri: string): string | undefined {
  if (path === '' || GLOB.test(path) || SPECIAL_FILES.test(path)) return undefined;
  const unquoted = path.length >= 2 && path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1) : path;
  const isFileDocument = documentUri.startsWith('file:');
  if (!unquoted.startsWith('/') && !isFileDocument) return undefined;
  try {
    const target = new URL(escapeForUrl(unquoted), isFileDocument ? documentUri : 'file:///');
    // `../../proc/x` only shows where it leads once resolved.
    return SPECIAL_FILES.test(decodeURIComponent(target.pathname)) ? undefined : target.href;
  } catch {
    return undefined;
  }
}

/** The path words of a line: positional arguments and option values the catalog types as `path`. */
function pathTokens(config: ParsedConfig, lineNumber: number): Token[] {
  const line = config.lines[lineNumber];
  if (line === undefined || line.tokens.length < 2) return [];
  const { roles } = bindLine(line, config.dialect);
  const paths: Token[] = [];
  roles.forEach((role, index) => {
    const type = role.kind === 'argument' ? role.argument.type : role.kind === 'optionValue' ? role.option.value : undefined;
    if (type?.kind === 'path') paths.push(line.tokens[index] as Token);
  });
  return paths;
}

/** Directory arguments (`logdir`, `statsdir`, `ntsdumpdir`…): an editor cannot open a folder as a document. */
function namesDirectory(directive: string, path: string): boolean {
  return /dir$/i.test(directive) || path.endsWith('/');
}

/** Links for every file a directive names (driftfile, keys, include, …). */
export function documentLinks(config: ParsedConfig, documentUri: string, language: Language): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const line of config.directives) {
    const directive = (line.tokens[0] as Token).text;
    for (const token of pathTokens(config, line.line)) {
      if (namesDirectory(directive, token.text)) continue;
      const target = resolvePathUri(token.text, documentUri);
      if (target === undefined) continue;
      links.push({ range: tokenRange(token), target, tooltip: pick(localized(`Open ${token.text}`, `${token.text} 열기`), language) });
    }
  }
  return links;
}
