// `title: Offer` followed by a line indented under it (`  kind: proposal`): a key cannot sit under a value written
// on its parent's own line. The fix moves the lines indented under it back to the parent's column.
import { message } from '../i18n';
import type { TextEdit } from '../types';
import { covering, fixOf, lineEntry, type Slip } from './slip';

export const overIndented: Slip = {
  code: 'over-indented',
  explain(context) {
    const { entry, lines } = context;
    if ((context.code !== 'BLOCK_AS_IMPLICIT_KEY' && context.code !== 'MULTILINE_IMPLICIT_KEY') || entry.key === undefined || !entry.value || /: |:$/.test(entry.value)) return undefined;
    const column = entry.contentStart - entry.start;
    const edits: TextEdit[] = [];
    let child: ReturnType<typeof lineEntry> | undefined;
    for (let line = context.line + 1; line < lines.lineCount; line++) {
      const next = lineEntry(lines, line);
      if (!next.raw.trim()) continue;
      if (next.indent <= column) break;
      child ??= next;
      if (child.key === undefined) return undefined; // a value continued on the next line is not this slip
      const shift = Math.min(child.indent - column, next.indent - column);
      edits.push({ offset: next.start, length: shift, newText: '' });
    }
    if (!child?.key) return undefined;
    const fix = fixOf('fix.lineUpWith', { key: child.key, parent: entry.key }, edits);
    return { text: message('slip.overIndented', { key: child.key, parent: entry.key }), range: covering(context, child.contentStart, child.end), fixes: [fix] };
  },
};
