import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

describe('the language server bundle', () => {
  it('holds no network or ssh code: verification lives in verify/ and runs in the client and the CLI only', () => {
    const bundle = (name: string) => readFileSync(path.join(ROOT, 'dist', name), 'utf8');
    const server = bundle('server.js');
    // The lint path loads neither: probe and check-host are their own files, required when named.
    const lint = bundle('cli.js');
    // dgram sends the NTP queries; BatchMode is in every ssh command line Check Host builds.
    for (const [marker, command] of [
      [/require\("(node:)?dgram"\)/, 'probeCli.js'],
      [/BatchMode/, 'checkHostCli.js'],
    ] as const) {
      assert.ok(marker.test(bundle(command)), `dist/${command} has ${marker} (the check itself works)`);
      assert.ok(!marker.test(server), `dist/server.js has ${marker}`);
      assert.ok(!marker.test(lint), `dist/cli.js has ${marker}`);
    }
  });
});
