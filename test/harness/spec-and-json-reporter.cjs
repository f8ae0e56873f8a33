// A mocha reporter that prints like `spec` and also writes the run as mocha's JSON report to the file named by the
// reporter option `output`. The JSON is what the launchers and scripts/test-all.mjs judge; the console is for people.
// The report gains one field, `environment` (the reporter option of that name, e.g. the VS Code version).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;

class SpecAndJsonReporter extends Mocha.reporters.Spec {
  constructor(runner, options = {}) {
    super(runner, options);
    const reporterOptions = options.reporterOption || options.reporterOptions || {};
    if (!reporterOptions.output) throw new Error('spec-and-json-reporter needs the reporter option "output"');
    const results = { passes: [], failures: [], pending: [] };
    runner.on(EVENT_TEST_PASS, (test) => results.passes.push(describeTest(test)));
    runner.on(EVENT_TEST_FAIL, (test, err) => results.failures.push(describeTest(test, err)));
    runner.on(EVENT_TEST_PENDING, (test) => results.pending.push(describeTest(test)));
    runner.once(EVENT_RUN_END, () => {
      const report = { stats: this.stats, environment: reporterOptions.environment, ...results };
      writeAtomically(reporterOptions.output, JSON.stringify(report, null, 2));
    });
  }
}

function describeTest(test, err) {
  const described = { title: test.title, fullTitle: test.fullTitle(), file: test.file, duration: test.duration };
  if (err) described.err = { message: String(err.message), stack: err.stack };
  return described;
}

// A reader polling for the file never sees half of it.
function writeAtomically(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

module.exports = SpecAndJsonReporter;
