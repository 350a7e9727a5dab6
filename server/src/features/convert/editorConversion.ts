import type { Diagnostic } from 'vscode-languageserver-types';
import { isNtpFamily } from '../../core/dialect';
import { pick, type Language } from '../../core/localized';
import { headline, quotedCode } from '../../core/plainText';
import type { ChronyConversion } from '../../core/protocol';
import type { ParsedConfig } from '../../formats/ntpconf/parser/types';
import { convertToChrony } from './convert';
import type { IncludeReader } from './types';

const CONVERSION_SOURCE = 'ntpconf convert';

/** The conversion of an open document as the editor shows it; null for a chrony.conf. */
export function editorConversion(
  text: string,
  config: ParsedConfig,
  chronyVersion: string,
  language: Language,
  readInclude?: IncludeReader,
): ChronyConversion | null {
  const { dialect } = config;
  if (dialect === 'chrony' || !isNtpFamily(dialect)) return null;
  const result = convertToChrony(text, dialect, { chronyVersion, ...(readInclude !== undefined ? { readInclude } : {}) });
  const notes = result.notes.map((note): Diagnostic => ({
    range: note.range,
    severity: note.severity,
    code: note.code,
    source: CONVERSION_SOURCE,
    // The Problems panel shows one plain-text row: the note's headline, 'restrict source' not `restrict source`;
    // the whole note, in markdown, is the hover's (data.note).
    message: quotedCode(headline(pick(note.message, language))),
    data: { note: pick(note.message, language) },
  }));
  return { dialect, chronyConf: result.chronyConf, chronyKeys: result.chronyKeys, notes };
}
