// proposal-budget-cannot-deliver: the deals the budget buys are fewer than the deals expected (000: "the client set
// a budget of 10K a month, 50 a lead, one lead in four becomes a deal: a deal costs 200, so the budget makes 50
// customers at most; but the client expects 100 deals"). It reads the document's own numbers, so it checks
// briefs as well as proposals; the arithmetic is computeFunnel's (src/core/funnel.ts).
import { computeFunnelDetail } from '../funnel';
import { formatMoney } from '../money';
import type { Rule } from './rule';
import { message } from '../i18n';

const rule: Rule = {
  name: 'proposal-budget-cannot-deliver',
  kinds: ['proposal', 'brief'],
  description: 'The deals the monthly budget buys (budget ÷ cost per lead × conversion) are fewer than the deals expected.',
  sources: ['000'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'brief', 'numbers'],
  check(context) {
    const detail = computeFunnelDetail(context.data as Record<string, unknown>);
    if (!detail.ok) return; // missing or impossible numbers: the schema and brief-numbers-missing speak of those
    const { funnel, figures } = detail;
    const expected = funnel.deals_expected;
    if (expected === null || funnel.budget_needed === null) return;
    const bought = Number(figures.deals_bought);
    if (bought >= expected) return;
    const budget = formatMoney(funnel.budget, funnel.currency);
    const needed = formatMoney(funnel.budget_needed, funnel.currency);
    context.report({
      path: ['funnel', 'expected_deals'],
      ...(bought === 0
        ? message('rule.cannotDeliver.none', { budget, expected, needed })
        : message('rule.cannotDeliver.some', { budget, bought, expected, needed })),
    });
  },
};

export default rule;
