import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generatedFiles } from '../../server/src/meta/generated';

const ROOT = path.resolve(__dirname, '../../..');

function read(file: string): string {
  const full = path.join(ROOT, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : '';
}

describe('generated files', () => {
  it('settings schema, nls, README table, docs headers and grammars are up to date (run npm run generate)', () => {
    const stale = generatedFiles(read)
      .filter(({ file, text }) => read(file) !== text)
      .map(({ file }) => file);
    assert.deepEqual(stale, [], `stale: ${stale.join(', ')}; run npm run generate`);
  });
});
