import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeFileAtomically } from '../../server/src/core/atomicWrite';
import { decodeText, encodeText } from '../../server/src/core/textFile';

describe('writeFileAtomically', () => {
  it('leaves the original whole and no temporary file when a write fails half-way (full disk)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-atomic-'));
    const file = path.join(dir, 'ntp.conf');
    writeFileSync(file, 'server a.example\n');
    let calls = 0;
    const diskFillsUp = (fd: number, data: Uint8Array, offset: number, length: number) => {
      if (++calls > 1) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return writeSync(fd, data, offset, Math.min(length, 5));
    };
    assert.throws(() => writeFileAtomically(file, Buffer.from('server a.example iburst\n'), diskFillsUp), { code: 'ENOSPC' });
    assert.equal(readFileSync(file, 'utf8'), 'server a.example\n');
    assert.deepEqual(readdirSync(dir), ['ntp.conf']);
  });
});

describe('decodeText and encodeText', () => {
  it('give back the very bytes of any file, valid UTF-8 or not', () => {
    const samples = [
      Buffer.from('# caf\xe9\r\n', 'latin1'),
      Buffer.from([0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xc0, 0xaf]),
      Buffer.from('한국 \u{1f600}\n'),
      randomBytes(4096),
    ];
    for (const bytes of samples) assert.deepEqual(encodeText(decodeText(bytes)), bytes);
  });

  it('keep UTF-16 files, BOM and an odd last byte included', () => {
    const bytes = Buffer.concat([Buffer.from('\ufeffWindows Registry Editor Version 5.00\r\n', 'utf16le'), Buffer.of(0x41)]);
    assert.deepEqual(encodeText(decodeText(bytes)), bytes);
  });
});
