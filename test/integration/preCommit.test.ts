import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const TREE = path.join(ROOT, 'test', 'fixtures', 'tree');

describe('pre-commit runs the ntpconf hook of this repository on a configuration-management tree', function () {
  // pre-commit clones this repository, npm installs and builds it, packs the CLI and installs it: a minute or so.
  this.timeout(300_000);

  it('fails on an error in a template, passes once it is fixed, and lints only the NTP files', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'ntpconf-pre-commit-'));
    try {
      cpSync(TREE, work, { recursive: true });
      writeFileSync(path.join(work, 'roles/chrony/templates/chrony.conf.j2'), 'servr {{ ntp_server }} iburst\n');
      writeFileSync(path.join(work, 'notes.txt'), 'servr is not checked here\n');
      const git = (...args: string[]) => execFileSync('git', args, { cwd: work, stdio: 'ignore' });
      git('init', '-q');
      git('add', '-A');
      // try-repo tests a hook repository as users would add it (HEAD plus uncommitted changes of this checkout).
      const env = { ...process.env, PRE_COMMIT_HOME: path.join(work, '.pre-commit-home'), PRE_COMMIT_COLOR: 'never' };
      const run = () => spawnSync('pre-commit', ['try-repo', ROOT, 'ntpconf', '--all-files'], { cwd: work, env, encoding: 'utf8', timeout: 280_000 });
      const failing = run();
      assert.equal(failing.status, 1, failing.stdout + failing.stderr);
      assert.match(failing.stdout, /roles\/chrony\/templates\/chrony\.conf\.j2:1:1: error: Unknown directive `servr`/);
      assert.doesNotMatch(failing.stdout, /notes\.txt/);
      writeFileSync(path.join(work, 'roles/chrony/templates/chrony.conf.j2'), 'server {{ ntp_server }} iburst\n');
      git('add', '-A');
      const passing = run();
      assert.equal(passing.status, 0, passing.stdout + passing.stderr);
      assert.match(passing.stdout, /ntpconf lint\.+Passed/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
