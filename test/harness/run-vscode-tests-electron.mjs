// Runs the integration suite in desktop VS Code through @vscode/test-electron, for machines that can download
// VS Code (these cannot: use run-vscode-tests.mjs, the code-server launcher). On a Linux machine without a display,
// run it under xvfb-run. VSCODE_VERSION picks the release ('stable' by default).
// Needs `npm run build` and `npm run compile-tests` first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { printSuiteReport, readFreshReport } from './results.mjs';
import { copyToTemporaryWorkspace, integrationFixturesDir, repoRoot } from './workspace.mjs';

const resultsFile = path.resolve(
  process.env.PROPOSAL_STUDIO_TEST_RESULTS ?? path.join(repoRoot, 'test-results', 'vscode-integration.json'),
);
const testsEntry = path.join(repoRoot, 'out', 'test', 'vscode', 'index.js');
// Downloaded VS Code builds are kept beside the code-server cache, outside the work tree.
const downloadsDir = process.env.PROPOSAL_STUDIO_VSCODE_TEST_DIR ?? path.join(os.homedir(), '.cache', 'proposal-studio', 'vscode-test');

async function main() {
  if (!fs.existsSync(testsEntry)) throw new Error(`${testsEntry} is missing: run npm run compile-tests first`);
  fs.rmSync(resultsFile, { force: true });
  const launchedAt = Date.now();
  const workspace = copyToTemporaryWorkspace(integrationFixturesDir);
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      cachePath: downloadsDir,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsEntry,
      launchArgs: [workspace.dir, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { PROPOSAL_STUDIO_TEST_RESULTS: resultsFile },
    });
  } catch (error) {
    // Failing tests make runTests reject too; only a missing report means the suite could not run.
    if (!fs.existsSync(resultsFile)) throw error;
  } finally {
    await workspace.remove();
  }
  const report = readFreshReport(resultsFile, launchedAt);
  return printSuiteReport('integration', report, resultsFile).failed === 0;
}

// exitCode, not exit(): an interrupt's own exit code (processes.mjs) is not cut short by the failure it causes here.
main().then(
  (passed) => (process.exitCode = passed ? 0 : 1),
  (error) => {
    console.error(`integration suite could not run: ${error.message}`);
    process.exitCode = 1;
  },
);
