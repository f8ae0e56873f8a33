// brief-numbers-missing: the client's numbers are unknown (000: "know your numbers: cost per lead, cost of a
// deal; it is your responsibility to share them, so the supplier can build the right plan").
import type { Rule } from './rule';
import { nearestPlace } from './add-block';
import { isRecord } from './helpers';
import { briefBuysAdvertising } from './stages';
import { message, ref, type MessageId } from '../i18n';

const NUMBERS: Readonly<Record<string, string>> = {
  cost_per_lead: 'cost per lead',
  lead_to_deal: 'lead-to-deal conversion',
  lead_capacity: 'lead capacity (how many leads the sales team can handle)',
  expected_deals: 'expected deals',
  deal_value: 'deal value',
};

const rule: Rule = {
  name: 'brief-numbers-missing',
  kinds: ['brief'],
  description: 'The brief does not give the client\'s numbers: cost per lead, conversion, lead capacity or deal value.',
  sources: ['000'],
  defaultSeverity: 'warning',
  tags: ['brief', 'numbers'],
  defaultOptions: { numbers: ['cost_per_lead', 'lead_to_deal', 'lead_capacity', 'deal_value'] },
  optionDescriptions: { numbers: 'The `funnel` fields the brief must give (expected_deals may be added).' },
  check(context) {
    // The funnel's numbers are advertising's (000): a brief for a site, copy or creative alone does not need them.
    if (!briefBuysAdvertising(context.data)) return;
    const funnel = isRecord(context.data.funnel) ? context.data.funnel : {};
    const missing = (context.options.numbers as string[]).filter((key) => key in NUMBERS && (funnel[key] === undefined || funnel[key] === null));
    if (missing.length === 0) return;
    context.report({
      ...nearestPlace(context, ['funnel']),
      ...message('rule.briefNumbers.missing', { numbers: { list: missing.map((key) => ref(`rule.briefNumber.${key}` as MessageId)) }, count: missing.length }),
    });
  },
};

export default rule;
