// proposal-budget-cannot-deliver: the deals the budget buys are fewer than the deals expected (000: "the client set
// a budget of 10K a month, 50 a lead, one lead in four becomes a deal: a deal costs 200, so the budget makes 50
// customers at most; but the client expects 100 deals"). It reads the document's own numbers, so it checks
// briefs as well as proposals; the arithmetic is computeFunnel's (src/core/funnel.ts). Funnels by product or market
// (`funnels`) are each worked out and reported on their own.
import type { Rule } from './rule';
import { funnelOf, segmentsOf } from './helpers';
import { message, money } from '../i18n';

const rule: Rule = {
  name: 'proposal-budget-cannot-deliver',
  kinds: ['proposal', 'brief'],
  description: 'The deals the monthly budget buys (budget ÷ cost per lead × conversion) are fewer than the deals expected.',
  sources: ['000'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'brief', 'numbers'],
  check(context) {
    for (const segment of segmentsOf(context)) {
      if (!segment.detail.ok) continue;
      const { funnel, figures } = segment.detail;
      const bought = Number(figures.deals_bought);
      if (funnel.deals_expected === null || funnel.budget_needed === null || bought >= funnel.deals_expected) continue;
      context.report({
        path: ['funnels', segment.index, 'expected_deals'],
        ...message('rule.cannotDeliver.segment', {
          name: segment.name,
          budget: money(funnel.budget, funnel.currency),
          bought,
          expected: funnel.deals_expected,
          needed: money(funnel.budget_needed, funnel.currency),
        }),
      });
    }
    const detail = funnelOf(context);
    if (!detail.ok) return; // missing or impossible numbers: the schema and brief-numbers-missing speak of those
    const { funnel, figures } = detail;
    const expected = funnel.deals_expected;
    if (expected === null || funnel.budget_needed === null) return;
    const bought = Number(figures.deals_bought);
    if (bought >= expected) return;
    // Amounts are formatted when the message is rendered, the reader's way: €10,000 in English, 10 000 € in Russian.
    const budget = money(funnel.budget, funnel.currency);
    const needed = money(funnel.budget_needed, funnel.currency);
    context.report({
      path: ['funnel', 'expected_deals'],
      ...(bought === 0
        ? message('rule.cannotDeliver.none', { budget, expected, needed })
        : message('rule.cannotDeliver.some', { budget, bought, expected, needed })),
    });
  },
};

export default rule;
