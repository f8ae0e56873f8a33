// How far two account directors agree: some corpus documents were marked again, blind, by a second marker who saw
// neither the first marks nor the linter (test/agreement/, same paths as test/corpus/). Their agreement is the
// ceiling a linter judged against one marker can hope for; the linter's agreement with each marker is printed beside
// it. The documents themselves must be the same word for word: a second marker adds comments, nothing else.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { markedDocuments, verdictsOn } from './judged';
import { readFixture, type Expectation, type Fixture } from './marks';

const ROOT = path.resolve(__dirname, '../../..'); // from out/test/unit
const AGREEMENT = path.join(ROOT, 'test/agreement');
const CORPUS = path.join(ROOT, 'test/corpus');

const MARK_LINE = /^\s*#\s*expect(?:-none)?:/;
const MARK_TAIL = /\s+#\s*expect:.*$/;

/** The document without its marks, and for each of its lines the line it becomes there (-1: a mark's own line). */
function unmarked(text: string): { text: string; lineOf: number[] } {
  const kept: string[] = [];
  const lineOf = text.split('\n').map((line) => {
    if (MARK_LINE.test(line)) return -1;
    kept.push(line.replace(MARK_TAIL, ''));
    return kept.length - 1;
  });
  return { text: kept.join('\n'), lineOf };
}

/** A mark as a place in the unmarked document: its rule and the line it is about (an `at` mark: where its text starts). */
function placeOf(fixture: Fixture, mark: Expectation, lineOf: number[]): string {
  if (mark.line !== undefined) return `${mark.rule}@${lineOf[mark.line]}`;
  const startLine = fixture.text.slice(0, mark.at![0]).split('\n').length - 1;
  return `${mark.rule}@${lineOf[startLine]}`;
}

/** How many of `found` meet one of `reference` (each reference mark met once). */
function agreeing(found: string[], reference: string[]): number {
  const left = [...reference];
  let met = 0;
  for (const place of found) {
    const index = left.indexOf(place);
    if (index !== -1) {
      left.splice(index, 1);
      met++;
    }
  }
  return met;
}

/** The linter's verdicts (hints left out) that meet the fixture's marks, and how many it gave. */
function linterAgainst(fixture: Fixture): { right: number; findings: number; marks: number } {
  const { right, wrong } = verdictsOn(fixture);
  return { right: right.length, findings: right.length + wrong.length, marks: fixture.expectations.length };
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a');

describe('agreement: two account directors on the same documents', () => {
  const seconds = markedDocuments(AGREEMENT);

  it('pairs each second marking with its corpus document, word for word the same', () => {
    for (const second of seconds) {
      const first = path.join(CORPUS, path.relative(AGREEMENT, second));
      assert.ok(fs.existsSync(first), `${path.relative(ROOT, second)} has no document in test/corpus/`);
      assert.equal(unmarked(fs.readFileSync(second, 'utf8')).text, unmarked(fs.readFileSync(first, 'utf8')).text, `${path.relative(ROOT, second)} differs from its corpus document beyond its marks`);
    }
  });

  after(() => {
    if (seconds.length === 0) return;
    let firstMarks = 0;
    let secondMarks = 0;
    let shared = 0;
    let sharedByRule = 0; // the same rule in the same document, wherever the mark sits
    const linter = { first: { right: 0, findings: 0, marks: 0 }, second: { right: 0, findings: 0, marks: 0 } };
    for (const file of seconds) {
      const first = readFixture(path.join(CORPUS, path.relative(AGREEMENT, file)));
      const second = readFixture(file);
      const a = first.expectations.map((mark) => placeOf(first, mark, unmarked(first.text).lineOf));
      const b = second.expectations.map((mark) => placeOf(second, mark, unmarked(second.text).lineOf));
      firstMarks += a.length;
      secondMarks += b.length;
      shared += agreeing(b, a);
      sharedByRule += agreeing(second.expectations.map((mark) => mark.rule), first.expectations.map((mark) => mark.rule));
      for (const [which, fixture] of [['first', first], ['second', second]] as const) {
        const judged = linterAgainst(fixture);
        linter[which].right += judged.right;
        linter[which].findings += judged.findings;
        linter[which].marks += judged.marks;
      }
    }
    const lines = [
      `${seconds.length} documents marked twice: ${firstMarks} marks by the first marker, ${secondMarks} by the second, ${shared} the same (rule and line)`,
      `second marker judged by the first:  precision ${percent(shared, secondMarks)}  recall ${percent(shared, firstMarks)}`,
      `  the same rule in the same document, wherever its mark sits: precision ${percent(sharedByRule, secondMarks)}  recall ${percent(sharedByRule, firstMarks)}`,
      `linter judged by the first marker:  precision ${percent(linter.first.right, linter.first.findings)}  recall ${percent(linter.first.right, linter.first.marks)}`,
      `linter judged by the second marker: precision ${percent(linter.second.right, linter.second.findings)}  recall ${percent(linter.second.right, linter.second.marks)}`,
    ];
    console.log(`\n    Agreement (test/agreement/):\n${lines.map((line) => `    ${line}`).join('\n')}\n`);
  });
});
