// The marked real documents (test/corpus/, test/agreement/) and the linter judged against their marks: shared by the
// corpus figures and the markers' agreement.
import * as fs from 'fs';
import * as path from 'path';
import { siblingReader } from '../../src/cli/files';
import { checkText } from '../../src/core/check';
import type { Finding } from '../../src/core/types';
import { matches, type Expectation, type Fixture } from './marks';

/** Every brief and proposal under `dir`, in a stable order. */
export function markedDocuments(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? markedDocuments(path.join(dir, entry.name)) : /\.(brief|proposal)\.ya?ml$/.test(entry.name) ? [path.join(dir, entry.name)] : []))
    .sort();
}

export interface Verdicts {
  /** Findings that meet a mark, findings that meet none, marks no finding meets. */
  right: Finding[];
  wrong: Finding[];
  missed: Expectation[];
}

/** The linter's verdicts on a marked document, each mark met by at most one finding. */
export function verdictsOn(document: Fixture): Verdicts {
  const { findings } = checkText(document.text, { fileName: document.file, readFile: siblingReader(document.file) });
  // A hint is a suggestion (VS Code draws dots under it and leaves it out of the Problems panel), not a verdict.
  const unmatched = findings.filter((f) => f.source === 'rule' && f.severity !== 'hint');
  const right: Finding[] = [];
  const missed: Expectation[] = [];
  for (const mark of document.expectations) {
    const index = unmatched.findIndex((f) => f.code === mark.rule && matches(document.text, f, mark));
    if (index === -1) missed.push(mark);
    else right.push(...unmatched.splice(index, 1));
  }
  return { right, wrong: unmatched, missed };
}
