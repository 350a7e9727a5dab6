import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

// bin/codeCache.js is plain JavaScript next to the CLI's launcher.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { requireWithCodeCache, writeCodeCache } = require('../../../bin/codeCache') as {
  requireWithCodeCache: (file: string) => { answer: (n: number) => number };
  writeCodeCache: (file: string, warm: (exports: { answer: (n: number) => number }) => void) => Promise<void>;
};

describe('the CLI code cache (bin/codeCache.js)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-code-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a bundle through its cache with the same exports, and ignores the cache once the bundle is rebuilt', async () => {
    const bundle = path.join(dir, 'bundle.js');
    writeFileSync(bundle, 'exports.answer = (n) => n * 2;\n');
    await writeCodeCache(bundle, (exports) => assert.equal(exports.answer(2), 4));
    assert.equal(readdirSync(dir).filter((name) => name.endsWith('.cache')).length, 1);
    assert.equal(requireWithCodeCache(bundle).answer(21), 42);
    // A rebuild without the tag (plain esbuild output) runs as written, even at the same length.
    writeFileSync(bundle, 'exports.answer = (n) => n + 2;\n');
    assert.equal(requireWithCodeCache(bundle).answer(21), 23);
  });
});
