// Runs the integration suite (out/test/vscode/index.js) inside a real VS Code: code-server serves the workbench,
// headless Chromium opens it with the extension in development mode, and VS Code's Node extension host runs the
// suite. The page closing says nothing about the outcome, so the verdict comes from the suite's JSON report.
// Needs `npm run build` and `npm run compile-tests` first (npm run test:vscode does both).
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, openPage } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { printSuiteReport, readFreshReport } from './results.mjs';
import { copyToTemporaryWorkspace, integrationFixturesDir, repoRoot, TEST_SETTINGS } from './workspace.mjs';

const resultsFile = path.resolve(
  process.env.PROPOSAL_STUDIO_TEST_RESULTS ?? path.join(repoRoot, 'test-results', 'vscode-integration.json'),
);
const timeoutMs = Number(process.env.PROPOSAL_STUDIO_VSCODE_TIMEOUT_MS ?? 5 * 60_000);
const testsEntry = path.join(repoRoot, 'out', 'test', 'vscode', 'index.js');
// The extension under test; another folder may be named to check the harness itself against a stand-in.
const extensionDir = path.resolve(process.env.PROPOSAL_STUDIO_EXTENSION_DIR ?? repoRoot);

async function main() {
  if (!fs.existsSync(testsEntry)) throw new Error(`${testsEntry} is missing: run npm run compile-tests first`);
  fs.rmSync(resultsFile, { force: true });
  const launchedAt = Date.now();
  const workspace = copyToTemporaryWorkspace(integrationFixturesDir);
  try {
    await runSuiteInWorkbench(workspace.dir);
  } finally {
    await workspace.remove();
  }
  const report = readFreshReport(resultsFile, launchedAt);
  return printSuiteReport('integration', report, resultsFile).failed === 0;
}

async function runSuiteInWorkbench(workspaceFolder) {
  const server = await startCodeServer({
    settings: TEST_SETTINGS,
    env: { PROPOSAL_STUDIO_TEST_RESULTS: resultsFile },
    logFile: path.join(path.dirname(resultsFile), 'code-server-integration.log'),
  });
  try {
    const browser = await launchChromium();
    try {
      const page = await openPage(browser);
      if (process.env.PROPOSAL_STUDIO_VERBOSE) page.on('console', (message) => console.log(`[page] ${message.text()}`));
      await page.goto(
        server.workbenchUrl({ folder: workspaceFolder, extensionDevelopmentPath: extensionDir, extensionTestsPath: testsEntry }),
      );
      await waitForReport(page, server);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

// The report appears when run() settles; VS Code then closes the page.
async function waitForReport(page, server) {
  const deadline = Date.now() + timeoutMs;
  let closedAt;
  page.once('close', () => (closedAt = Date.now()));
  while (!fs.existsSync(resultsFile)) {
    if (Date.now() > deadline) throw new Error(`time-out: no test report after ${timeoutMs / 1000} s`);
    if (!server.isRunning()) throw new Error('code-server exited before the suite finished');
    // A page that closed a while ago without a report will not write one.
    if (closedAt && Date.now() - closedAt > 5_000) throw new Error('the workbench closed without writing a test report');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// exitCode, not exit(): an interrupt's own exit code (processes.mjs) is not cut short by the failure it causes here.
main().then(
  (passed) => (process.exitCode = passed ? 0 : 1),
  (error) => {
    console.error(`integration suite could not run: ${error.message}`);
    process.exitCode = 1;
  },
);
