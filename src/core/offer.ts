// The offer of a proposal's terms: its packages (or the one price and its items), what each costs a month and once,
// the discount and the tax, and the optional items the client may add. Exact money (money.ts): the totals a client
// signs are sums of what the author wrote, rounded once, to the currency's minor units. The renderer shows it; the
// price rules read the recommended package. Pure: no rendering, no vscode.
import { ZERO, add, compare, div, min, minorUnits, mul, ratio, ratioOf, roundedText, sub, type Ratio } from './money';
import type { DataPath } from './types';

/** Recurring (a month) or one-off (a setup, a project's price). */
export type Period = 'month' | 'once';
export const PERIODS: readonly Period[] = ['month', 'once'];

export interface OfferLine {
  item: string;
  amount: number;
  period: Period;
  path: DataPath;
}

/** The sums of one period: the items, the discount on them, the tax, and what the client pays. */
export interface PeriodTotal {
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
}

export interface PricedPackage {
  /** Undefined for the terms' own items: an offer of one price. */
  name?: string;
  recommended: boolean;
  path: DataPath;
  lines: OfferLine[];
  totals: Partial<Record<Period, PeriodTotal>>;
}

export interface Offer {
  packages: PricedPackage[];
  /** The package the client is advised to take: the one marked, or the only one. */
  recommended?: PricedPackage;
  optional: OfferLine[];
  discount?: { label?: string; percent?: number; amount?: number; period: Period };
  /** The schema asks for its label (VAT, НДС, מע"מ): a tax the client cannot name is not shown as one. */
  tax?: { label: string; rate: number; included: boolean };
}

/**
 * The offer of a proposal's `terms`; undefined when there is nothing priced by items or packages. Worked out once per
 * terms and currency: the terms block, the acceptance page and the price rules all read it.
 */
export function offerOf(terms: unknown, currency?: string): Offer | undefined {
  if (!isRecord(terms)) return undefined;
  let byCurrency = offers.get(terms);
  if (!byCurrency) offers.set(terms, (byCurrency = new Map()));
  const key = currency ?? '';
  if (!byCurrency.has(key)) byCurrency.set(key, computeOffer(terms, currency));
  return byCurrency.get(key);
}

const offers = new WeakMap<object, Map<string, Offer | undefined>>();

function computeOffer(terms: Record<string, unknown>, currency?: string): Offer | undefined {
  const digits = currency ? minorUnits(currency) : 2;
  const fallback: Period = terms.price_period === 'project' ? 'once' : 'month';
  const discount = discountOf(terms.discount);
  const tax = taxOf(terms.tax);
  const price = (lines: OfferLine[]) => totalsOf(lines, discount, tax, digits);
  const packages: PricedPackage[] = [];
  if (Array.isArray(terms.packages)) {
    terms.packages.forEach((entry, index) => {
      if (!isRecord(entry)) return;
      const path: DataPath = ['terms', 'packages', index];
      const lines = linesOf(entry.items, [...path, 'items'], fallback);
      packages.push({ name: textOf(entry.name), recommended: entry.recommended === true, path, lines, totals: price(lines) });
    });
  } else if (Array.isArray(terms.items)) {
    const lines = linesOf(terms.items, ['terms', 'items'], fallback);
    if (lines.length) packages.push({ recommended: true, path: ['terms'], lines, totals: price(lines) });
  }
  const optional = linesOf(terms.optional, ['terms', 'optional'], fallback);
  if (!packages.length && !optional.length) return undefined;
  const marked = packages.filter((p) => p.recommended);
  const recommended = marked.length === 1 ? marked[0] : packages.length === 1 ? packages[0] : undefined;
  return { packages, recommended, optional, discount, tax };
}

function linesOf(items: unknown, path: DataPath, fallback: Period): OfferLine[] {
  if (!Array.isArray(items)) return [];
  const lines: OfferLine[] = [];
  items.forEach((item, index) => {
    if (!isRecord(item) || !isAmount(item.amount)) return;
    const name = textOf(item.item);
    if (!name) return;
    const period: Period = item.period === 'once' || item.period === 'month' ? item.period : fallback;
    lines.push({ item: name, amount: item.amount, period, path: [...path, index] });
  });
  return lines;
}

function totalsOf(lines: OfferLine[], discount: Offer['discount'], tax: Offer['tax'], digits: number): Partial<Record<Period, PeriodTotal>> {
  const totals: Partial<Record<Period, PeriodTotal>> = {};
  for (const period of PERIODS) {
    const own = lines.filter((line) => line.period === period);
    if (!own.length) continue;
    const subtotal = own.reduce((sum, line) => add(sum, ratioOf(line.amount)), ZERO);
    let off = ZERO;
    if (discount && discount.period === period) {
      if (discount.percent !== undefined) off = mul(subtotal, percentOf(discount.percent));
      else if (discount.amount !== undefined) off = min(ratioOf(discount.amount), subtotal);
      off = rounded(off, digits);
    }
    const net = sub(subtotal, off);
    let taxAmount = ZERO;
    let total = net;
    if (tax && tax.rate > 0) {
      const rate = percentOf(tax.rate);
      // Included: the net already holds it (net × rate / (1 + rate)); added: on top of the net.
      taxAmount = rounded(tax.included ? mul(net, div(rate, add(ratio(1n), rate))) : mul(net, rate), digits);
      if (!tax.included) total = add(net, taxAmount);
    }
    totals[period] = { subtotal: toNumber(subtotal, digits), discount: toNumber(off, digits), tax: toNumber(taxAmount, digits), total: toNumber(total, digits) };
  }
  return totals;
}

/** 23 (percent) as the exact fraction 23/100. */
function percentOf(value: number): Ratio {
  return div(ratioOf(value), ratio(100n));
}

function rounded(value: Ratio, digits: number): Ratio {
  return ratioOf(Number(roundedText(value, digits)));
}

function toNumber(value: Ratio, digits: number): number {
  return compare(value, ZERO) === 0 ? 0 : Number(roundedText(value, digits));
}

function discountOf(value: unknown): Offer['discount'] {
  if (!isRecord(value)) return undefined;
  const percent = isAmount(value.percent) && value.percent > 0 && value.percent <= 100 ? value.percent : undefined;
  const amount = percent === undefined && isAmount(value.amount) && value.amount > 0 ? value.amount : undefined;
  if (percent === undefined && amount === undefined) return undefined;
  return { label: textOf(value.label), percent, amount, period: value.period === 'once' ? 'once' : 'month' };
}

function taxOf(value: unknown): Offer['tax'] {
  const label = isRecord(value) ? textOf(value.label) : undefined;
  if (!isRecord(value) || !label || !isAmount(value.rate) || value.rate > 100) return undefined;
  return { label, rate: value.rate, included: value.included === true };
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
