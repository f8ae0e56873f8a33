// The funnel for people: the rows of the small table the hover and `proposal-studio funnel` show, and the one-line
// verdict on the client's expectation. Money is spoken of as money out and money in (000).
import type { Funnel } from './funnel';
import { formatMoney, formatNumber } from './money';

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
  const money = (amount: number) => formatMoney(amount, funnel.currency, locale);
  const count = (value: number) => formatNumber(value, locale, 0);
  const rows: FunnelRow[] = [{ label: 'Budget a month (money out)', value: money(funnel.budget) }];
  if (typeof inputs.cost_per_lead === 'number') rows.push({ label: 'Cost per lead', value: money(inputs.cost_per_lead) });
  if (inputs.lead_to_deal !== undefined) rows.push({ label: 'Lead to deal', value: conversionText(inputs.lead_to_deal, locale) });
  rows.push({ label: 'Leads bought', value: count(funnel.leads), note: 'whole leads' });
  rows.push({ label: 'Cost per deal', value: money(funnel.cost_per_deal) });
  rows.push({
    label: 'Deals achievable',
    value: count(funnel.deals_achievable),
    note: funnel.capacity_limited ? 'bounded by lead capacity' : undefined,
  });
  if (funnel.deals_handled !== null) {
    const capacity = typeof inputs.lead_capacity === 'number' ? `${count(inputs.lead_capacity)} leads a month` : undefined;
    rows.push({ label: 'Deals the client can handle', value: count(funnel.deals_handled), note: capacity });
  }
  if (funnel.deals_expected !== null) rows.push({ label: 'Deals expected', value: count(funnel.deals_expected) });
  if (funnel.budget_needed !== null) rows.push({ label: 'Budget needed for them', value: money(funnel.budget_needed) });
  if (funnel.revenue !== null) rows.push({ label: 'Expected revenue (money in)', value: money(funnel.revenue) });
  if (funnel.roas !== null) rows.push({ label: 'Return on ad spend', value: `${formatNumber(funnel.roas, locale, 2)}×` });
  return rows;
}

/** `0.25` as `25%`, `"12.5%"` as written. */
function conversionText(value: unknown, locale: string): string {
  if (typeof value === 'number') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 4 }).format(value);
  return String(value).trim();
}

/** Whether the budget delivers what the client expects, in one sentence; undefined without an expectation. */
export function funnelVerdict(funnel: Funnel, locale = 'en'): string | undefined {
  const { deals_expected: expected, deals_achievable: achievable, deals_handled: handled } = funnel;
  if (expected === null) return undefined;
  const money = (amount: number) => formatMoney(amount, funnel.currency, locale);
  if (expected <= achievable) {
    return `The budget delivers the ${expected} deals expected: ${money(funnel.budget)} out, ${funnel.revenue !== null ? `${money(funnel.revenue)} in` : `${money(funnel.cost_per_deal)} a deal`}.`;
  }
  if (handled !== null && expected > handled) {
    return `The client can handle ${handled} deals a month, not the ${expected} expected: more lead capacity is needed, not only more budget. Expect ${achievable}.`;
  }
  return `The budget cannot deliver the ${expected} deals expected: it buys ${achievable}. Either ${money(funnel.budget_needed ?? 0)} a month is needed, or the expectation becomes ${achievable}.`;
}
