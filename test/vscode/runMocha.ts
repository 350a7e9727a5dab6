// Runs every *.test.js of one compiled suite directory with mocha, inside the extension host.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function runSuiteDir(dirName: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, slow: 5_000 });
  const suiteDir = path.join(__dirname, dirName);
  const files = fs
    .readdirSync(suiteDir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(suiteDir, f));

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = runner.stats?.passes ?? 0;
        const failed = runner.stats?.failures ?? failures;
        const pending = runner.stats?.pending ?? 0;
        // Machine-readable summary parsed by test/e2e/run-ext-tests.js (keep the format).
        console.log(`MOCHA-RESULT passed=${passed} failed=${failed} pending=${pending} files=${files.length}`);
        if (failures > 0 || files.length === 0) reject(new Error(`${failures} VS Code test(s) failed (${files.length} suite files in ${dirName})`));
        else resolve();
      });
    } catch (err) {
      console.log('MOCHA-RESULT passed=0 failed=1 pending=0 files=' + files.length);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
