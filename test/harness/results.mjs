// Reading and judging the mocha JSON reports written by spec-and-json-reporter.cjs.
import fs from 'node:fs';

/** Reads a report, refusing a missing one or one older than `notBefore` (a leftover of an earlier run). */
export function readFreshReport(file, notBefore) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new Error(`no test report at ${file}`);
  }
  if (stat.mtimeMs < notBefore) throw new Error(`stale test report at ${file}: written before this run started`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The counts of a report; a report that ran no test counts as a failure (an empty suite proves nothing). */
export function countsOf(report) {
  const passed = report.stats?.passes ?? 0;
  const skipped = report.stats?.pending ?? 0;
  const failed = report.stats?.failures ?? 0;
  return { passed, skipped, failed: passed + failed === 0 ? Math.max(failed, 1) : failed };
}

/** Prints each failure with its message, for a reader who only sees the launcher's output. */
export function printFailures(report, print = console.log) {
  for (const failure of report.failures ?? []) {
    print(`  FAILED ${failure.fullTitle}`);
    for (const line of String(failure.err?.message ?? '').split('\n')) print(`      ${line}`);
  }
}

/** Prints a suite's report: where it ran, each test, the failures, and its counts; returns the counts. */
export function printSuiteReport(name, report, reportFile) {
  const { vscodeVersion, appName } = report.environment ?? {};
  if (vscodeVersion) console.log(`${name}: ran in VS Code ${vscodeVersion} (${appName})`);
  for (const test of report.passes ?? []) console.log(`  ok     ${test.fullTitle}`);
  for (const test of report.pending ?? []) console.log(`  skip   ${test.fullTitle}`);
  printFailures(report);
  const counts = countsOf(report);
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (report: ${reportFile})`);
  return counts;
}
