import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

describe('the language server bundle', () => {
  it('holds no network or ssh code: verification lives in verify/ and runs in the client and the CLI only', () => {
    const server = readFileSync(path.join(ROOT, 'dist', 'server.js'), 'utf8');
    const cli = readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'utf8');
    // dgram sends the NTP queries; BatchMode is in every ssh command line Check Host builds.
    for (const marker of [/require\("(node:)?dgram"\)/, /BatchMode/]) {
      assert.ok(marker.test(cli), `the CLI bundle has ${marker} (the check itself works)`);
      assert.ok(!marker.test(server), `dist/server.js has ${marker}`);
    }
  });
});
