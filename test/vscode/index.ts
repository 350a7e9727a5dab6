// Entry point VS Code calls in the extension host (extensionTestsPath = out/test/vscode/index.js): the suite in
// test/vscode/suite/, in the display language the workbench has (English in every harness).
// Used both by @vscode/test-electron (test/vscode/runElectron.ts) and by the offline harness
// (scripts/e2e.sh -> test/e2e/run-ext-tests.js, VS Code server from code-server + chromium).
// The Korean pass has its own entry point, indexKo.ts (suite-ko/).
import { runSuiteDir } from './runMocha';

export function run(): Promise<void> {
  return runSuiteDir('suite');
}
