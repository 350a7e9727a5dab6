// `npm run test:vscode`: the same suite in a desktop VS Code downloaded by @vscode/test-electron.
// Needs internet access to update.code.visualstudio.com (not available on the offline CI machines: there
// `npm run test:e2e` runs the suite in code-server's bundled VS Code instead, see scripts/e2e.sh).
// Optional env: VSCODE_VERSION (default: stable).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // Compiled to out/test/vscode/runElectron.js: the repo root (the extension) is three levels up.
  const extensionDevelopmentPath = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.resolve(__dirname, 'index');
  // Run on a throwaway copy of the fixtures so a failed test can never leave them edited.
  const fixtures = path.join(extensionDevelopmentPath, 'test', 'vscode', 'workspace');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ntp-config-vscode-ws-'));
  fs.cpSync(fixtures, workspace, { recursive: true });
  try {
    const exitCode = await runTests({
      version: process.env.VSCODE_VERSION,
      extensionDevelopmentPath,
      extensionTestsPath,
      // test-electron itself adds --skip-welcome --skip-release-notes --disable-workspace-trust --disable-updates.
      launchArgs: [workspace, '--disable-extensions'],
    });
    process.exitCode = exitCode;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('VS Code tests failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
