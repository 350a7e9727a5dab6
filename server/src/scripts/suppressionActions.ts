import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { Language } from '../l10n/localized';
import type { Finding } from '../validation/finding';
import type { ParsedScript } from './types';

/**
 * "Disable for this line / file" in the script's own comment syntax (`REM` in batch files, `#` in PowerShell and
 * shell, `;` in .reg files), the file comment after a .reg header, `@echo off` or `#!` line.
 */
export function scriptSuppressionActions(uri: string, finding: Finding, diagnostic: Diagnostic, script: ParsedScript, language: Language): CodeAction[] {
  const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });
  const title = (en: string, ko: string) => (language === 'ko' ? ko : en);
  const leader = script.commentLeader;
  return [
    {
      title: title(`Disable ${finding.code} for this line`, `이 줄에서 ${finding.code} 끄기`),
      kind: 'quickfix',
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: at(finding.range.start.line), newText: `${leader} ntpconf-disable-next-line ${finding.code}\n` }] } },
    },
    {
      title: title(`Disable ${finding.code} for this file`, `이 파일에서 ${finding.code} 끄기`),
      kind: 'quickfix',
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: at(script.fileCommentLine), newText: `${leader} ntpconf-disable ${finding.code}\n` }] } },
    },
  ];
}
