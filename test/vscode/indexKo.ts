// Entry point of the Korean pass (extensionTestsPath = out/test/vscode/indexKo.js): the suite in
// test/vscode/suite-ko/, run by scripts/e2e.sh with the VS Code server's display language set to Korean.
import { runSuiteDir } from './runMocha';

export function run(): Promise<void> {
  return runSuiteDir('suite-ko');
}
