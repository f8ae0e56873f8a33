// A tab used to indent: YAML indents with spaces only. The fix writes the line's indentation in spaces, lined up
// with the lines above it in its block: a tab counted as the document's own indent rarely lands on the right
// column (" \t key" is four spaces where its siblings have two), and a line off its column breaks its block anew.
import { message } from '../i18n';
import type { LineIndex } from '../lines';
import { fixOf, lineEntry, previousContentLine, type Slip } from './slip';

export const tabIndent: Slip = {
  code: 'tab-as-indent',
  explain({ code, lines, line, pos }) {
    if (code !== 'TAB_AS_INDENT') return undefined;
    const start = lines.lineStart(line);
    const raw = lines.text.slice(start, lines.lineEnd(line));
    const indentation = /^[ \t]*/.exec(raw)![0];
    const plain = indentation.replace(/\t/g, ' '.repeat(indentUnit(lines.text)));
    const isItem = raw.slice(indentation.length).startsWith('- ');
    const aligned = ' '.repeat(nearestColumn(lines, line, plain.length, isItem));
    const fix = fixOf('fix.tabsToSpaces', {}, [{ offset: start, length: indentation.length, newText: aligned }]);
    return { text: message('yaml.tabIndent'), range: [Math.min(pos[0], start), Math.max(pos[1], start + indentation.length)], fixes: [fix] };
  },
};

/** How many spaces the document indents by: those of its first indented line, 2 when none is. */
function indentUnit(text: string): number {
  const first = /^( +)\S/m.exec(text);
  return first ? Math.min(first[1].length, 8) : 2;
}

/**
 * The column nearest `width` where a line like this one (a list item or a key) starts among the lines above it in
 * its block, or one indent under the key that opens a block above it.
 */
function nearestColumn(lines: LineIndex, line: number, width: number, isItem: boolean): number {
  const columns = new Set<number>();
  const unit = indentUnit(lines.text);
  for (let above = previousContentLine(lines, line); above !== undefined; above = previousContentLine(lines, above)) {
    const entry = lineEntry(lines, above);
    if (/^\t/.test(entry.raw)) continue;
    const item = entry.contentStart > entry.start + entry.indent;
    if (item === isItem) columns.add(entry.indent);
    if (item && !isItem) columns.add(entry.contentStart - entry.start);
    if (entry.value === '' && entry.key !== undefined) columns.add(entry.contentStart - entry.start + unit);
    if (entry.indent === 0 && !item) break;
  }
  let best = width;
  let distance = Infinity;
  for (const column of [...columns].sort((a, b) => a - b)) {
    if (Math.abs(column - width) < distance) [best, distance] = [column, Math.abs(column - width)];
  }
  return best;
}
