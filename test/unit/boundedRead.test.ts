import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FileRefusedError, readRegularFile } from '../../server/src/core/boundedRead';

describe('readRegularFile', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-bounded-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads files of every size up to the limit whole, sized by fstat, and refuses one byte more', () => {
    for (const size of [0, 1, 13, 4095, 4096, 65535, 65536, 70000, 200000]) {
      const file = path.join(dir, `f${size}`);
      const bytes = Buffer.alloc(size, 'a');
      writeFileSync(file, bytes);
      assert.deepEqual(readRegularFile(file, 200000), bytes, `${size} bytes`);
    }
    writeFileSync(path.join(dir, 'big'), Buffer.alloc(200001, 'a'));
    assert.throws(
      () => readRegularFile(path.join(dir, 'big'), 200000),
      (error: unknown) => error instanceof FileRefusedError && error.reason === 'too-large',
    );
  });
});
