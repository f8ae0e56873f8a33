// `npm test`: every check, in order: typecheck, the build, unit tests, the integration suite in a real VS Code
// (code-server), the UI tests of the workbench, then the packaged .vsix installed and driven the same way. Later
// steps run even when an earlier one fails, so one run shows everything. The last line sums all suites as
// `N passed, N failed, N skipped`; a step that fails without a test report (typecheck, build, a suite that could
// not run) counts as one failure. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countsOf, readFreshReport } from '../test/harness/results.mjs';
import { packagedVsixPath } from '../test/harness/vsix.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const report = (name) => path.join(repoRoot, 'test-results', `${name}.json`);
const reporter = path.join(repoRoot, 'test', 'harness', 'spec-and-json-reporter.cjs');
const mocha = [process.execPath, path.join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js')];

const STEPS = [
  { name: 'typecheck', command: ['npm', 'run', 'typecheck'] },
  // Before the unit tests: some run the built command line (bin/proposal-studio.js) as a real process.
  { name: 'build', command: ['npm', 'run', 'build'] },
  {
    name: 'unit',
    command: ['npm', 'run', 'test:unit', '--', '--reporter', reporter, '--reporter-option', `output=${report('unit')}`],
    report: report('unit'),
  },
  {
    name: 'integration (VS Code in code-server)',
    command: [process.execPath, path.join(repoRoot, 'test', 'harness', 'run-vscode-tests.mjs')],
    env: { PROPOSAL_STUDIO_TEST_RESULTS: report('vscode-integration') },
    report: report('vscode-integration'),
  },
  { name: 'ui (workbench in Chromium)', command: [...mocha, '--config', 'test/ui/mocharc.json'], report: report('ui') },
  // What ships: the .vsix (production bundles), installed into a fresh code-server, and a copy of it with only
  // `browser` in the web worker extension host. Last, as packaging rebuilds dist/ minified.
  { name: 'package (.vsix)', command: ['npm', 'run', 'package'] },
  {
    name: 'ui (installed .vsix)',
    command: [...mocha, '--config', 'test/ui/mocharc.vsix.json'],
    env: { PROPOSAL_STUDIO_VSIX: packagedVsixPath() },
    report: report('ui-vsix'),
  },
];

function runStep(step) {
  console.log(`\n=== ${step.name}: ${step.command.map(quoteIfNeeded).join(' ')}`);
  if (step.report) fs.rmSync(step.report, { force: true });
  const startedAt = Date.now();
  const { status, error } = spawnSync(step.command[0], step.command.slice(1), {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  const outcome = judgeStep(step, error ? 1 : status, startedAt);
  console.log(`=== ${step.name}: ${describe(outcome)} (${seconds} s)`);
  return outcome;
}

function judgeStep(step, exitCode, startedAt) {
  if (!step.report) return exitCode === 0 ? { passed: 0, failed: 0, skipped: 0, gate: true } : failure(`exit code ${exitCode}`);
  let suiteReport;
  try {
    suiteReport = readFreshReport(step.report, startedAt);
  } catch (error) {
    return failure(`could not run: ${error.message}`);
  }
  const counts = { ...countsOf(suiteReport), environment: suiteReport.environment };
  // A clean report from a command that still failed (it crashed afterwards, say) is not a pass.
  if (exitCode !== 0 && counts.failed === 0) return { ...counts, failed: 1, problem: `exit code ${exitCode}` };
  return counts;
}

const failure = (problem) => ({ passed: 0, failed: 1, skipped: 0, problem });

function describe({ passed, failed, skipped, problem, gate }) {
  if (problem) return `FAILED, ${problem}`;
  return gate ? 'ok' : `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

function quoteIfNeeded(word) {
  return /\s/.test(word) ? JSON.stringify(word) : word;
}

function main() {
  const outcomes = STEPS.map((step) => ({ step, ...runStep(step) }));
  console.log('\n=== summary');
  for (const outcome of outcomes) console.log(`  ${outcome.step.name}: ${describe(outcome)}`);
  const vscode = outcomes.find((outcome) => outcome.environment?.vscodeVersion)?.environment;
  if (vscode) console.log(`  VS Code ${vscode.vscodeVersion} (${vscode.appName})`);
  const total = (key) => outcomes.reduce((sum, outcome) => sum + outcome[key], 0);
  console.log(`${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
  process.exit(total('failed') === 0 ? 0 : 1);
}

main();
