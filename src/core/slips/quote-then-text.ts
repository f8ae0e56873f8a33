// A value that starts with a quote and goes on after the quote closes (`"Best" offer`, `'It's ours'`): YAML ends
// the value at the quote. The fix quotes the whole value; a value wrapped in one kind of quote keeps its words.
import { message } from '../i18n';
import { covering, quoteFix, type Slip } from './slip';

export const quoteThenText: Slip = {
  code: 'quote-then-text',
  explain(context) {
    const { entry } = context;
    const quote = entry.value[0];
    if ((quote !== '"' && quote !== "'") || context.code === 'MISSING_CHAR') return undefined;
    // 'It's ours' was meant as the words between the outer quotes; "Best" offer as the value as typed.
    const wrapped = entry.value.length > 1 && entry.value.endsWith(quote);
    const fix = quoteFix(entry, wrapped ? entry.value.slice(1, -1) : entry.value);
    if (!fix) return undefined;
    const text = entry.key === undefined ? message('slip.quoteThenTextItem', { quote }) : message('slip.quoteThenText', { key: entry.key, quote });
    return { text, range: covering(context, entry.valueStart, entry.end), fixes: [fix] };
  },
};
