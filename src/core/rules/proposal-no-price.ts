// proposal-no-price: commercial terms without a final price (003: "sell the client what they want to get from you:
// a concrete result with its final price and a concrete benefit").
import type { Rule } from './rule';
import { documentMoney, isBlank, isRecord } from './helpers';
import { message } from '../i18n';

const rule: Rule = {
  name: 'proposal-no-price',
  kinds: ['proposal'],
  description: 'The commercial terms give no final price, do not say whether it is a month or the project, or their items add up to another sum.',
  sources: ['003'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'numbers'],
  defaultOptions: { requirePeriod: true, checkItems: true },
  optionDescriptions: {
    requirePeriod: 'Require `price_period` (month or project) next to the price.',
    checkItems: 'Report items whose amounts add up to a sum other than the price.',
  },
  check(context) {
    const terms = context.data.terms;
    if (!isRecord(terms) || isBlank(terms)) return; // proposal-missing-block reports absent terms
    // Packages price themselves by their items; proposal-two-final-prices asks for one of them to be recommended.
    if (Array.isArray(terms.packages) && terms.packages.length > 0) return;
    // Paid per result: the price of one result is the final price the client signs for.
    if (typeof terms.price !== 'number' && Array.isArray(terms.per_result) && terms.per_result.length > 0) return;
    const price = terms.price;
    const money = documentMoney(context.data); // in the budget's currency, the reader's way
    if (typeof price !== 'number') {
      context.report({ path: 'price' in terms ? ['terms', 'price'] : ['terms'], ...message('rule.price.none') });
      return;
    }
    if (context.options.requirePeriod && terms.price_period === undefined) {
      context.report({ path: ['terms', 'price'], ...message('rule.price.period', { price: money(price) }) });
    }
    if (context.options.checkItems && Array.isArray(terms.items)) {
      // A one-off setup beside a monthly price is not part of it: the price is compared with the items of its period.
      const period = terms.price_period === 'project' ? 'once' : 'month';
      const ofPeriod = terms.items.filter((item) => !isRecord(item) || item.period === undefined || item.period === period);
      const amounts = ofPeriod.map((item) => (isRecord(item) ? item.amount : undefined));
      if (amounts.length > 0 && amounts.every((amount) => typeof amount === 'number')) {
        const sum = (amounts as number[]).reduce((a, b) => a + b, 0);
        if (Math.abs(sum - price) > 0.005) {
          context.report({ path: ['terms', 'items'], ...message('rule.price.items', { sum: money(sum), price: money(price) }) });
        }
      }
    }
  },
};

export default rule;
