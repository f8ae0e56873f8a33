// "What the budget buys": the budget (a month; or for the project, by phase), the cost per lead and the conversion the client gave, and what they make
// (leads, cost per deal, deals, revenue, return on ad spend) as a forecast the client reads (000). Whether that meets
// the client's expectation or their team's capacity is our verdict, for the author only.
import { computeFunnel, segmentFunnels } from '../../funnel';
import { money as moneyArg, t as translate } from '../../i18n';
import { tooGoodToBeTrue } from '../../plausibility';
import { isFiniteNumber, isRecord, plainMessage, type Builder } from '../builder';
import { labelLanguageOf } from '../labels';
import type { Block, Content, Figure, Sentence, TableRow } from '../model';
import type { ClientBlock } from './block';

const budget: ClientBlock = {
  key: 'budget',
  build(b) {
    if (b.data.budget === undefined && b.data.funnel === undefined && b.data.funnels === undefined) return undefined;
    const t = b.labels.funnel;
    const money = isRecord(b.data.budget) ? b.data.budget : {};
    const funnelData = isRecord(b.data.funnel) ? b.data.funnel : {};
    const figures: Figure[] = [];
    const sentences: Sentence[] = [];
    const add = (label: string, value: Content | undefined, emphasis = false) => {
      if (value) figures.push({ label, value, emphasis });
    };
    add(t.budget, b.fmtMoney(money.monthly, ['budget', 'monthly']));
    add(b.labels.realWork.projectBudget, b.fmtMoney(money.project, ['budget', 'project']));
    add(t.costPerLead, b.fmtMoney(funnelData.cost_per_lead, ['funnel', 'cost_per_lead']));
    add(t.conversion, b.fmtConversion(funnelData.lead_to_deal));
    const result = computeFunnel(b.data);
    if (result.ok) {
      const funnel = result.funnel;
      add(t.leads, b.num(funnel.leads));
      add(t.costPerDeal, b.money(funnel.cost_per_deal));
      add(t.deals, b.num(funnel.deals_achievable), true);
      if (funnel.deals_expected !== null) add(t.expected, b.num(funnel.deals_expected));
      if (funnel.revenue !== null) add(t.revenue, b.money(funnel.revenue), true);
      if (funnel.roas !== null) add(t.roas, b.multiple(funnel.roas));
      // Numbers that cannot be are no success to report: which one to check is proposal-funnel-implausible's finding.
      const doubt = tooGoodToBeTrue(funnel);
      const budgetArg = moneyArg(funnel.budget, funnel.currency);
      if (doubt) {
        const why =
          doubt === 'deals'
            ? translate(labelLanguageOf(b.lang), 'funnel.verdict.tooManyDeals', { budget: budgetArg, achievable: funnel.deals_achievable, expected: funnel.deals_expected ?? 0 })
            : translate(labelLanguageOf(b.lang), 'funnel.verdict.tooMuchReturn', { revenue: moneyArg(funnel.revenue ?? 0, funnel.currency), budget: budgetArg, roas: funnel.roas ?? 0 });
        sentences.push({ content: [{ type: 'value', text: plainMessage(why) }], tone: 'warning', authorOnly: true });
      } else if (funnel.deals_expected !== null) {
        if (funnel.deals_achievable >= funnel.deals_expected) {
          sentences.push({ content: b.template(t.covered, { expected: b.num(funnel.deals_expected) }), tone: 'ok', authorOnly: true });
        } else {
          sentences.push({
            content: b.template(t.shortfall, {
              expected: b.num(funnel.deals_expected),
              achievable: b.num(funnel.deals_achievable),
              needed: funnel.budget_needed !== null ? b.money(funnel.budget_needed) : [{ type: 'text', text: '—' }],
            }),
            tone: 'warning',
            authorOnly: true,
          });
        }
      }
      if (funnel.capacity_limited && isFiniteNumber(funnelData.lead_capacity) && funnel.deals_handled !== null) {
        sentences.push({
          content: b.template(t.capacityLimited, { capacity: b.num(funnelData.lead_capacity), handled: b.num(funnel.deals_handled) }),
          tone: 'warning',
          authorOnly: true,
        });
      }
    } else if (b.data.funnel !== undefined || !Array.isArray(b.data.funnels)) {
      // Why, in the language of the labels around it (the document's), like the rest of the page. (Numbers given by
      // product or market alone are no incomplete funnel: the table below works them out.)
      const why = translate(labelLanguageOf(b.lang), result.localized.id, result.localized.args);
      sentences.push({ content: b.template(t.incomplete, { error: [{ type: 'value', text: plainMessage(why) }] }), tone: 'warning', authorOnly: true });
    }
    const line = b.keyLine(['budget']) ?? b.keyLine(['funnel']);
    const rw = b.labels.realWork;
    const phases = b.table(['budget', 'phases'], rw.phases, [
      { label: rw.phase, key: 'name', format: b.fmtValue },
      { label: rw.weeks, key: 'weeks', format: b.fmtNumber, numeric: true, sum: (total) => b.num(total) },
      { label: b.labels.field.amount, key: 'amount', format: b.fmtMoney, numeric: true, sum: (total) => b.money(total) },
    ]);
    const markets = marketsTable(b);
    return {
      key: 'budget',
      heading: b.labels.heading.budget,
      line,
      blocks: [{ type: 'figures', line, figures, sentences }, ...(phases ? [phases] : []), ...(markets ? [markets] : [])],
    };
  },
};

/** Per product or market: each one's budget and numbers, and what they buy; a shortfall is the author's note. */
function marketsTable(b: Builder): Block | undefined {
  const segments = segmentFunnels(b.data);
  if (!segments.length) return undefined;
  const t = b.labels.funnel;
  const rw = b.labels.realWork;
  const rows: TableRow[] = [];
  const notes: Sentence[] = [];
  for (const { name, index, entry: item, detail } of segments) {
    const path = ['funnels', index];
    const funnel = detail.ok ? detail.funnel : undefined;
    rows.push({
      line: b.valueLine(path),
      cells: [
        b.fmtStrong(name, [...path, 'name']) ?? [],
        b.fmtMoney(item.monthly, [...path, 'monthly']) ?? [],
        b.fmtMoney(item.cost_per_lead, [...path, 'cost_per_lead']) ?? [],
        b.fmtConversion(item.lead_to_deal) ?? [],
        funnel ? b.num(funnel.deals_achievable) : [],
        funnel?.deals_expected != null ? b.num(funnel.deals_expected) : [],
      ],
    });
    if (funnel && funnel.deals_expected !== null && funnel.deals_achievable < funnel.deals_expected && funnel.budget_needed !== null) {
      notes.push({
        content: b.template(rw.marketShort, { name: b.fmtValue(name, []) ?? [], achievable: b.num(funnel.deals_achievable), expected: b.num(funnel.deals_expected), needed: b.money(funnel.budget_needed) }),
        tone: 'warning',
        authorOnly: true,
      });
    }
  }
  return {
    type: 'table',
    heading: rw.byMarket,
    line: b.keyLine(['funnels']),
    columns: [{ label: rw.name }, { label: t.budget, numeric: true }, { label: t.costPerLead, numeric: true }, { label: t.conversion, numeric: true }, { label: t.deals, numeric: true }, { label: t.expected, numeric: true }],
    rows,
    notes,
  };
}

export default budget;
