// The YAML slips Proposal Studio explains, tried in order on each error yaml reports: the first that recognises the
// error and its line speaks for it. An error no slip recognises keeps the parser's own words.
import { parseDocument } from 'yaml';
import { applyEdits } from '../edits';
import { LineIndex } from '../lines';
import type { Fix } from '../types';
import { colonInValue } from './colon-in-value';
import { misaligned } from './misaligned';
import { noSpaceAfterColon } from './no-space-after-colon';
import { overIndented } from './over-indented';
import { quoteThenText } from './quote-then-text';
import { reservedStart } from './reserved-start';
import { lineEntry, type Explanation, type Slip } from './slip';
import { tabIndent } from './tab-indent';
import { textWithoutKey } from './text-without-key';
import { unclosedBracket } from './unclosed-bracket';
import { unclosedQuote } from './unclosed-quote';

export type { Explanation } from './slip';

// The specific before the general: an open quote or bracket explains errors that look like others on its line.
export const SLIPS: readonly Slip[] = [
  tabIndent,
  unclosedQuote,
  unclosedBracket,
  quoteThenText,
  reservedStart,
  colonInValue,
  overIndented,
  misaligned,
  noSpaceAfterColon,
  textWithoutKey,
];

/** Problems of their own, never a slip of a line: a key written twice, a second document. */
const NOT_SLIPS = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS']);

/** The slip behind one of yaml's errors, with its code, plain words and fixes; undefined when none is recognised. */
export function explainSlip(code: string, detail: string, pos: readonly [number, number], lines: LineIndex): (Explanation & { code: string }) | undefined {
  if (NOT_SLIPS.has(code)) return undefined;
  const line = lines.positionAt(pos[0]).line;
  const context = { text: lines.text, lines, code, detail, pos, line, entry: lineEntry(lines, line) };
  for (const slip of SLIPS) {
    const explanation = slip.explain(context);
    if (!explanation) continue;
    const at = lines.positionAt(explanation.range[0]).line;
    return { ...explanation, fixes: explanation.fixes.filter((fix) => resolves(lines, at, fix)), code: slip.code };
  }
  return undefined;
}

/**
 * True when the fix, tried on the blocks around the slip (its top-level block and one on either side, for the
 * context a line needs), takes the error off the slip's line and adds none elsewhere. A fix that looks right on
 * its line can break the lines below (quoting `notes: |` orphans the text under it): it is not offered; the plain
 * words still are. Fixes never add or remove lines, so lines compare as they are.
 */
function resolves(lines: LineIndex, line: number, fix: Fix): boolean {
  const [first] = topLevelBlock(lines, line);
  const [, last] = topLevelBlock(lines, line);
  const from = first > 0 ? topLevelBlock(lines, first - 1)[0] : first;
  const to = last < lines.lineCount ? topLevelBlock(lines, last)[1] : last;
  const start = lines.lineStart(from);
  const end = to < lines.lineCount ? lines.lineStart(to) : lines.text.length;
  if (fix.edits.some((edit) => edit.offset < start || edit.offset + edit.length > end)) return false;
  const window = lines.text.slice(start, end);
  const before = errorLines(window);
  const after = errorLines(applyEdits(window, fix.edits.map((edit) => ({ ...edit, offset: edit.offset - start }))));
  const local = line - from;
  return after.length < before.length && !after.includes(local) && after.every((l) => before.includes(l));
}

const WINDOW_OPTIONS = { schema: 'core', merge: true, uniqueKeys: true, prettyErrors: false, logLevel: 'silent' } as const;

/** The lines of a text's errors, as yaml finds them (an alias to no anchor included: yaml throws it on reading). */
function errorLines(text: string): number[] {
  const document = parseDocument(text, WINDOW_OPTIONS);
  const lines = new LineIndex(text);
  const found = document.errors.map((error) => lines.positionAt(error.pos[0]).line);
  if (found.length === 0) {
    try {
      document.toJS({ maxAliasCount: 100 });
    } catch {
      found.push(-1);
    }
  }
  return found;
}

/** Lines [first, last) of the top-level block holding `line`: from its key at column 0 to the next one. */
function topLevelBlock(lines: LineIndex, line: number): [number, number] {
  const startsBlock = (at: number) => /^[^\s#]/.test(lines.text.slice(lines.lineStart(at), lines.lineStart(at) + 1));
  let first = line;
  while (first > 0 && !startsBlock(first)) first--;
  let last = line + 1;
  while (last < lines.lineCount && !startsBlock(last)) last++;
  return [first, last];
}
