import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-types';
import { quickFixes } from '../../server/src/engine/codeActions';
import type { Language } from '../../server/src/core/localized';
import { parseScript } from '../../server/src/formats/parseScript';
import { scriptCompletionAt, scriptHoverAt } from '../../server/src/features/scriptFeatures';
import type { ScriptKind } from '../../server/src/core/documentKind';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { toDiagnostic, validateText } from '../../server/src/engine/validate';
import { expandSnippet, ROOT, type Snippet } from '../support/snippets';

const KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\W32Time';

/** Hover text at the first occurrence of `needle` (plus `offset`) in `text`. */
function hoverText(text: string, needle: string, language: Language = 'en', kind: ScriptKind = 'w32time', offset = 1): string | undefined {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  const hover: Hover | null = scriptHoverAt(parseScript(text, kind), line, (lines[line] ?? '').indexOf(needle) + offset, language);
  return hover === null ? undefined : (hover.contents as { value: string }).value;
}

function labels(text: string, kind: ScriptKind = 'w32time'): string[] {
  const lines = text.split('\n');
  const line = lines.length - 1;
  const lineText = lines[line] as string;
  return scriptCompletionAt(parseScript(text, kind), lineText, line, lineText.length, 'en').map((i) => i.label);
}

describe('W32Time hovers', () => {
  const script = `w32tm /config /syncfromflags:manual /manualpeerlist:"time.bora.net,0x9" /update\nreg add "${KEY}\\TimeProviders\\NtpClient" /v SpecialPollInterval /t REG_DWORD /d 60 /f\nnet stop w32time\necho done\n`;

  it('explains switches, their keywords and peer flags, in English and Korean', () => {
    assert.match(hoverText(script, '/manualpeerlist') ?? '', /manual peer list \(the `NtpServer` registry value\)/);
    assert.match(hoverText(script, '/manualpeerlist', 'ko') ?? '', /수동 피어 목록/);
    assert.match(hoverText(script, 'manual /', 'en', 'w32time', 0) ?? '', /`MANUAL` → The peers of the manual peer list/);
    assert.match(hoverText(script, '0x9') ?? '', /SpecialInterval \+ Client/);
    assert.match(hoverText(script, '0x9', 'ko') ?? '', /클라이언트 모드로 요청합니다/);
  });

  it('explains registry values with type, unit, default and the concrete meaning of the data', () => {
    const name = hoverText(script, 'SpecialPollInterval') ?? '';
    assert.match(name, /\*\*SpecialPollInterval\*\* · `REG_DWORD` · seconds/);
    assert.match(name, /604800 \(7 days\)/);
    assert.match(hoverText(script, '/d 60', 'en', 'w32time', 3) ?? '', /Value: `60` → 1 min/);
    assert.match(hoverText(script, 'NtpClient') ?? '', /\*\*W32Time\\TimeProviders\\NtpClient\*\*/);
    assert.match(hoverText(script, 'w32time', 'en', 'w32time', 2) ?? '', /service name of Windows Time/);
  });

  it('is silent on lines that are not W32Time statements', () => {
    assert.equal(hoverText(script, 'echo'), undefined);
    assert.equal(hoverText('@echo off\ncopy a b\n', 'copy', 'en', 'unrelated-script'), undefined);
  });
});

describe('W32Time completion', () => {
  it('offers operations, then the switches of the operation, then keywords', () => {
    assert.ok(labels('w32tm /').includes('/config'));
    const config = labels('w32tm /config /update /');
    assert.ok(config.includes('/manualpeerlist') && config.includes('/syncfromflags'));
    assert.ok(!config.includes('/update') && !config.includes('/nowait'));
    assert.deepEqual(labels('w32tm /config /syncfromflags:'), ['MANUAL', 'DOMHIER', 'ALL', 'NO']);
  });

  it('offers the value names of the W32Time subkey after reg add /v, and in .reg sections', () => {
    const items = scriptCompletionAt(parseScript('', 'w32time'), `reg add "${KEY}\\Config" /v Max`, 0, `reg add "${KEY}\\Config" /v Max`.length, 'en');
    const pos = items.find((i) => i.label === 'MaxPosPhaseCorrection');
    assert.deepEqual(pos?.textEdit, {
      range: { start: { line: 0, character: `reg add "${KEY}\\Config" /v `.length }, end: { line: 0, character: `reg add "${KEY}\\Config" /v Max`.length } },
      newText: 'MaxPosPhaseCorrection /t REG_DWORD /d ',
    });
    const reg = labels('Windows Registry Editor Version 5.00\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Parameters]\n"N');
    assert.deepEqual(reg, ['NtpServer', 'Type', 'ServiceDllUnloadOnStop']);
  });

  it('offers nothing on other lines or in unrelated scripts', () => {
    assert.deepEqual(labels('@echo off\ncopy a '), []);
    assert.deepEqual(labels('w32tm /x', 'unrelated-script'), []);
  });
});

describe('W32Time quick fixes', () => {
  function actions(text: string, uri: string) {
    const result = validateText(text, 'w32time', DEFAULT_SETTINGS);
    const diagnostics = result.findings.map((f) => toDiagnostic(f, 'en'));
    return quickFixes(uri, result, diagnostics, 'en');
  }

  it('offers the fix and suppressions written as REM in batch files', () => {
    const list = actions('@echo off\nnet stop w32tm\n', 'file:///c:/t.cmd');
    assert.deepEqual(
      list.map((a) => [a.title, a.edit?.changes?.['file:///c:/t.cmd']?.[0]?.newText]),
      [
        ['Use the service name w32time', 'w32time'],
        ['Disable w32time-service-name for this line', 'REM ntpconf-disable-next-line w32time-service-name\n'],
        ['Disable w32time-service-name for this file', 'REM ntpconf-disable w32time-service-name\n'],
      ],
    );
    assert.deepEqual(list[2]?.edit?.changes?.['file:///c:/t.cmd']?.[0]?.range.start, { line: 1, character: 0 });
  });

  it('writes .reg suppressions with ; after the header', () => {
    const reg = `Windows Registry Editor Version 5.00\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Parameters]\n"NtpServer"="a.example"\n`;
    const file = actions(reg, 'file:///c:/t.reg').find((a) => a.title.endsWith('for this file'));
    assert.deepEqual(file?.edit?.changes?.['file:///c:/t.reg'], [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '; ntpconf-disable w32time-peer-flags\n' },
    ]);
  });
});

describe('W32Time snippets', () => {
  const snippets = JSON.parse(readFileSync(path.join(ROOT, 'snippets', 'w32time.json'), 'utf8')) as Record<string, Snippet>;

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`"${name}" gets no diagnostic`, () => {
      const text = expandSnippet(snippet.body);
      assert.deepEqual(
        validateText(text, 'w32time', DEFAULT_SETTINGS).findings.map((f) => `${f.range.start.line + 1}: ${f.code}`),
        [],
        text,
      );
    });
  }

  it("cover the guides' server and client set-up: config, registry, trigger, restart, resync, status", () => {
    const all = Object.values(snippets)
      .map((s) => s.body.join('\n'))
      .join('\n');
    for (const needle of [
      '/syncfromflags:manual',
      '/reliable:yes',
      'reg add',
      'sc.exe triggerinfo w32time start/networkon stop/networkoff',
      'net stop w32time',
      'w32tm /resync',
      'w32tm /query /status',
    ]) {
      assert.ok(all.includes(needle), needle);
    }
  });

  it('reach bat and PowerShell files through the language server, not as static snippets of those languages', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets?: unknown; languages: { id: string }[] } };
    assert.equal(manifest.contributes.snippets, undefined);
    assert.deepEqual(
      manifest.contributes.languages.map((l) => l.id).filter((id) => ['bat', 'powershell', 'shellscript', 'reg'].includes(id)),
      [],
    );
  });
});
