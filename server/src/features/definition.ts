import type { Location } from 'vscode-languageserver-types';
import { directiveName, splitLines } from '../formats/ntpconf/parser/parseConfig';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import type { Token } from '../core/token';
import { tokenRange } from '../core/finding';
import { bindLine } from '../formats/ntpconf/model/bindLine';
import { resolvePathUri } from './links';
import { tokenAt } from './tokenAt';

/** Reads a file the document names (the keys file); undefined when it cannot or should not. */
type ReadLinkedFile = (uri: string) => string | undefined;

/** Directives that hold the key file's path, per dialect family. */
const KEY_FILE_DIRECTIVES = new Set(['keys', 'keyfile']);

function keyListed(word: string, key: number): boolean {
  const range = /^(\d+)-(\d+)$/.exec(word);
  if (range !== null) return key >= Number(range[1]) && key <= Number(range[2]);
  return /^\d+$/.test(word) && Number(word) === key;
}

/** Lines of a keys file whose first word is the key number (`1 SHA1 HEX:…` in both daemons' formats). */
function keyFileEntries(text: string, uri: string, key: number): Location[] {
  const locations: Location[] = [];
  splitLines(text).forEach((line, number) => {
    const match = /^(\s*)(\d+)(?=\s)/.exec(line);
    if (match !== null && Number(match[2]) === key) {
      const start = (match[1] as string).length;
      locations.push({ uri, range: { start: { line: number, character: start }, end: { line: number, character: start + (match[2] as string).length } } });
    }
  });
  return locations;
}

/** From `key N` on a source line to the `trustedkey` words and keys-file entries that define key N. */
export function definitionAt(config: ParsedConfig, line: number, character: number, documentUri: string, readLinkedFile?: ReadLinkedFile): Location[] {
  const hit = tokenAt(config, line, character);
  if (hit === undefined) return [];
  const role = bindLine(hit.line, config.dialect).roles[hit.index];
  const isKeyValue = role?.kind === 'optionValue' && role.option.name.toLowerCase() === 'key';
  if (!isKeyValue || !/^\d+$/.test(hit.token.text)) return [];
  const key = Number(hit.token.text);
  const locations: Location[] = [];
  const keyFiles: string[] = [];
  for (const directive of config.directives) {
    const name = directiveName(directive, config.dialect);
    if (name === 'trustedkey') {
      for (const word of directive.tokens.slice(1) as Token[]) if (keyListed(word.text, key)) locations.push({ uri: documentUri, range: tokenRange(word) });
    } else if (KEY_FILE_DIRECTIVES.has(name) && directive.tokens[1] !== undefined) {
      const target = resolvePathUri((directive.tokens[1] as Token).text, documentUri);
      if (target !== undefined) keyFiles.push(target);
    }
  }
  if (readLinkedFile !== undefined) {
    for (const uri of keyFiles) {
      const text = readLinkedFile(uri);
      if (text !== undefined) locations.push(...keyFileEntries(text, uri, key));
    }
  }
  return locations;
}
