import type { SuppressionPlace } from './suppressions';
import type { ParsedScript } from '../formats/script/types';

/**
 * Suppression comments in the script's own comment syntax (`REM` in batch files, `#` in PowerShell and shell, `;` in
 * .reg files); the file comment goes after a .reg header, `@echo off` or `#!` line.
 */
export function scriptSuppressionPlace(script: ParsedScript): SuppressionPlace {
  const at = script.fileCommentLine;
  return { leader: script.commentLeader, indent: '', fileComment: { start: { line: at, character: 0 }, end: { line: at, character: 0 } } };
}
