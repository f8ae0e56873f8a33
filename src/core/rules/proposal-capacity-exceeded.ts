// proposal-capacity-exceeded: the budget buys more leads than the client can handle (000: "the conversation about
// how many deals the client needs, their conversion rates and their capacity to handle leads is super critical").
// Leads beyond the sales team's capacity do not become deals. Checks briefs as well as proposals. Far beyond it
// (ten times), the cost per lead is more likely wrong than the plan: proposal-funnel-implausible says so instead.
import { PLAUSIBILITY_LIMITS } from '../plausibility';
import type { Funnel } from '../funnel';
import type { Rule, RuleReport } from './rule';
import { funnelOf, numberAt, segmentsOf } from './helpers';
import { message, money, ref } from '../i18n';

const rule: Rule = {
  name: 'proposal-capacity-exceeded',
  kinds: ['proposal', 'brief'],
  description: 'The leads the budget buys exceed the leads a month the client\'s team can handle (lead capacity).',
  sources: ['000'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'brief', 'numbers'],
  check(context) {
    // Each funnel by product or market against its own team's capacity, then the document's own funnel.
    for (const { detail, entry, index } of segmentsOf(context)) {
      if (!detail.ok) continue;
      const report = exceeded(detail.funnel, numberAt(entry, ['lead_capacity']), numberAt(entry, ['cost_per_lead']));
      if (report) context.report({ path: ['funnels', index, 'lead_capacity'], ...report });
    }
    const result = funnelOf(context);
    if (!result.ok) return;
    const report = exceeded(result.funnel, numberAt(context.data, ['funnel', 'lead_capacity']), numberAt(context.data, ['funnel', 'cost_per_lead']));
    if (report) context.report({ path: ['funnel', 'lead_capacity'], ...report });
  },
};

/** The message when a funnel buys more leads than its capacity, short of ten times (that is a wrong number instead). */
function exceeded(funnel: Funnel, capacity: number | undefined, costPerLead: number | undefined): Pick<RuleReport, 'message' | 'localized'> | undefined {
  if (capacity === undefined || funnel.leads <= capacity) return undefined;
  if (capacity > 0 && funnel.leads >= PLAUSIBILITY_LIMITS.maxTimes * capacity) return undefined; // one finding per gap
  const extra = funnel.leads - capacity;
  const saving = costPerLead === undefined ? '' : ref('rule.capacity.saving', { amount: money(extra * costPerLead, funnel.currency) });
  const handled = funnel.deals_handled === null ? '' : ref('rule.capacity.handled', { deals: funnel.deals_handled });
  return message('rule.capacity.exceeded', { budget: money(funnel.budget, funnel.currency), leads: funnel.leads, capacity, handled, extra, saving });
}

export default rule;
