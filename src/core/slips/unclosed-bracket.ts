// A `[` or `{` that opens a list or a mapping never closed, usually text that happens to start with a bracket
// ("[Draft] offer"). Two fixes: close it, or write the value as text.
import { message } from '../i18n';
import { covering, fixOf, isRecord, lineEntry, previousContentLine, quoteFix, readAlone, type Slip } from './slip';

export const unclosedBracket: Slip = {
  code: 'unclosed-bracket',
  explain(context) {
    const closing = /(?:Flow sequence|Expected flow sequence).*\]|(?:Flow map|Expected flow map).*\}/.exec(context.detail)?.[0].slice(-1);
    if (!closing) return undefined;
    const opening = closing === ']' ? '[' : '{';
    // yaml names the first line past the open bracket's value (or the end of the text, on the bracket's own line).
    const { lines, line: named, pos } = context;
    const contentAt = lines.lineStart(named) + (/^\s*/.exec(context.entry.raw)?.[0].length ?? 0);
    let line: number | undefined = pos[0] <= contentAt ? previousContentLine(lines, named) : named;
    while (line !== undefined && !lineEntry(context.lines, line).value.startsWith(opening)) line = previousContentLine(context.lines, line);
    if (line === undefined) return undefined;
    const entry = lineEntry(context.lines, line);
    if (entry.value.includes(closing)) return undefined;
    const fixes = [];
    const closed = entry.raw.trimEnd() + closing;
    const read = readAlone(closed);
    if (entry.key === undefined ? read !== undefined : isRecord(read) && entry.key in read) {
      fixes.push(fixOf('fix.closeBracket', { closing }, [{ offset: entry.start + entry.raw.trimEnd().length, length: 0, newText: closing }]));
    }
    const asText = quoteFix(entry);
    if (asText) fixes.unshift(asText);
    const text = message(closing === ']' ? 'slip.unclosedList' : 'slip.unclosedMap', { opening, closing });
    return { text, range: covering(context, entry.valueStart, entry.end), fixes };
  },
};
