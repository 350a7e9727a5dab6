import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'ntpconf');
// The SARIF 2.1.0 schema as Microsoft's own SARIF tooling ships it (npm @microsoft/jest-sarif).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SCHEMA = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

interface JsonDiagnostic {
  code: string;
  severity: number;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } };
  }[];
  fixes?: { description: { text: string }; artifactChanges: { replacements: { deletedRegion: object; insertedContent: { text: string } }[] }[] }[];
}

function ntpconf(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('ntpconf lint --format sarif', () => {
  let tree: string;
  before(() => {
    // The configuration-management fixture tree (an Ansible role's chrony.conf.j2, a Puppet ntp.conf.erb, a host's
    // /etc copy) plus one plain file with an error.
    tree = mkdtempSync(path.join(tmpdir(), 'ntpconf-sarif-'));
    cpSync(path.join(ROOT, 'test', 'fixtures', 'tree'), tree, { recursive: true });
    mkdirSync(path.join(tree, 'legacy'));
    writeFileSync(path.join(tree, 'legacy', 'ntp.conf'), 'server 127.127.1.0 prefer\nfudge 127.127.1.0 stratum 0\nrestrict default nomodify\nservr x\n');
  });

  const files = ['.'];

  it('validates against the SARIF 2.1.0 schema', () => {
    const { stdout, status } = ntpconf(tree, 'lint', '--format', 'sarif', ...files);
    assert.equal(status, 1, 'an error-severity finding still exits 1');
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(SCHEMA);
    const log = JSON.parse(stdout) as object;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(validate({ version: '2.1.0' }), false, 'the validator rejects a log without runs (the check can fail)');
  });

  it('has one result per JSON diagnostic, with the same rule, level, message and 1-based region, relative paths and fixes', () => {
    const json = JSON.parse(ntpconf(tree, 'lint', '--format', 'json', ...files).stdout) as { file: string; diagnostics: JsonDiagnostic[] }[];
    const sarif = JSON.parse(ntpconf(tree, 'lint', '--format', 'sarif', ...files).stdout) as {
      runs: { tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string }[] } }; results: SarifResult[] }[];
    };
    const [run] = sarif.runs;
    const levels: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };
    const expected = json.flatMap((report) =>
      report.diagnostics.map((d) => [
        report.file,
        d.code,
        levels[d.severity],
        d.message,
        d.range.start.line + 1,
        d.range.start.character + 1,
        d.range.end.line + 1,
        d.range.end.character + 1,
      ]),
    );
    const actual = run!.results.map((r) => {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      return [artifactLocation.uri, r.ruleId, r.level, r.message.text, region.startLine, region.startColumn, region.endLine, region.endColumn];
    });
    assert.deepEqual(actual, expected);
    const rules = run!.tool.driver.rules;
    assert.deepEqual(
      rules.map((rule) => rule.id),
      [...new Set(expected.map((row) => row[1]))].sort(),
      'every rule that fired, once',
    );
    for (const result of run!.results) assert.equal(rules[result.ruleIndex]?.id, result.ruleId);
    assert.match(rules[0]!.helpUri, /\/docs\/rules\/[a-z0-9-]+\.md$/);
    assert.equal(run!.tool.driver.name, 'ntpconf');
    const iburst = run!.results.find((r) => r.ruleId === 'missing-iburst');
    assert.deepEqual(iburst?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent, { text: ' iburst' });
    assert.equal(iburst?.fixes?.[0]?.description.text, 'Add iburst');
  });
});
