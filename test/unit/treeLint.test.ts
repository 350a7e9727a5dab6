import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { maskTemplate } from '../../server/src/formats/templateMarkup';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'ntpconf');
const TREE = path.join(ROOT, 'test', 'fixtures', 'tree');

interface Report {
  file: string;
  diagnostics: { code: string; severity: number; range: { start: { line: number } } }[];
}

describe('ntpconf lint DIR (configuration-management trees)', () => {
  let work: string;
  before(() => {
    // A git repository of its own, so .gitignore decides, with one ignored file that must not be linted.
    work = mkdtempSync(path.join(tmpdir(), 'ntpconf-tree-'));
    cpSync(TREE, work, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: work });
    writeFileSync(path.join(work, 'hosts/web1/etc/chrony/conf.d/generated-1.conf'), 'servr wrong\n');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  const lintJson = (...args: string[]): Report[] =>
    JSON.parse(spawnSync(process.execPath, [BIN, 'lint', '--format', 'json', ...args], { cwd: work, encoding: 'utf8' }).stdout) as Report[];

  it('finds the NTP files by the names and paths the editor knows, templates included, and honours .gitignore', () => {
    assert.deepEqual(
      lintJson('.').map((r) => r.file),
      [
        'hosts/web1/etc/chrony/chrony.conf',
        'hosts/web1/etc/chrony/conf.d/local.conf',
        'modules/ntp/templates/ntp.conf.erb',
        'roles/chrony/templates/chrony.conf.j2',
      ],
    );
  });

  it('lints what it finds as configuration sets: a conf.d fragment gets its line rules and one notice, its main file the whole-set rules', () => {
    const reports = lintJson('hosts');
    const fragment = reports.find((r) => r.file.endsWith('conf.d/local.conf'))!;
    assert.deepEqual(fragment.diagnostics.map((d) => d.code).sort(), ['configuration-fragment', 'missing-iburst']);
    const main = reports.find((r) => r.file.endsWith('etc/chrony/chrony.conf'))!;
    assert.ok(!main.diagnostics.some((d) => d.code === 'too-few-sources'), "the pool of the main file and the fragment's server are one set");
  });

  it('gives template markup no error: placeholders are values it cannot judge, lines inside loops and conditions stay', () => {
    const reports = lintJson('roles', 'modules');
    for (const report of reports)
      assert.deepEqual(
        report.diagnostics.filter((d) => d.severity === 1),
        [],
        report.file,
      );
    const erb = reports.find((r) => r.file.endsWith('ntp.conf.erb'))!;
    assert.deepEqual(
      erb.diagnostics.map((d) => [d.code, d.range.start.line]),
      [['local-clock-deprecated', 8]],
      'the local clock inside <% if %> is still checked',
    );
  });

  it('masks markup in place: same lines and columns, values become one word, control lines become blank', () => {
    const text = '{% for s in servers %}\nserver {{ s }} iburst\n{% endfor %}\nfudge 127.127.1.0 stratum <%= @stratum %>\n';
    const masked = maskTemplate(text);
    const lines = masked.text.split('\n');
    assert.deepEqual(
      lines.map((l) => l.length),
      text.split('\n').map((l) => l.length),
    );
    assert.equal(lines[0]!.trim(), '');
    assert.match(lines[1]!, /^server \S{7} iburst$/);
    assert.deepEqual(masked.values, [
      { line: 1, start: 7, end: 14 },
      { line: 3, start: 26, end: 41 },
    ]);
    assert.equal(masked.hasControlFlow, true);
  });

  it('lints a template with errors that are not markup (the check can fail)', () => {
    writeFileSync(path.join(work, 'roles/chrony/templates/chrony.conf.j2'), 'servr {{ x }}\n');
    const [report] = lintJson('roles');
    // The misspelt line leaves the file without a time source, which is true of what chronyd would read.
    assert.deepEqual(
      report!.diagnostics.map((d) => d.code),
      ['unknown-directive', 'no-time-source'],
    );
  });
});
