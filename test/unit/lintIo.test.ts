import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runLint } from '../../cli/src/cli';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'ntpconf');

interface LintIo {
  stdin?: string;
  writeFile?: (file: string, data: Uint8Array) => void;
}

function lint(args: string[], { stdin = '', writeFile }: LintIo = {}) {
  let stdout = '';
  let stderr = '';
  const status = runLint(args, { stdout: (s) => (stdout += String(s)), stderr: (s) => (stderr += s), env: {}, readStdin: () => stdin, writeFile });
  return { status, stdout, stderr };
}

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ntpconf-io-')), name);
  writeFileSync(file, text);
  return file;
}

function run(command: string, timeout = 10_000) {
  return spawnSync('sh', ['-c', command], { encoding: 'utf8', timeout, env: { ...process.env, BIN } });
}

describe('lint reads only regular files, within a size limit', () => {
  for (const special of ['/dev/zero', '/dev/urandom', '/proc/self/pagemap']) {
    it(`refuses ${special} at once with exit 2`, () => {
      const result = run(`"$BIN" lint ${special}`);
      assert.deepEqual([result.status, result.signal], [2, null], result.stderr);
      assert.match(result.stderr, new RegExp(`cannot read ${special}: a file under /proc, /sys or /dev`));
    });
  }

  it('refuses a FIFO instead of blocking on it', function () {
    const fifo = path.join(mkdtempSync(path.join(tmpdir(), 'ntpconf-fifo-')), 'ntp.conf');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    const result = run(`"$BIN" lint "${fifo}"`);
    assert.deepEqual([result.status, result.signal], [2, null], result.stderr);
    assert.match(result.stderr, /not a regular file/);
  });

  it('stops reading endless standard input at the limit', () => {
    const result = run(`"$BIN" lint - < /dev/zero`);
    assert.deepEqual([result.status, result.signal], [2, null], result.stderr);
    assert.match(result.stderr, /cannot read standard input: larger than 16 MiB/);
  });

  it('names the limit in --help', () => {
    assert.match(run(`"$BIN" --help`).stdout, /16 MiB/);
  });
});

describe('lint --fix writes atomically', () => {
  it('leaves the file whole when the disk fills up (tmpfs)', function () {
    if (process.getuid?.() !== 0 || spawnSync('unshare', ['-m', 'true']).status !== 0) this.skip();
    const dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-full-'));
    const lines = Array.from({ length: 1500 }, (_, i) => `server s${i}.example.org\n`).join('');
    writeFileSync(path.join(dir, 'source.conf'), lines);
    // 64 KiB of disk: the 30 KB config plus filler leave less room than the 41 KB fixed file needs.
    const script = `mount -t tmpfs -o size=64k tmpfs "$D/mnt" && cp "$D/source.conf" "$D/mnt/ntp.conf" && head -c 28000 /dev/zero > "$D/mnt/filler"; "$BIN" lint --fix "$D/mnt/ntp.conf" >/dev/null; echo "status=$?"; cmp "$D/source.conf" "$D/mnt/ntp.conf" && echo intact; ls -a "$D/mnt"`;
    const result = spawnSync('unshare', ['-m', 'sh', '-c', `mkdir "$D/mnt" && ${script}`], {
      encoding: 'utf8',
      env: { ...process.env, BIN, D: dir },
      timeout: 20_000,
    });
    assert.match(result.stdout, /status=2\nintact\n/, result.stdout + result.stderr);
    assert.match(result.stderr, /cannot write .*ntp\.conf: no space left on device/);
    assert.deepEqual(
      result.stdout.split('\n').filter((name) => name.includes('ntpconf')),
      [],
      'no temporary file left behind',
    );
  });

  it('reports a file it cannot write and goes on with the next one', () => {
    const readOnly = tempFile('chrony.conf', 'server a.example\n');
    const writable = tempFile('chrony.conf', 'server b.example\n');
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${readOnly}'`), { code: 'EACCES' });
    const result = lint(['--fix', readOnly, writable], {
      writeFile: (file, data) => {
        if (file === readOnly) throw denied;
        writeFileSync(file, data);
      },
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, new RegExp(`cannot write ${readOnly}: permission denied`));
    assert.doesNotMatch(result.stderr, /internal error/);
    assert.match(readFileSync(writable, 'utf8'), /server b\.example iburst/);
  });

  it('keeps a symlink a link, and the file mode', () => {
    const target = tempFile('chrony.conf', 'server a.example\n');
    chmodSync(target, 0o640);
    const link = path.join(mkdtempSync(path.join(tmpdir(), 'ntpconf-link-')), 'chrony.conf');
    spawnSync('ln', ['-s', target, link]);
    assert.equal(lint(['--fix', link]).status, 0);
    assert.equal(run(`test -L "${link}" && stat -c %a "${target}"`).stdout.trim(), '640');
    assert.match(readFileSync(target, 'utf8'), /iburst/);
  });
});

describe('lint --fix on the command line', () => {
  it('--fix - prints the config, and only the config, on stdout; diagnostics go to stderr', () => {
    const clean = lint(['--fix', '--dialect', 'chrony', '-'], { stdin: 'pool pool.ntp.org iburst\ndriftfile /var/lib/chrony/drift\nmakestep 1 3\nrtcsync\n' });
    assert.equal(clean.stdout, 'pool pool.ntp.org iburst\ndriftfile /var/lib/chrony/drift\nmakestep 1 3\nrtcsync\n');
    const fixed = lint(['--fix', '--dialect', 'chrony', '-'], { stdin: 'server a.example\nfrobnicate 1\n' });
    assert.equal(fixed.stdout, 'server a.example iburst\nmakestep 1 3\nfrobnicate 1\nrtcsync\n');
    assert.doesNotMatch(fixed.stdout, /\[[a-z-]+\]|error:|warning:/);
    assert.match(fixed.stderr, /-:3:1: error: .*\[unknown-directive\]/);
    assert.match(fixed.stderr, /-:1: fixed: .*\[missing-iburst\]/);
  });

  it('lists each change it made in text output', () => {
    const file = tempFile('ntp.conf', 'server a.example iburst\nserver b.example iburst\n');
    const { stdout } = lint(['--fix', file]);
    assert.match(stdout, new RegExp(`${file}:1: fixed: .*\\[missing-restrict-default\\]`));
  });

  it('marks the codes --fix repairs in --help', () => {
    const help = run(`"$BIN" --help`).stdout;
    assert.match(help, /--fix repairs: .*missing-iburst/s);
    assert.match(help, /missing-restrict-default/);
  });

  it('ends quietly when the reader of its output goes away (| head)', () => {
    const file = tempFile('chrony.conf', Array.from({ length: 5000 }, (_, i) => `server s${i}.example\n`).join(''));
    const result = run(`"$BIN" lint "${file}" | head -1`);
    assert.equal(result.stdout.split('\n').length, 2);
    assert.doesNotMatch(result.stderr, /EPIPE|\n\s+at /);
  });
});

describe('lint text output is safe for a terminal', () => {
  it('shows control characters from the file as escapes', () => {
    const file = tempFile('chrony.conf', '\x1b]0;owned\x07 x\nserver a.example \x1b]52;c;ZWNobyBoaQ==\x07\n\x9b2J\n');
    const { stdout } = lint([file]);
    assert.match(stdout, /Unknown directive `\\e\]0;owned\\x07`/);
    assert.match(stdout, /Unknown option `\\e\]52;c;ZWNobyBoaQ==\\x07`/);
    assert.match(stdout, /`\\x9b2J`/);
    assert.doesNotMatch(stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('escapes file names in messages on stderr', () => {
    const { stderr } = lint(['/nonexistent/\x1b[2J.conf']);
    assert.match(stderr, /\\e\[2J/);
    assert.doesNotMatch(stderr, /\x1b/);
  });
});
