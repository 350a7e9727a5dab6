import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runLint } from '../../cli/src/cli';

function lint(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = runLint(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {}, readStdin: () => stdin });
  return { status, stdout, stderr };
}

function tempFile(relative: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ntpconf-w32-')), relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

describe('ntpconf lint on scripts', () => {
  it('lints a batch file by name, reporting only its W32Time lines', () => {
    const file = tempFile('sync.cmd', '@echo off\ncopy a b\nnet stop w32tm\nnet start w32time\n');
    const { status, stdout } = lint(['--format', 'json', file]);
    const [report] = JSON.parse(stdout) as { dialect: string; diagnostics: { code: string; range: { start: { line: number } } }[] }[];
    assert.equal(status, 1);
    assert.equal(report?.dialect, 'w32time');
    assert.deepEqual(
      report?.diagnostics.map((d) => [d.range.start.line, d.code]),
      [[2, 'w32time-service-name']],
    );
  });

  it('reads a UTF-16 .reg export and writes the fixes back in UTF-16', () => {
    const text =
      '\ufeffWindows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Config]\r\n"MaxPosPhaseCorrection"=dword:ffffffff\r\n';
    const file = tempFile('w32time.reg', Buffer.from(text, 'utf16le'));
    assert.match(lint([file]).stdout, /:4:31: warning: MaxPosPhaseCorrection 0xFFFFFFFF .*\[w32time-unlimited-correction\]/);
    assert.equal(lint(['--fix', file]).status, 0);
    assert.equal(readFileSync(file).toString('utf16le'), text.replace('ffffffff', '0002a300'));
  });

  it('lints HP-UX netdaemons and AIX rc.tcpip by path, and fixes them', () => {
    const netdaemons = tempFile('etc/rc.config.d/netdaemons', 'export NTPDATE_SERVER=time.bora.net\nexport XNTPD=0\n');
    const rcTcpip = tempFile('etc/rc.tcpip', '#start /usr/sbin/xntpd "$src_running" "-x"\n');
    const { stdout } = lint([netdaemons, rcTcpip]);
    assert.match(stdout, /netdaemons:2:8: warning: .*\[hpux-xntpd-disabled\]/);
    assert.match(stdout, /rc.tcpip:1:1: warning: .*\[aix-xntpd-not-started\]/);
    lint(['--fix', netdaemons, rcTcpip]);
    assert.equal(readFileSync(netdaemons, 'utf8'), 'export NTPDATE_SERVER=time.bora.net\nexport XNTPD=1\n');
    assert.equal(readFileSync(rcTcpip, 'utf8'), 'start /usr/sbin/xntpd "$src_running" "-x"\n');
  });

  it('takes --dialect w32time for standard input, and leaves unrelated scripts alone', () => {
    assert.match(lint(['--dialect', 'w32time', '-'], 'w32tm /config /manualpeerlist:10.10.10.1/update\n').stdout, /\[w32tm-glued-switch\]/);
    const other = tempFile('build.sh', '#!/bin/sh\nmake all\n');
    assert.deepEqual(lint([other]), { status: 0, stdout: '', stderr: '' });
  });
});
