// proposal-two-final-prices: the terms state a second final price beside `terms.price`, most often a "special price"
// for the very same work: "15,000 SAR instead of 18,000", «15 000 ₽ вместо 18 000 ₽». Which one does the client sign?
// 003: sell "a concrete result with its final price"; a discount is shown as what it is, against the one price.
// Packages are allowed, each with its own price, as long as one is recommended and no other price stands beside them.
import { message } from '../i18n';
import { offerOf } from '../offer';
import { documentMoney, isRecord } from './helpers';
import { totalsIn, writtenAmount, type WrittenTotal } from './lexicon/totals';
import type { Rule } from './rule';

/** "X instead of Y", in the four languages: X is offered in place of Y. */
const INSTEAD_OF = /(\d[\d\s\u00a0\u202f,.]*\d|\d)(?=[^\n]{0,24}?(?:instead of|rather than|вместо|במקום|بدلاً من|بدلا من|عوضاً عن|عوضا عن)[^\d\n]{0,24}?(\d[\d\s\u00a0\u202f,.]*\d|\d))/gu;

const rule: Rule = {
  name: 'proposal-two-final-prices',
  kinds: ['proposal'],
  description: 'The terms state a second final price beside the price (a special price for the same work, a price beside packages), or offer packages with none or several recommended.',
  sources: ['003'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'numbers'],
  check(context) {
    const terms = context.data.terms;
    if (!isRecord(terms)) return;
    checkPackages(context.data, terms, context.report);
    checkWrittenTotals(terms, context.report);
    if (typeof terms.price !== 'number') return;
    const price = terms.price;
    const money = documentMoney(context.data); // in the budget's currency, the reader's way
    for (const key of ['payment', 'notes'] as const) {
      const text = terms[key];
      if (typeof text !== 'string') continue;
      for (const match of text.matchAll(INSTEAD_OF)) {
        const offered = writtenAmount(match[1]);
        const replaced = writtenAmount(match[2]);
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

/**
 * Two different totals for the whole offer written in the terms ("Итого ~$9 500–$10 500" for the test, then "Итого
 * за месяц $18 480"): the client cannot tell which one is the price. Totals for different periods (a one-off setup
 * and a month) and the totals of packages each priced in `packages` are not two prices.
 */
function checkWrittenTotals(terms: Record<string, unknown>, report: Parameters<Rule['check']>[0]['report']): void {
  if (Array.isArray(terms.packages) && terms.packages.length > 1) return;
  const seen: Array<{ total: WrittenTotal; written: string }> = [];
  for (const key of ['payment', 'notes'] as const) {
    const text = terms[key];
    if (typeof text !== 'string') continue;
    for (const total of totalsIn(text)) {
      const written = text.slice(total.from, total.to);
      const comparable = seen.filter((earlier) => !earlier.total.period || !total.period || earlier.total.period === total.period);
      const agrees = comparable.some((earlier) => total.min <= earlier.total.max && earlier.total.min <= total.max);
      if (comparable.length > 0 && !agrees) {
        report({ path: ['terms', key], span: [total.from, total.to], ...message('rule.twoPrices.totals', { first: comparable[0].written, second: written }) });
        return;
      }
      seen.push({ total, written });
    }
  }
}

/** Several packages: one recommended, and no `price` of the terms beside them. */
function checkPackages(data: Readonly<Record<string, unknown>>, terms: Record<string, unknown>, report: Parameters<Rule['check']>[0]['report']): void {
  if (!Array.isArray(terms.packages)) return;
  const offer = offerOf(terms);
  if (!offer) return;
  if (typeof terms.price === 'number') {
    report({ path: ['terms', 'price'], ...message('rule.packages.priceBeside', { price: documentMoney(data)(terms.price) }) });
  }
  const marked = offer.packages.filter((pack) => pack.recommended);
  if (offer.packages.length > 1 && marked.length === 0) {
    report({ path: ['terms', 'packages'], ...message('rule.packages.noneRecommended', { count: offer.packages.length }) });
  } else if (marked.length > 1) {
    const names = marked.map((pack) => pack.name ?? '').filter(Boolean).join(', ');
    report({ path: [...marked[1].path, 'recommended'], ...message('rule.packages.manyRecommended', { count: marked.length, names }) });
  }
}

export default rule;
