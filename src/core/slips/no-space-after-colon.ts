// `sector:IT`: without a space after the colon YAML reads one word, not a key and its value. The fix adds the space.
import { message } from '../i18n';
import { covering, fixOf, isRecord, readAlone, type Slip } from './slip';

const KEY_THEN_VALUE = /^([^\s#'"?:\-[\]{},&*!|>%@`][^:#]*?):(?=[^\s/])/;

export const noSpaceAfterColon: Slip = {
  code: 'no-space-after-colon',
  explain(context) {
    const { entry } = context;
    if ((context.code !== 'MISSING_CHAR' && context.code !== 'MULTILINE_IMPLICIT_KEY') || entry.key !== undefined) return undefined;
    const content = entry.raw.slice(entry.contentStart - entry.start);
    const key = KEY_THEN_VALUE.exec(content)?.[1];
    if (!key || content.includes(': ')) return undefined;
    const colon = entry.contentStart + key.length + 1;
    const read = readAlone(`${key}: ${content.slice(key.length + 1)}`);
    if (!isRecord(read) || !(key.trim() in read)) return undefined;
    const fix = fixOf('fix.addSpace', { key: key.trim() }, [{ offset: colon, length: 0, newText: ' ' }]);
    return { text: message('slip.noSpaceAfterColon', { key: key.trim() }), range: covering(context, entry.contentStart, entry.end), fixes: [fix] };
  },
};
