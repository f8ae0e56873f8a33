// A line of text where a block expects `key: value`: a note typed between entries, or a key whose ": " hides
// behind a ` #` that made the rest a comment ("Budget note #2: see terms"). The fix keeps the words as a comment.
import { message } from '../i18n';
import { covering, fixOf, type Slip } from './slip';

export const textWithoutKey: Slip = {
  code: 'text-without-key',
  explain(context) {
    const { entry } = context;
    const implicitKey = context.code === 'MULTILINE_IMPLICIT_KEY' || (context.code === 'MISSING_CHAR' && /Implicit map keys/.test(context.detail));
    if (!implicitKey || entry.key !== undefined || entry.contentStart !== entry.start + entry.indent || !entry.value) return undefined;
    const hash = entry.value.indexOf(' #');
    const text = hash > 0 ? message('slip.textBeforeComment', { text: entry.value.slice(0, hash) }) : message('slip.textWithoutKey');
    const fix = fixOf('fix.commentOut', {}, [{ offset: entry.contentStart, length: 0, newText: '# ' }]);
    return { text, range: covering(context, entry.contentStart, entry.end), fixes: [fix] };
  },
};
