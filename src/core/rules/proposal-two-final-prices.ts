// proposal-two-final-prices: the terms state a second final price beside `terms.price`, most often a "special price"
// for the very same work: "15,000 SAR instead of 18,000", «15 000 ₽ вместо 18 000 ₽». Which one does the client sign?
// 003: sell "a concrete result with its final price"; a discount is shown as what it is, against the one price.
import { message } from '../i18n';
import { documentMoney, isRecord } from './helpers';
import type { Rule } from './rule';

/** "X instead of Y", in the four languages: X is offered in place of Y. */
const INSTEAD_OF = /(\d[\d\s\u00a0\u202f,.]*\d|\d)(?=[^\n]{0,24}?(?:instead of|rather than|вместо|במקום|بدلاً من|بدلا من|عوضاً عن|عوضا عن)[^\d\n]{0,24}?(\d[\d\s\u00a0\u202f,.]*\d|\d))/gu;

/** A written amount as a number: "18,000", "18 000", "18.000" and "18000" alike (decimals are not final prices here). */
function amountOf(text: string): number {
  return Number(text.replace(/[\s\u00a0\u202f,.]/g, ''));
}

const rule: Rule = {
  name: 'proposal-two-final-prices',
  kinds: ['proposal'],
  description: 'The terms state a second final price beside the price, such as a special price for the same work.',
  sources: ['003'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'numbers'],
  check(context) {
    const terms = context.data.terms;
    if (!isRecord(terms) || typeof terms.price !== 'number') return;
    const price = terms.price;
    const money = documentMoney(context.data); // in the budget's currency, the reader's way
    for (const key of ['payment', 'notes'] as const) {
      const text = terms[key];
      if (typeof text !== 'string') continue;
      for (const match of text.matchAll(INSTEAD_OF)) {
        const offered = amountOf(match[1]);
        const replaced = amountOf(match[2]);
        // "15,000 instead of 18,000" where 18,000 is the price: a second final price, on the one it offers.
        if (replaced !== price || offered === price || !(offered > 0)) continue;
        const from = match.index ?? 0;
        context.report({
          path: ['terms', key],
          span: [from, from + match[1].length],
          ...message('rule.twoPrices.insteadOf', { offered: money(offered), price: money(price) }),
        });
      }
    }
  },
};

export default rule;
