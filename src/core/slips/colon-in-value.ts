// `title: Acme Windows: 50 orders a month`: the second ": " starts a key inside the value, which YAML forbids on
// one line. The commonest slip of anyone writing prose in YAML; the fix quotes the value (or the whole list item).
import { message } from '../i18n';
import { covering, quoteFix, type Slip } from './slip';

export const colonInValue: Slip = {
  code: 'colon-in-value',
  explain(context) {
    const { entry } = context;
    if (context.code !== 'BLOCK_AS_IMPLICIT_KEY' || entry.key === undefined || !/: |:$/.test(entry.value)) return undefined;
    // In a list, "- Goal: more leads: 40" is one line of text more often than a key and its value.
    const item = entry.contentStart > entry.start + entry.indent;
    const target = item ? { ...entry, key: undefined, value: entry.raw.slice(entry.contentStart - entry.start).trimEnd(), valueStart: entry.contentStart } : entry;
    const fix = quoteFix(target);
    if (!fix) return undefined;
    const text = item ? message('slip.colonInItem') : message('slip.colonInValue', { key: entry.key });
    return { text, range: covering(context, target.valueStart, entry.end), fixes: [fix] };
  },
};
