import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runConvert } from '../../cli/src/convertCli';

function convert(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runConvert(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {} });
  return { status, stdout, stderr };
}

const scratchDirs: string[] = [];
function scratchDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-convert-'));
  scratchDirs.push(dir);
  return dir;
}

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('ntpconf convert', () => {
  after(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  it('prints chrony.conf on stdout and a summary of what was not converted on stderr', () => {
    const file = write(scratchDir(), 'ntp.conf', 'server 10.0.0.1\nbroadcast 192.168.1.255\n');
    const { status, stdout, stderr } = convert([file]);
    assert.equal(status, 0);
    assert.match(stdout, /^server 10\.0\.0\.1 iburst$/m);
    assert.match(stderr, /ntp\.conf:2: note \[not-converted\]/);
    assert.match(stderr, /\d+ note\(s\)/);
  });

  it('--format json gives one object with LSP diagnostics on the input, in the chosen language', () => {
    const file = write(scratchDir(), 'ntp.conf', 'server 10.0.0.1\n');
    const { status, stdout } = convert(['--format', 'json', '--lang', 'ko', file]);
    assert.equal(status, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report), ['file', 'dialect', 'chronyConf', 'chronyKeys', 'notes']);
    assert.equal(report.chronyKeys, null);
    const iburst = report.notes.find((n: { code: string }) => n.code === 'added-iburst');
    assert.deepEqual(iburst.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 15 } });
    assert.equal(iburst.severity, 3);
    assert.match(iburst.message, /[가-힣]/);
  });

  it('writes --output and --keys-output, the keys readable by their owner only', () => {
    const dir = scratchDir();
    const file = write(dir, 'ntp.conf', 'server 10.0.0.1 key 1\nkeys /etc/ntp/keys\ntrustedkey 1\n');
    const keys = write(dir, 'keys', '1 M secret\n');
    const output = path.join(dir, 'chrony.conf');
    const keysOutput = path.join(dir, 'chrony.keys');
    const { status, stdout } = convert(['--keys', keys, '--keys-output', keysOutput, '--output', output, file]);
    assert.equal(status, 0);
    assert.equal(stdout, '');
    assert.match(readFileSync(output, 'utf8'), /^keyfile \/etc\/chrony\.keys$/m);
    assert.match(readFileSync(keysOutput, 'utf8'), /^1 MD5 ASCII:secret$/m);
    assert.equal(statSync(keysOutput).mode & 0o777, 0o600);
  });

  it('says so when a converted chrony.keys has nowhere to go', () => {
    const dir = scratchDir();
    const keys = write(dir, 'keys', '1 M secret\n');
    const { status, stderr } = convert(['--keys', keys, '--lang', 'ko', write(dir, 'ntp.conf', 'server 10.0.0.1 key 1\nkeys /etc/ntp/keys\n')]);
    assert.equal(status, 0);
    assert.match(stderr, /chrony\.keys는 쓰지 않았습니다/);
    assert.match(stderr, /참고 \[changed-meaning\]|노트 \d+개/);
  });

  it('never writes over its input', () => {
    const dir = scratchDir();
    const file = write(dir, 'ntp.conf', 'server 10.0.0.1\n');
    const { status, stderr } = convert(['--output', file, file]);
    assert.equal(status, 2);
    assert.match(stderr, /would write over the input/);
    assert.equal(readFileSync(file, 'utf8'), 'server 10.0.0.1\n');
  });

  it('exits 2 on usage errors, unreadable files and chrony input', () => {
    const dir = scratchDir();
    assert.equal(convert([]).status, 2);
    assert.equal(convert(['--from', 'chrony', 'x']).status, 2);
    assert.equal(convert(['--keys-output', 'k', 'x']).status, 2);
    assert.equal(convert([path.join(dir, 'missing.conf')]).status, 2);
    const chrony = write(dir, 'chrony.conf', 'pool 2.pool.ntp.org iburst\nmakestep 1 3\n');
    const refused = convert([chrony]);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /already a chrony configuration/);
  });

  it('--from overrides detection and --chrony-version picks leapseclist when the target has it', () => {
    const file = write(scratchDir(), 'conf', 'server 10.0.0.1 iburst\nleapfile /etc/leap\n');
    assert.match(convert(['--from', 'ntpd', '--chrony-version', '4.6', file]).stdout, /^leapseclist \/etc\/leap$/m);
  });
});
