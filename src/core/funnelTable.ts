// The funnel for people: the rows of the small table the hover and `proposal-studio funnel` show, and the one-line
// verdict on the client's expectation. Money is spoken of as money out and money in (000). The words are the
// catalogs' (core/i18n, `funnel.`) in the language of `locale`; the figures are formatted for `locale` itself.
import type { Funnel } from './funnel';
import { money as moneyArg, ref, translator } from './i18n';
import { formatMoney, formatNumber } from './money';
import { tooGoodToBeTrue } from './plausibility';

export interface FunnelRow {
  label: string;
  value: string;
  /** A short remark for the value, such as what bounds it. */
  note?: string;
}

/** The inputs worth showing beside the result: what the user wrote. */
export interface FunnelInputs {
  cost_per_lead?: unknown;
  lead_to_deal?: unknown;
  lead_capacity?: unknown;
  deal_value?: unknown;
}

export function funnelRows(funnel: Funnel, inputs: FunnelInputs = {}, locale = 'en'): FunnelRow[] {
  const say = translator(locale);
  const money = (amount: number) => formatMoney(amount, funnel.currency, locale);
  const count = (value: number) => formatNumber(value, locale, 0);
  const rows: FunnelRow[] = [{ label: say('funnel.row.budget'), value: money(funnel.budget) }];
  if (typeof inputs.cost_per_lead === 'number') rows.push({ label: say('funnel.row.costPerLead'), value: money(inputs.cost_per_lead) });
  if (inputs.lead_to_deal !== undefined) rows.push({ label: say('funnel.row.leadToDeal'), value: conversionText(inputs.lead_to_deal, locale) });
  rows.push({ label: say('funnel.row.leads'), value: count(funnel.leads), note: say('funnel.row.wholeLeads') });
  rows.push({ label: say('funnel.row.costPerDeal'), value: money(funnel.cost_per_deal) });
  rows.push({
    label: say('funnel.row.dealsAchievable'),
    value: count(funnel.deals_achievable),
    note: funnel.capacity_limited ? say('funnel.row.boundedByCapacity') : undefined,
  });
  if (funnel.deals_handled !== null) {
    const capacity = typeof inputs.lead_capacity === 'number' ? say('funnel.row.leadsAMonth', { count: inputs.lead_capacity }) : undefined;
    rows.push({ label: say('funnel.row.dealsHandled'), value: count(funnel.deals_handled), note: capacity });
  }
  if (funnel.deals_expected !== null) rows.push({ label: say('funnel.row.dealsExpected'), value: count(funnel.deals_expected) });
  if (funnel.budget_needed !== null) rows.push({ label: say('funnel.row.budgetNeeded'), value: money(funnel.budget_needed) });
  if (funnel.revenue !== null) rows.push({ label: say('funnel.row.revenue'), value: money(funnel.revenue) });
  if (funnel.roas !== null) rows.push({ label: say('funnel.row.roas'), value: `${formatNumber(funnel.roas, locale, 2)}×` });
  return rows;
}

/** `0.25` as `25%`, `"12.5%"` as written. */
function conversionText(value: unknown, locale: string): string {
  if (typeof value === 'number') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 4 }).format(value);
  return String(value).trim();
}

/**
 * Whether the budget delivers what the client expects, in one sentence; undefined without an expectation. A
 * sentence of the catalogs, so its numbers and amounts are written the way its language writes them.
 */
export function funnelVerdict(funnel: Funnel, locale = 'en'): string | undefined {
  const { deals_expected: expected, deals_achievable: achievable, deals_handled: handled } = funnel;
  if (expected === null) return undefined;
  const say = translator(locale);
  const money = (amount: number) => moneyArg(amount, funnel.currency);
  // Numbers that cannot be are not a success to report (proposal-funnel-implausible says which one to check).
  const doubt = tooGoodToBeTrue(funnel);
  if (doubt === 'deals') return say('funnel.verdict.tooManyDeals', { budget: money(funnel.budget), achievable, expected });
  if (doubt === 'roas') return say('funnel.verdict.tooMuchReturn', { revenue: money(funnel.revenue ?? 0), budget: money(funnel.budget), roas: funnel.roas ?? 0 });
  if (expected <= achievable) {
    const back = funnel.revenue !== null ? ref('funnel.verdict.moneyIn', { revenue: money(funnel.revenue) }) : ref('funnel.verdict.perDeal', { cost: money(funnel.cost_per_deal) });
    return say('funnel.verdict.delivers', { expected, budget: money(funnel.budget), back });
  }
  if (handled !== null && expected > handled) return say('funnel.verdict.capacity', { handled, expected, achievable });
  return say('funnel.verdict.short', { expected, achievable, needed: money(funnel.budget_needed ?? 0) });
}
