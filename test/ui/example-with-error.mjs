// The UI tests' workspace: a throw-away copy of the English examples in which the proposal's monthly budget is
// made negative, so it has exactly the kind of error a person makes (the examples themselves are clean). Beside it,
// a copy of the same proposal whose client expects 100 deals: more than its budget buys (domain notes, 000), and
// one whose title lost its quotes, the commonest YAML slip ("Acme Windows: 50 orders…"), and one with that slip and
// two values mistyped, for Fix all.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { copyToTemporaryWorkspace, repoRoot } from '../harness/workspace.mjs';

const EXAMPLE = { folder: path.join(repoRoot, 'examples', 'en'), fileName: 'acme.proposal.yaml' };
const MONTHLY_BUDGET = /^([ \t]+monthly:[ \t]*)(\d+)/m; // the first `monthly:` is the one under `budget:`

export function exampleProposalWithAnError() {
  const workspace = copyToTemporaryWorkspace(EXAMPLE.folder, 'proposal-studio-ui-');
  const file = path.join(workspace.dir, EXAMPLE.fileName);
  const text = fs.readFileSync(file, 'utf8');
  const match = MONTHLY_BUDGET.exec(text);
  if (!match) throw new Error(`${EXAMPLE.fileName} has no monthly budget to break any more`);
  fs.writeFileSync(file, text.replace(MONTHLY_BUDGET, '$1-$2'));
  const errorLine = text.slice(0, match.index).split('\n').length; // 1-based, as the Problems panel shows it
  return {
    cannotDeliver: writeCannotDeliver(workspace.dir, text),
    slip: writeSlip(workspace.dir, text),
    fixAll: writeFixAll(workspace.dir, text),
    folder: workspace.dir,
    fileName: EXAMPLE.fileName,
    title: YAML.parse(text).title,
    errorLine,
    errorLineText: `${match[1]}-${match[2]}`,
    remove: workspace.remove,
  };
}

const EXPECTED_DEALS = /^([ \t]+expected_deals:[ \t]*)(\d+)/m;

/** `acme-100.proposal.yaml`: the example expecting 100 deals, where 10,000 a month buys 50. */
function writeCannotDeliver(dir, text) {
  const match = EXPECTED_DEALS.exec(text);
  if (!match) throw new Error(`${EXAMPLE.fileName} has no expected_deals to raise`);
  const fileName = 'acme-100.proposal.yaml';
  fs.writeFileSync(path.join(dir, fileName), text.replace(EXPECTED_DEALS, '$1100'));
  return {
    fileName,
    line: text.slice(0, match.index).split('\n').length, // 1-based
    column: match[1].length - match[1].trimStart().length + 1, // on the key
    fixTitle: 'Expect 50 deals',
    fixedLineText: `${match[1]}50`,
  };
}

const QUOTED_TITLE = /^title: "([^"\n]*: [^"\n]*)"$/m;

/** `acme-slip.proposal.yaml`: the example with its title unquoted, so the ": " in it breaks the YAML. */
function writeSlip(dir, text) {
  const match = QUOTED_TITLE.exec(text);
  if (!match) throw new Error(`${EXAMPLE.fileName} has no quoted title with ": " in it any more`);
  const fileName = 'acme-slip.proposal.yaml';
  fs.writeFileSync(path.join(dir, fileName), text.replace(QUOTED_TITLE, `title: ${match[1]}`));
  return {
    fileName,
    line: text.slice(0, match.index).split('\n').length, // 1-based
    column: 'title: '.length + 1, // on the value
    fixTitle: 'Put it in quotes',
    fixedLineText: match[0],
  };
}

/** `acme-typos.proposal.yaml`: two values mistyped outside their lists, and a title that lost its quotes. */
function writeFixAll(dir, text) {
  const typos = [
    [/^(  calls: )weekly/m, '$1weeky'],
    [/^(  report: )monthly/m, '$1montly'],
    [QUOTED_TITLE, 'title: $1'],
  ];
  let broken = text;
  for (const [pattern, replacement] of typos) {
    if (!pattern.test(broken)) throw new Error(`${EXAMPLE.fileName} no longer has ${pattern}`);
    broken = broken.replace(pattern, replacement);
  }
  const fileName = 'acme-typos.proposal.yaml';
  fs.writeFileSync(path.join(dir, fileName), broken);
  const callsLine = broken.split('\n').findIndex((line) => line.startsWith('  calls: weeky')) + 1;
  return { fileName, line: callsLine, column: '  calls: '.length + 1, fixTitle: 'Fix all: 3 problems', fixed: text };
}
