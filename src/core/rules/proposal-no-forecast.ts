// proposal-no-forecast: the proposal does not break the budget down into numbers (000: "very few suppliers align
// these expectations and break the campaign down into numbers at every stage — even theoretical ones at first").
import type { Rule } from './rule';
import { nearestPlace } from './add-block';
import { plansCampaign, spendsAdBudget } from './stages';
import { valueAt } from './helpers';
import { message, ref, type MessageId } from '../i18n';

const NUMBERS: Readonly<Record<string, string>> = {
  'budget.monthly': 'the monthly budget',
  'budget.currency': 'the currency',
  'funnel.cost_per_lead': 'the cost per lead',
  'funnel.lead_to_deal': 'the lead-to-deal conversion',
  'funnel.expected_deals': 'the deals expected',
  'funnel.lead_capacity': 'the lead capacity',
  'funnel.deal_value': 'the deal value',
};

const rule: Rule = {
  name: 'proposal-no-forecast',
  kinds: ['proposal'],
  description: 'The proposal does not show what the budget buys: the budget, cost per lead, conversion or deals expected are missing.',
  sources: ['000'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'numbers'],
  defaultOptions: { numbers: ['budget.monthly', 'funnel.cost_per_lead', 'funnel.lead_to_deal', 'funnel.expected_deals'] },
  optionDescriptions: { numbers: 'The numbers the proposal must give, as dotted paths (budget.monthly, funnel.cost_per_lead…).' },
  check(context) {
    if (!plansCampaign(context.data)) return; // a quote for a site or a workshop buys no leads
    // A proposal that sells work, not leads bought with media, has no funnel to show; one that starts on the money
    // is asked for the rest of it.
    if (!spendsAdBudget(context.data)) return;
    // A forecast in the client's own units (registered users, first deposits) breaks the campaign down into numbers
    // as well as leads and deals would.
    if (Array.isArray(context.data.forecast) && context.data.forecast.length > 0) return;
    // So do funnels by product or market (proposal-budget-cannot-deliver works each out).
    if (context.data.funnel === undefined && Array.isArray(context.data.funnels) && context.data.funnels.length > 0) return;
    const wanted = (context.options.numbers as string[]).filter((key) => key in NUMBERS);
    const missing = wanted.filter((key) => {
      const value = valueAt(context.data, key.split('.'));
      return value === undefined || value === null || value === '';
    });
    if (missing.length === 0) return;
    const first = missing[0].split('.');
    context.report({
      ...nearestPlace(context, first.slice(0, 1)),
      ...message('rule.forecast.missing', { numbers: { list: missing.map((key) => ref(`rule.forecastNumber.${key}` as MessageId)) } }),
    });
  },
};

export default rule;
