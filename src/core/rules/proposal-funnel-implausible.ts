// proposal-funnel-implausible: the funnel buys more than can be (domain notes: "numbers that do not tie together,
// a monthly budget divided by quarterly leads, are common; an expert checks that the figures agree with each other
// before trusting the forecast"; 000: talk of money in and money out, which only works with true numbers). The other
// direction of proposal-budget-cannot-deliver: leads far above what the team handles, deals far above those
// expected, a media plan whose own spend and leads give another cost per lead, a return no campaign earns. Each
// message says which number to check. The checks are plausibility.ts's; one finding per funnel.
import { message, money, type MessageArg } from '../i18n';
import { funnelDoubt, PLAUSIBILITY_LIMITS, type FunnelDoubt, type StatedNumbers } from '../plausibility';
import { funnelOf, isRecord, numberAt, segmentsOf } from './helpers';
import type { Rule, RuleContext, RuleReport } from './rule';

const rule: Rule = {
  name: 'proposal-funnel-implausible',
  kinds: ['proposal', 'brief'],
  description: 'The funnel\'s numbers cannot be: the budget buys far more leads than the team handles or deals than expected, the media plan implies another cost per lead, or the return on ad spend is beyond any campaign.',
  sources: ['000'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'brief', 'numbers'],
  defaultOptions: { ...PLAUSIBILITY_LIMITS },
  optionDescriptions: {
    maxTimes: 'Leads bought this many times the lead capacity, or deals this many times those expected, cannot be.',
    maxRoas: 'A return on ad spend above this (revenue ÷ budget) cannot be.',
    maxCostPerLeadGap: 'The media plan\'s cost per lead (its spend ÷ its leads) and the funnel\'s may differ by this factor at most.',
  },
  check(context) {
    const limits = {
      maxTimes: context.options.maxTimes as number,
      maxRoas: context.options.maxRoas as number,
      maxCostPerLeadGap: context.options.maxCostPerLeadGap as number,
    };
    // Each funnel by product or market is judged as a document's own funnel would be, on its own numbers.
    for (const { detail: segment, entry, index } of segmentsOf(context)) {
      if (!segment.ok || typeof entry.cost_per_lead !== 'number') continue;
      const { funnel, figures } = segment;
      const stated: StatedNumbers = { leadCapacity: numberAt(entry, ['lead_capacity']), dealsBought: Number(figures.deals_bought) };
      const doubt = funnelDoubt(funnel, entry.cost_per_lead, stated, limits);
      if (!doubt) continue;
      const amount = (value: number): MessageArg => money(value, funnel.currency);
      const report = reportOf(doubt, { budget: amount(funnel.budget), costPerLead: amount(entry.cost_per_lead), conversion: conversionText(entry), amount });
      context.report({ ...report, path: ['funnels', index, ...(report.path ?? []).slice(1)] });
    }
    const detail = funnelOf(context);
    if (!detail.ok) return; // missing or impossible numbers: the schema and brief-numbers-missing speak of those
    const costPerLead = numberAt(context.data, ['funnel', 'cost_per_lead']);
    if (costPerLead === undefined) return;
    const doubt = funnelDoubt(detail.funnel, costPerLead, statedNumbers(context, Number(detail.figures.deals_bought)), limits);
    if (!doubt) return;
    const currency = detail.funnel.currency;
    const amount = (value: number): MessageArg => money(value, currency);
    context.report(reportOf(doubt, {
      budget: amount(detail.funnel.budget),
      costPerLead: amount(costPerLead),
      conversion: conversionText(isRecord(context.data.funnel) ? context.data.funnel : {}),
      amount,
    }));
  },
};

/** The client's other numbers the funnel is held against. */
export function statedNumbers(context: Pick<RuleContext, 'data'>, dealsBought: number): StatedNumbers {
  const leadCapacity = numberAt(context.data, ['funnel', 'lead_capacity']);
  let spend = 0;
  let leads = 0;
  const plan = context.data.media_plan;
  if (Array.isArray(plan)) {
    for (const line of plan) {
      // Only lines with both: a channel without its leads says nothing about the cost per lead.
      if (!isRecord(line) || typeof line.monthly !== 'number' || typeof line.leads !== 'number') continue;
      spend += line.monthly;
      leads += line.leads;
    }
  }
  return { leadCapacity, dealsBought, ...(leads > 0 ? { mediaPlan: { spend, leads } } : {}) };
}

interface Words {
  budget: MessageArg;
  costPerLead: MessageArg;
  conversion: string;
  amount: (value: number) => MessageArg;
}

function reportOf(doubt: FunnelDoubt, words: Words): RuleReport {
  const { budget, costPerLead } = words;
  switch (doubt.kind) {
    case 'leads':
      return { path: ['funnel', 'cost_per_lead'], ...message('rule.implausible.leads', { budget, costPerLead, leads: doubt.leads, capacity: doubt.capacity, times: doubt.times }) };
    case 'deals':
      return { path: ['funnel', 'cost_per_lead'], ...message('rule.implausible.deals', { budget, costPerLead, conversion: words.conversion, deals: doubt.deals, expected: doubt.expected, times: doubt.times }) };
    case 'mediaPlan':
      return { path: ['funnel', 'cost_per_lead'], ...message('rule.implausible.mediaPlan', { spend: words.amount(doubt.spend), leads: doubt.leads, planned: words.amount(doubt.costPerLead), costPerLead }) };
    case 'roas':
      return { path: ['funnel', 'deal_value'], ...message('rule.implausible.roas', { roas: doubt.roas, revenue: words.amount(doubt.revenue), budget }) };
  }
}

/** A funnel's conversion as the document gives it: `0.25` as "25%", `"12.5%"` as written. */
function conversionText(funnel: Readonly<Record<string, unknown>>): string {
  const value = funnel.lead_to_deal;
  if (typeof value === 'number') return `${Math.round(value * 10000) / 100}%`;
  return String(value ?? '').trim();
}

export default rule;
