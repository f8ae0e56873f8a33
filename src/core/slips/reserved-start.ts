// A value starting with a character YAML reserves (`*` alias, `&` anchor, `!` tag, `@`, `` ` ``, `%`, `|`, `>`,
// `[`, `{`, `- `): "*Best* offer", "@acme", "%50 off". The fix writes the value as text in quotes.
import { message } from '../i18n';
import { covering, quoteFix, type Slip } from './slip';

const RESERVED = /^(?:[*&!@`%|>[{]|- )/;

export const reservedStart: Slip = {
  code: 'reserved-start',
  explain(context) {
    const { entry } = context;
    const reserved = RESERVED.exec(entry.value)?.[0].trim();
    if (!reserved) return undefined;
    const fix = quoteFix(entry);
    if (!fix) return undefined;
    const text = entry.key === undefined ? message('slip.reservedStartItem', { char: reserved }) : message('slip.reservedStart', { key: entry.key, char: reserved });
    return { text, range: covering(context, entry.valueStart, entry.end), fixes: [fix] };
  },
};
