import * as assert from 'node:assert/strict';
import { detectDocumentKind } from '../../server/src/formats/detectDocumentKind';
import { parseW32time } from '../../server/src/formats/w32time/parseW32time';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { validateText } from '../../server/src/engine/validate';
import { fixedText, scriptCodes } from '../support/scripts';

const KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\W32Time';
const kindOf = (input: Parameters<typeof detectDocumentKind>[0]) => detectDocumentKind(input).kind;
const codes = (text: string) => scriptCodes(text, 'w32time');
const fix = (text: string) => fixedText(text, 'w32time');

describe('W32Time scripts: what counts as one', () => {
  it('takes batch, PowerShell and .reg files by language or name, and checks them only when they mention W32Time', () => {
    assert.equal(kindOf({ text: 'w32tm /resync\n', languageId: 'bat', path: 'file:///c%3A/ops/sync.cmd' }), 'w32time');
    assert.equal(kindOf({ text: 'Restart-Service w32time\n', path: 'C:\\ops\\sync.ps1' }), 'w32time');
    assert.equal(kindOf({ text: 'Windows Registry Editor Version 5.00\n', path: 'time.reg' }), 'unrelated-script');
    assert.equal(kindOf({ text: '@echo off\ncopy a b\n', languageId: 'bat' }), 'unrelated-script');
    assert.equal(kindOf({ text: 'echo hi\n', languageId: 'shellscript', path: '/home/me/build.sh' }), 'unrelated-script');
  });

  it('a script by name stays a script whatever the dialect setting; a per-file choice still wins', () => {
    assert.equal(kindOf({ text: 'net stop w32time\n', path: 'restart.cmd', setting: 'chrony' }), 'w32time');
    assert.equal(kindOf({ text: 'net stop w32time\n', path: 'restart.cmd', override: 'ntpd' }), 'ntpd');
  });

  it('reads a nameless file as W32Time only from unmistakable lines, and not when a dialect is chosen', () => {
    assert.equal(kindOf({ text: 'w32tm /config /update\n' }), 'w32time');
    assert.equal(kindOf({ text: 'w32tm /config /update\n', setting: 'ntpd' }), 'ntpd');
    assert.equal(kindOf({ text: '# w32tm is not here\nserver a iburst\n', path: '/etc/ntp.conf' }), 'ntpd');
    assert.equal(kindOf({ text: 'w32tm /resync\n', setting: 'w32time' }), 'w32time');
  });

  it('a script without W32Time lines gets no diagnostics at all', () => {
    const text = '@echo off\nnet stop spooler\nsc config spooler start=auto\nreg add "HKLM\\SOFTWARE\\Foo" /v Bar /d 1 /f\n';
    assert.deepEqual(validateText(text, 'unrelated-script', DEFAULT_SETTINGS).findings, []);
    assert.deepEqual(codes(text), []);
  });
});

describe('W32Time scripts: reading commands', () => {
  it('splits commands at && and |, follows ^ continuations, stops at redirections', () => {
    const script = parseW32time('net stop w32time && net start w32time\nw32tm /config ^\n  /manualpeerlist:"a.example,0x8" /update >nul 2>&1\n');
    assert.deepEqual(
      script.services.map((s) => [s.line, s.action.text, s.service.text]),
      [
        [0, 'stop', 'w32time'],
        [0, 'start', 'w32time'],
      ],
    );
    const [command] = script.commands;
    assert.deepEqual(
      command?.switches.map((s) => [s.name, s.nameToken.line]),
      [
        ['config', 1],
        ['manualpeerlist', 2],
        ['update', 2],
      ],
    );
    assert.deepEqual(command?.strays, []);
  });

  it('reads PowerShell: cmdlets, the call operator, a quoted whole switch, block comments', () => {
    const text = [
      '<#',
      'w32tm /config /manualpeerlist:nope',
      '#>',
      `Set-ItemProperty -Path "HKLM:\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Parameters" -Name NtpServer -Value 'time.bora.net'`,
      '& w32tm.exe "/manualpeerlist:a.example,0x8 b.example,0x8" /config /syncfromflags:manual /update',
      'Restart-Service -Name w32tm -Force',
    ].join('\n');
    assert.deepEqual(codes(text), [
      [3, 'w32time-peer-flags'],
      [5, 'w32time-service-name'],
    ]);
    assert.equal(parseW32time(text).commentLeader, '#');
  });

  it('reads .reg sections, skipping other keys, deletions and the default value', () => {
    const text = [
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Other]',
      '"NtpServer"="x"',
      '',
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Parameters]',
      '@=""',
      '"NtpServer"=-',
      '"Type"="NTP"',
    ].join('\r\n');
    const script = parseW32time(text);
    assert.deepEqual(
      script.registry.map((w) => [w.line, w.name?.text, w.type?.value, w.data?.text]),
      [
        [6, undefined, 'REG_SZ', ''],
        [7, 'NtpServer', undefined, undefined],
        [8, 'Type', 'REG_SZ', 'NTP'],
      ],
    );
    assert.equal(script.commentLeader, ';');
    assert.equal(script.fileCommentLine, 1);
  });
});

describe('W32Time rules: edge cases', () => {
  it('a /config without /update is fine before a restart, but not when it targets another computer', () => {
    assert.deepEqual(codes('w32tm /config /syncfromflags:manual /manualpeerlist:"a.example,0x8"\nnet stop w32time\nnet start w32time\n'), []);
    assert.deepEqual(codes('w32tm /config /computer:dc01 /syncfromflags:manual /manualpeerlist:"a.example,0x8"\nnet start w32time\n'), [
      [0, 'w32tm-config-incomplete'],
    ]);
    assert.deepEqual(codes(`w32tm /config /manualpeerlist:"a.example,0x8" /update\nreg add "${KEY}\\Parameters" /v Type /t REG_SZ /d NTP /f\n`), []);
  });

  it('accepts every client-mode flag combination; meaningless bits are reported without a fix', () => {
    assert.deepEqual(codes('w32tm /config /syncfromflags:manual /manualpeerlist:"a,0x8 b,0x9 c,0xa c2,0xb" /update\n'), []);
    const [finding] = validateText('w32tm /config /syncfromflags:manual /manualpeerlist:"a,0x18" /update\n', 'w32time', DEFAULT_SETTINGS).findings;
    assert.equal(finding?.code, 'w32time-peer-flags');
    assert.equal(finding?.fixes, undefined);
  });

  it('SpecialPollInterval is judged only against peers set in the same file', () => {
    assert.deepEqual(codes(`reg add "${KEY}\\TimeProviders\\NtpClient" /v SpecialPollInterval /t REG_DWORD /d 3600 /f\n`), []);
  });

  it('leaves values from variables alone: %NTP%, !NTP!, $servers', () => {
    const text = [
      'w32tm /config /syncfromflags:manual /manualpeerlist:%NTP_SERVERS% /update',
      'w32tm /config /syncfromflags:manual /manualpeerlist:"!PEERS!" /update',
      `reg add "${KEY}\\TimeProviders\\NtpClient" /v SpecialPollInterval /t REG_DWORD /d %INTERVAL% /f`,
      'w32tm /config /syncfromflags:manual /manualpeerlist:$servers /update',
    ].join('\n');
    assert.deepEqual(codes(text), []);
  });

  it('only W32Time services and keys are checked', () => {
    assert.deepEqual(codes('sc config w32time start= auto\nsc config spooler start=auto\nnet stop w32tm2\n'), []);
  });
});

describe('W32Time fixes produce the right commands', () => {
  it('quotes and separates a comma-joined, unquoted peer list, adding client mode', () => {
    assert.equal(
      fix('w32tm /config /manualpeerlist:a.example,b.example /syncfromflags:manual /update\n'),
      'w32tm /config /manualpeerlist:"a.example,0x8 b.example,0x8" /syncfromflags:manual /update\n',
    );
  });

  it('repairs a pasted command: curly quotes, 0×1, SymmetricActive', () => {
    assert.equal(
      fix('w32tm /config /syncfromflags:manual /manualpeerlist:”pool.ntp.org,0×5” /update\n'),
      'w32tm /config /syncfromflags:manual /manualpeerlist:"pool.ntp.org,0x9" /update\n',
    );
  });

  it('writes numbers as REG_DWORD in reg add, .reg and PowerShell', () => {
    assert.equal(fix(`reg add "${KEY}\\Config" /v MinPollInterval /d 6 /f\n`), `reg add "${KEY}\\Config" /v MinPollInterval /t REG_DWORD /d 6 /f\n`);
    const reg = `Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Config]\n"MinPollInterval"="6"\n`;
    assert.equal(fix(reg).split('\n')[3], '"MinPollInterval"=dword:00000006');
    assert.equal(
      fix(`New-ItemProperty -Path "HKLM:\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Config" -Name MinPollInterval -Value 6 -PropertyType String\n`),
      `New-ItemProperty -Path "HKLM:\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Config" -Name MinPollInterval -Value 6 -PropertyType DWord\n`,
    );
  });

  it('limits unlimited corrections to 48 hours in .reg syntax', () => {
    const reg = `Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Config]\n"MaxNegPhaseCorrection"=dword:ffffffff\n`;
    assert.equal(fix(reg).split('\n')[3], '"MaxNegPhaseCorrection"=dword:0002a300');
  });

  it('names the service in PowerShell and sc.exe, and spaces sc options', () => {
    assert.equal(fix('Stop-Service w32tm\nsc.exe config w32tm start=auto\n'), 'Stop-Service w32time\nsc.exe config w32time start= auto\n');
  });
});

describe('W32Time suppressions and settings', () => {
  it('honours REM, :: and ; comments, and per-rule severities', () => {
    assert.deepEqual(codes('REM ntpconf-disable-next-line w32time-service-name\nnet stop w32tm\n:: ntpconf-disable-next-line\nnet start w32tm\n'), []);
    const reg = `Windows Registry Editor Version 5.00\n; ntpconf-disable w32time-peer-flags\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Parameters]\n"NtpServer"="a.example"\n`;
    assert.deepEqual(codes(reg), []);
    assert.deepEqual(scriptCodes('net stop w32tm\n', 'w32time', { rules: { 'w32time-service-name': 'off' } }), []);
    const [finding] = validateText('net stop w32tm\n', 'w32time', { ...DEFAULT_SETTINGS, rules: { 'w32time-service-name': 'hint' } }).findings;
    assert.equal(finding?.severity, 4);
  });
});
