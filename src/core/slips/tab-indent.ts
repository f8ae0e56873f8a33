// A tab used to indent: YAML indents with spaces only. The fix writes the line's indentation in spaces, as many per
// tab as the document itself indents by.
import { message } from '../i18n';
import { fixOf, type Slip } from './slip';

export const tabIndent: Slip = {
  code: 'tab-as-indent',
  explain({ code, lines, line, pos }) {
    if (code !== 'TAB_AS_INDENT') return undefined;
    const start = lines.lineStart(line);
    const indentation = /^[ \t]*/.exec(lines.text.slice(start, lines.lineEnd(line)))![0];
    const unit = indentUnit(lines.text);
    const spaces = indentation.replace(/\t/g, ' '.repeat(unit));
    const fix = fixOf('fix.tabsToSpaces', {}, [{ offset: start, length: indentation.length, newText: spaces }]);
    return { text: message('yaml.tabIndent'), range: [Math.min(pos[0], start), Math.max(pos[1], start + indentation.length)], fixes: [fix] };
  },
};

/** How many spaces the document indents by: those of its first indented line, 2 when none is. */
function indentUnit(text: string): number {
  const first = /^( +)\S/m.exec(text);
  return first ? Math.min(first[1].length, 8) : 2;
}
