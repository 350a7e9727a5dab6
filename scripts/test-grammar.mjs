// Runs the TextMate grammar fixtures (test/grammar/*.conf, `^^^` scope assertions) with vscode-tmgrammar-test
// and ends with "N passed, N failed" (the line scripts/test.sh tallies), counting asserted lines.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tool = join(root, 'node_modules/vscode-tmgrammar-test/dist');
const { loadConfiguration, createRegistry } = require(join(tool, 'common/index.js'));
const { parseGrammarTestCase, runGrammarTestCase } = require(join(tool, 'unit/index.js'));
const { ConsoleFullReporter } = require(join(tool, 'unit/reporter.js'));

const grammarPaths = ['syntaxes/chrony.tmLanguage.json', 'syntaxes/ntp.tmLanguage.json'].map((p) => join(root, p));
const { grammars } = loadConfiguration(undefined, undefined, grammarPaths);
const registry = createRegistry(grammars);
const reporter = new ConsoleFullReporter();
const fixtureDir = join(root, 'test/grammar');

let passed = 0;
let failed = 0;
for (const name of readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.conf'))
  .sort()) {
  const file = join(fixtureDir, name);
  let testCase;
  try {
    testCase = parseGrammarTestCase(readFileSync(file, 'utf8'));
  } catch (error) {
    reporter.reportParseError(file, error);
    failed++;
    continue;
  }
  try {
    const failures = await runGrammarTestCase(registry, testCase);
    reporter.reportTestResult(file, testCase, failures);
    const failedLines = new Set(failures.map((f) => f.srcLine));
    failed += failedLines.size;
    passed += testCase.assertions.length - failedLines.size;
  } catch (error) {
    reporter.reportGrammarTestError(file, testCase, error);
    failed++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
