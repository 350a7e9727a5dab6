// The CLI's bundle leaves the catalog's hover texts out (scripts/bundle.mjs) to start faster: what `ntpconf lint`
// reports must stay exactly what the engine reports, in every output format and language.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { runLint } from '../../cli/src/cli';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

function bundled(args: readonly string[]): string {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin', 'ntpconf'), 'lint', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60000 })
    .stdout;
}

function engine(args: readonly string[]): string {
  let out = '';
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    runLint(args, { stdout: (s) => (out += String(s)), stderr: () => undefined, env: {}, readStdin: () => '' });
  } finally {
    process.chdir(cwd);
  }
  return out;
}

describe('the CLI bundle without hover texts reports exactly what the engine reports', function () {
  this.timeout(120000);
  for (const args of [
    ['--format', 'json', FIXTURES],
    ['--format', 'sarif', FIXTURES],
    ['--lang', 'ko', FIXTURES],
  ]) {
    it(`ntpconf lint ${args.slice(0, -1).join(' ')} test/fixtures`, () => {
      const fromBundle = bundled(args);
      assert.ok(fromBundle.length > 10000, `the bundle printed ${fromBundle.length} characters`);
      assert.equal(fromBundle, engine(args));
    });
  }
});
