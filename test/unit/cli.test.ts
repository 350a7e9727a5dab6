import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runLint } from '../../cli/src/cli';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'ntpconf');

function lint(args: string[], stdin = '', env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const status = runLint(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env, readStdin: () => stdin });
  return { status, stdout, stderr };
}

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ntpconf-')), name);
  writeFileSync(file, text);
  return file;
}

describe('ntpconf lint', () => {
  it('prints one JSON element per file, in input order, with LSP diagnostics', () => {
    const chrony = tempFile('chrony.conf', 'server time.bora.net\n');
    const ntp = tempFile('ntp.conf', 'server 10.0.0.1 iburst\n');
    const { status, stdout } = lint(['--format', 'json', chrony, ntp]);
    assert.equal(status, 0);
    const reports = JSON.parse(stdout);
    assert.deepEqual(
      reports.map((r: { file: string; dialect: string }) => [r.file, r.dialect]),
      [
        [chrony, 'chrony'],
        [ntp, 'ntpd'],
      ],
    );
    const iburst = reports[0].diagnostics.find((d: { code: string }) => d.code === 'missing-iburst');
    assert.deepEqual(iburst.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 20 } });
    assert.deepEqual([iburst.severity, iburst.source, typeof iburst.message], [3, 'ntpconf', 'string']);
    assert.ok(!reports[1].diagnostics.some((d: { code: string }) => d.code === 'missing-iburst'));
  });

  it('prints path:line:col: severity: message [code] and exits 1 on errors', () => {
    const file = tempFile('chrony.conf', 'server a.example iburst\nservr b\n');
    const { status, stdout } = lint([file]);
    assert.equal(status, 1);
    assert.deepEqual(
      stdout.split('\n').filter((line) => line.includes('[unknown-directive]')),
      [`${file}:2:1: error: Unknown directive \`servr\`. Did you mean \`server\`? chronyd will refuse to start. [unknown-directive]`],
    );
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines.slice(0, -1)) assert.match(line, /^.+:\d+:\d+: (error|warning|info|hint): .+ \[[a-z0-9-]+\]$/);
    assert.match(lines.at(-1)!, /^1 error, \d+ warnings?, \d+ infos? in 1 file$/, 'a summary ends the text output');
  });

  it('--quiet prints errors only; --max-warnings N fails on more than N warnings; --help and --version exit 0', () => {
    const file = tempFile('chrony.conf', 'server a.example\n');
    const quiet = lint(['--quiet', file]);
    assert.deepEqual([quiet.status, quiet.stdout.split('\n').filter((l) => l.includes(file))], [0, []]);
    assert.match(quiet.stdout, /^0 errors, \d+ warnings?, \d+ infos? in 1 file\n$/, 'the summary still counts what was found');
    assert.equal(lint(['--max-warnings', '0', file]).status, 1, 'a chrony.conf without makestep has a warning');
    assert.equal(lint(['--max-warnings', '99', file]).status, 0);
    assert.equal(lint(['--max-warnings', 'x', file]).status, 2);
    for (const args of [['lint', '--help'], ['probe', '--help'], ['check-host', '-h'], ['--version']]) {
      const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
      assert.equal(run.status, 0, args.join(' '));
      assert.match(run.stdout, args[0] === '--version' ? /^ntpconf \d+\.\d+\.\d+\n$/ : /^Usage: ntpconf /);
    }
  });

  it('colours severities on a terminal only, never when NO_COLOR is set', () => {
    const file = tempFile('chrony.conf', 'servr a\n');
    let plain = '';
    runLint([file], { stdout: (s) => (plain += s), stderr: () => undefined, env: {}, readStdin: () => '' });
    let coloured = '';
    runLint([file], { stdout: (s) => (coloured += s), stderr: () => undefined, env: {}, readStdin: () => '', colour: true });
    assert.ok(!plain.includes('\u001b'));
    assert.match(coloured, /: \u001b\[31merror\u001b\[0m: /);
    const piped = spawnSync(process.execPath, [BIN, 'lint', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
    assert.ok(!piped.stdout.includes('\u001b'), 'a pipe gets no colour');
    // A real terminal (script(1) gives the command a pty) gets colour; /dev/null, a character device too, is no terminal.
    const terminal = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" lint "${file}"`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '' },
    });
    assert.match(terminal.stdout, /: \u001b\[31merror\u001b\[0m: /, terminal.stderr);
    const toNull = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" lint "${file}" >/dev/null; echo "status $?"`], { encoding: 'utf8' });
    assert.equal(toNull.stdout, 'status 1\n', toNull.stderr);
  });

  it('reads standard input for -, with the dialect given', () => {
    const { status, stdout } = lint(['--format', 'json', '--dialect', 'ntpsec', '-'], 'server a.example\n');
    assert.equal(status, 0);
    assert.deepEqual(
      JSON.parse(stdout).map((r: { file: string; dialect: string }) => [r.file, r.dialect]),
      [['-', 'ntpsec']],
    );
  });

  it('speaks Korean with --lang ko or LANG=ko_KR.UTF-8', () => {
    const file = tempFile('chrony.conf', 'server a.example\n');
    assert.match(lint(['--lang', 'ko', file]).stdout, /iburst`를 추가하세요/);
    assert.match(lint([file], '', { LANG: 'ko_KR.UTF-8' }).stdout, /iburst`를 추가하세요/);
  });

  it('exits 2 with a message on usage and I/O errors', () => {
    const usage = lint(['--format', 'xml', 'x']);
    assert.deepEqual([usage.status, usage.stdout], [2, '']);
    assert.match(usage.stderr, /unknown format 'xml'/);
    const missing = lint(['/nonexistent/ntp.conf']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read \/nonexistent\/ntp.conf: no such file/);
  });

  it('--fix applies the preferred fixes to the file', () => {
    const file = tempFile('chrony.conf', 'server a.example\n');
    assert.equal(lint(['--fix', file]).status, 0);
    const fixed = readFileSync(file, 'utf8');
    assert.match(fixed, /^server a\.example iburst$/m);
    assert.ok(!lint(['--format', 'json', file]).stdout.includes('"missing-iburst"'));
  });

  it('runs as a real process: bin/ntpconf exit codes and no stack traces', () => {
    const file = tempFile('chrony.conf', 'server time.bora.net\n');
    const ok = spawnSync(BIN, ['lint', '--format', 'json', file], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.ok(JSON.parse(ok.stdout)[0].diagnostics.some((d: { code: string }) => d.code === 'missing-iburst'));
    const unreadable = spawnSync(BIN, ['lint', '/dev/zero'], { encoding: 'utf8' });
    assert.equal(unreadable.status, 2);
    assert.match(unreadable.stderr, /cannot read \/dev\/zero: a file under \/proc, \/sys or \/dev/);
    assert.doesNotMatch(unreadable.stderr, /\n\s+at /);
  });
});
