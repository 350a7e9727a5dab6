import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runLint } from '../../cli/src/cli';

function lint(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runLint(args, { stdout: (s) => (stdout += String(s)), stderr: (s) => (stderr += s), env: {}, readStdin: () => '' });
  return { status, stdout, stderr };
}

function tempFile(name: string, bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ntpconf-bytes-')), name);
  writeFileSync(file, bytes);
  return file;
}

function fixedBytes(name: string, bytes: Buffer, args: string[] = []): Buffer {
  const file = tempFile(name, bytes);
  lint(['--fix', ...args, file]);
  return readFileSync(file);
}

describe('lint --fix writes back only what it meant to change', () => {
  it('keeps invalid UTF-8 (a Latin-1 comment) byte for byte', () => {
    const ascii = fixedBytes('chrony.conf', Buffer.from('# cafe menu\nserver a.example\n', 'latin1'));
    const latin1 = fixedBytes('chrony.conf', Buffer.from('# caf\xe9 menu\nserver a.example\n', 'latin1'));
    assert.ok(ascii.toString('latin1').includes('iburst'));
    assert.deepEqual(latin1, Buffer.from(ascii.toString('latin1').replace('cafe', 'caf\xe9'), 'latin1'));
  });

  it('keeps invalid UTF-8 on the very line a fix edits', () => {
    const fixed = fixedBytes('ntp.conf', Buffer.from('server a.example\t# caf\xe9\n', 'latin1'));
    assert.ok(fixed.toString('latin1').endsWith('\nserver a.example iburst\t# caf\xe9\n'), JSON.stringify(fixed.toString('latin1')));
  });

  it('ends inserted lines with the file’s own CRLF', () => {
    const fixed = fixedBytes('ntp.conf', Buffer.from('server a.example iburst\r\nserver b.example iburst\r\n')).toString('utf8');
    assert.match(fixed, /restrict default/);
    assert.deepEqual(
      fixed.match(/\r?\n|\r/g)?.filter((end) => end !== '\r\n'),
      [],
    );
  });

  it('keeps the byte order mark of a script whose first line changes', () => {
    const fixed = fixedBytes('sync.cmd', Buffer.from('\ufeffnet stop w32tm\r\nnet start w32time\r\n', 'utf8'));
    assert.deepEqual(fixed, Buffer.from('\ufeffnet stop w32time\r\nnet start w32time\r\n', 'utf8'));
  });

  it('splits a W32Time script at a lone CR like the editor, and fixes the line it found', () => {
    const fixed = fixedBytes('sync.cmd', Buffer.from('net stop w32time &\rw32tm /config /manualpeerlist:10.0.0.1 /syncfromflags:manual /update\r\n'));
    assert.equal(fixed.toString('utf8'), 'net stop w32time &\rw32tm /config /manualpeerlist:10.0.0.1,0x8 /syncfromflags:manual /update\r\n');
  });
});
