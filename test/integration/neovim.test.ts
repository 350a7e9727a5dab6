import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

interface NeovimResult {
  error?: string;
  diagnostics?: { line: number; code: string; severity: number; message: string }[];
  hover?: string;
}

describe('Neovim (headless, its built-in LSP client) with ./bin/ntpconf-language-server --stdio', function () {
  this.timeout(60_000);

  it('shows our diagnostics on their lines and a hover for iburst', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-nvim-'));
    try {
      const file = path.join(dir, 'chrony.conf');
      writeFileSync(file, 'server time.bora.net\npool 2.kr.pool.ntp.org iburst\nservr x\n');
      const out = path.join(dir, 'result.json');
      const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(ROOT, 'test', 'integration', 'neovim.lua')}`], {
        env: { ...process.env, NTPCONF_SERVER: path.join(ROOT, 'bin', 'ntpconf-language-server'), NTPCONF_FILE: file, NTPCONF_OUT: out },
        encoding: 'utf8',
        timeout: 45_000,
      });
      assert.equal(run.status, 0, `nvim exited ${run.status}: ${run.stderr}`);
      const result = JSON.parse(readFileSync(out, 'utf8')) as NeovimResult;
      assert.equal(result.error, undefined);
      const seen = (result.diagnostics ?? []).map((d) => [d.line, d.code, d.severity]);
      assert.deepEqual(
        seen.filter(([, code]) => code === 'missing-iburst' || code === 'unknown-directive'),
        [
          [0, 'missing-iburst', 3],
          [2, 'unknown-directive', 1],
        ],
      );
      assert.match(result.hover ?? '', /^\*\*pool iburst\*\*/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
