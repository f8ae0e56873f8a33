// The integration suite's entry point, called by VS Code inside its extension host (through `extensionTestsPath`)
// under both launchers: @vscode/test-electron on the desktop and code-server here. It runs mocha over the compiled
// suite files and writes mocha's JSON report, which the launcher reads to decide pass or fail.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import Mocha = require('mocha');

const repoRoot = path.resolve(__dirname, '../../..'); // out/test/vscode -> repository root

/** Where the JSON report goes: PROPOSAL_STUDIO_TEST_RESULTS, or a fixed path under test-results/. */
function resultsFile(): string {
  return process.env.PROPOSAL_STUDIO_TEST_RESULTS ?? path.join(repoRoot, 'test-results', 'vscode-integration.json');
}

function suiteFiles(): string[] {
  const suiteDir = path.join(__dirname, 'suite');
  return fs
    .readdirSync(suiteDir)
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(suiteDir, name));
}

export async function run(): Promise<void> {
  const environment = { vscodeVersion: vscode.version, appName: vscode.env.appName };
  console.log(`Integration suite in ${environment.appName}, VS Code ${environment.vscodeVersion}`);
  let failures: number;
  try {
    failures = await runMocha(environment);
  } catch (error) {
    // A suite that cannot even load (a test file that throws on import) still leaves a report, so the launcher
    // fails at once instead of waiting for its time-out.
    writeLoadFailureReport(environment, error);
    throw error;
  }
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}

function runMocha(environment: object): Promise<number> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 30_000,
    color: false,
    reporter: path.join(repoRoot, 'test', 'harness', 'spec-and-json-reporter.cjs'),
    reporterOptions: { output: resultsFile(), environment },
  });
  for (const file of suiteFiles()) mocha.addFile(file);
  return new Promise<number>((resolve) => mocha.run(resolve));
}

function writeLoadFailureReport(environment: object, error: unknown): void {
  const err = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
  const failure = { title: 'loads the suite', fullTitle: 'Integration suite loads the suite', err };
  const report = { stats: { tests: 0, passes: 0, pending: 0, failures: 1 }, environment, passes: [], pending: [], failures: [failure] };
  fs.mkdirSync(path.dirname(resultsFile()), { recursive: true });
  fs.writeFileSync(resultsFile(), JSON.stringify(report, null, 2));
}
