// A key or a list item one or two spaces off the column of the entries above it. The fix indents the line as its
// siblings are: the least indented lines between it and the block that holds them.
import { message } from '../i18n';
import type { LineIndex } from '../lines';
import { fixOf, lineEntry, previousContentLine, type Slip } from './slip';

export const misaligned: Slip = {
  code: 'misaligned',
  explain(context) {
    const sameColumn = context.code === 'BAD_INDENT' && /same column/.test(context.detail);
    const seqAsKey = context.code === 'BLOCK_AS_IMPLICIT_KEY' && /block sequence/.test(context.detail);
    if (!sameColumn && !seqAsKey) return undefined;
    const { entry, lines } = context;
    const column = siblingColumn(lines, context.line, entry.indent);
    if (column === undefined || column === entry.indent) return undefined;
    const fix = fixOf('fix.indentTo', { count: column }, [{ offset: entry.start, length: entry.indent, newText: ' '.repeat(column) }]);
    const text = entry.key !== undefined && entry.contentStart === entry.start + entry.indent ? message('slip.misalignedKey', { key: entry.key }) : message('slip.misalignedItem');
    return { text, range: [Math.min(entry.start + entry.indent, context.pos[0]), Math.max(entry.end, context.pos[0])], fixes: [fix] };
  },
};

/** The column of the entries above `line` in its block: the least indented lines up to the key that holds them. */
function siblingColumn(lines: LineIndex, line: number, indent: number): number | undefined {
  let least: number | undefined;
  for (let above = previousContentLine(lines, line); above !== undefined; above = previousContentLine(lines, above)) {
    const entry = lineEntry(lines, above);
    if (entry.indent < Math.min(indent, least ?? indent) && entry.key !== undefined && entry.value === '') return least;
    least = Math.min(least ?? entry.indent, entry.indent);
  }
  return undefined;
}
