// A quote opened and never closed: everything after it becomes one long text, and yaml says so only at the end of
// the file. The finding starts at the quote that was left open, and the fix closes it at the end of its line.
import { message } from '../i18n';
import type { LineIndex } from '../lines';
import { covering, fixOf, isRecord, lineEntry, readAlone, type LineEntry, type Slip } from './slip';

export const unclosedQuote: Slip = {
  code: 'unclosed-quote',
  explain(context) {
    const quote = /^Missing closing (["'])quote/.exec(context.detail)?.[1];
    if (context.code !== 'MISSING_CHAR' || !quote) return undefined;
    const opener = openQuoteLine(context.lines, quote, context.pos[0]);
    if (!opener) return undefined;
    const closed = opener.raw.trimEnd() + quote;
    const read = readAlone(closed);
    const fixes = opener.key !== undefined && isRecord(read) && typeof read[opener.key] === 'string'
      ? [fixOf('fix.closeQuote', { quote }, [{ offset: opener.start + opener.raw.trimEnd().length, length: 0, newText: quote }])]
      : [];
    return { text: message('slip.unclosedQuote', { quote }), range: covering(context, opener.valueStart, opener.end), fixes };
  },
};

/**
 * The line whose value opens a `quote` that nothing before `before` closes: values are read from the top, each
 * quoted one skipped to its closing quote (across lines, as YAML allows), block scalars (`|`, `>`) skipped whole.
 */
function openQuoteLine(lines: LineIndex, quote: string, before: number): LineEntry | undefined {
  const { text } = lines;
  let line = 0;
  while (line < lines.lineCount && lines.lineStart(line) < before) {
    const entry = lineEntry(lines, line);
    if (/^[|>][-+0-9]*(?:\s+#.*)?$/.test(entry.value)) {
      line = afterBlockScalar(lines, line, entry.indent);
      continue;
    }
    if (!entry.value.startsWith('"') && !entry.value.startsWith("'")) {
      line++;
      continue;
    }
    const close = closingQuote(text, entry.valueStart);
    if (close === -1 || close >= before) return entry.value.startsWith(quote) ? entry : undefined;
    line = lines.positionAt(close).line + 1;
  }
  return undefined;
}

/** The offset of the quote that closes the one at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let at = open + 1; at < text.length; at++) {
    if (quote === '"' && text[at] === '\\') at++;
    else if (text[at] === quote) {
      if (quote === "'" && text[at + 1] === "'") at++;
      else return at;
    }
  }
  return -1;
}

function afterBlockScalar(lines: LineIndex, line: number, indent: number): number {
  let next = line + 1;
  while (next < lines.lineCount) {
    const raw = lines.text.slice(lines.lineStart(next), lines.lineEnd(next));
    if (raw.trim() && raw.length - raw.trimStart().length <= indent) break;
    next++;
  }
  return next;
}
