// What a budget can buy (000): from the monthly budget and the client's funnel numbers to leads, cost per deal,
// deals achievable and the money that comes back. Pure and exact: every input is read as the decimal it was
// written as and the arithmetic is done in fractions of BigInts (money.ts); figures are rounded once, at the end.
//
//   leads              = floor(budget / cost_per_lead)                 whole leads: a part of a lead is no lead
//   cost per deal      = cost_per_lead / lead_to_deal                  money, half-up to the currency's minor units
//   deals the budget buys = floor(budget / cost per deal)              from the exact cost per deal, never a rounded one
//   deals handled      = floor(lead_capacity × lead_to_deal)           only when lead_capacity is given
//   deals achievable   = the smaller of the two                        whole deals
//   budget needed      = expected_deals × cost per deal                rounded UP to the minor unit (see below)
//   revenue            = deals achievable × deal_value                 half-up
//   ROAS               = revenue / budget                              half-up, two decimals
//
// The worked example: 10,000 a month, 50 a lead, one lead in four: 200 leads, 200 a deal, 50 deals; 100 deals
// need 20,000.
import {
  compare,
  div,
  floor,
  isCurrencyCode,
  isPositive,
  minorUnits,
  mul,
  parseDecimal,
  ratio,
  ratioOf,
  roundedText,
  type Ratio,
} from './money';
import { message, ref, type MessageArg, type MessageArgs, type MessageId, type MessageRef } from './i18n';

export interface Funnel {
  /** The monthly budget, as written. */
  budget: number;
  /** ISO 4217 code, in capitals. */
  currency: string;
  /** Whole leads the budget buys. */
  leads: number;
  /** What one deal costs in advertising, rounded to the currency's minor units. */
  cost_per_deal: number;
  /** Whole deals a month: what the budget buys, bounded by what the client can handle when that is known. */
  deals_achievable: number;
  /** Whole deals a month the client's team can handle (lead_capacity × lead_to_deal); null without lead_capacity. */
  deals_handled: number | null;
  /** `funnel.expected_deals`, or null. */
  deals_expected: number | null;
  /** The monthly budget that buys the expected deals; null without expected_deals. */
  budget_needed: number | null;
  /** True when the client's capacity, not the money, is what bounds the deals. */
  capacity_limited: boolean;
  /** Money in: deals achievable × deal value; null without deal_value. */
  revenue: number | null;
  /** Return on ad spend: revenue / budget, two decimals; null without deal_value. */
  roas: number | null;
}

/** Why the funnel cannot be computed: the field at fault, the English sentence, and the message in any language. */
export interface FunnelProblem {
  ok: false;
  field: string;
  message: string;
  localized: MessageRef<MessageId>;
}

export type FunnelResult = { ok: true; funnel: Funnel } | FunnelProblem;

/** Every computed figure as the exact decimal text to write into a document: `200`, `33.30`, `12.5`. */
export interface FunnelFigures {
  leads: string;
  cost_per_deal: string;
  /** What the money alone buys, before the client's capacity is taken into account. */
  deals_bought: string;
  deals_achievable: string;
  deals_handled: string | null;
  budget_needed: string | null;
  revenue: string | null;
  roas: string | null;
}

export type FunnelDetail = { ok: true; funnel: Funnel; figures: FunnelFigures; minorUnits: number } | FunnelProblem;

/** Amounts above this are not budgets but typing accidents; it also keeps every figure exact as a JS number. */
const MAX_AMOUNT = 1e15;
/** Amounts below a millionth are typing accidents too; the bound keeps ROAS and the leads finite. */
const MIN_AMOUNT = 1e-6;
const ROAS_DIGITS = 2;

export function computeFunnel(data: Record<string, unknown>): FunnelResult {
  const detail = computeFunnelDetail(data);
  return detail.ok ? { ok: true, funnel: detail.funnel } : detail;
}

/** The funnel with the exact text of each figure, for the edits that write it into the document. */
export function computeFunnelDetail(data: Record<string, unknown>): FunnelDetail {
  try {
    return compute(data);
  } catch (error) {
    if (error instanceof InputError) return { ok: false, field: error.field, ...message(error.id, error.args) };
    throw error;
  }
}

/** An input that is missing or impossible: the field, and a message (id and arguments); `.message` is its English. */
export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly id: MessageId,
    readonly args: MessageArgs = {},
  ) {
    super(message(id, args).message);
  }
}

function compute(data: Record<string, unknown>): FunnelDetail {
  const budgetBlock = block(data, 'budget', ref('funnel.hint.budget', { example: 'budget: { monthly: 10000, currency: EUR }' }));
  const budget = amount(budgetBlock.monthly, 'budget.monthly', ref('funnel.what.budget'), '10000');
  const currency = currencyOf(budgetBlock.currency);
  const funnelBlock = block(data, 'funnel', ref('funnel.hint.funnel'));
  const costPerLead = amount(funnelBlock.cost_per_lead, 'funnel.cost_per_lead', ref('funnel.what.costPerLead'), '50');
  const conversion = conversionOf(funnelBlock.lead_to_deal);
  const capacity = optionalCount(funnelBlock.lead_capacity, 'funnel.lead_capacity', ref('funnel.what.leadCapacity'), '250');
  const expected = optionalCount(funnelBlock.expected_deals, 'funnel.expected_deals', ref('funnel.what.expectedDeals'), '50');
  const dealValue = funnelBlock.deal_value === undefined || funnelBlock.deal_value === null
    ? undefined
    : amount(funnelBlock.deal_value, 'funnel.deal_value', ref('funnel.what.dealValue'), '2400');

  const digits = minorUnits(currency);
  const costPerDeal = div(costPerLead, conversion);
  const leads = floor(div(budget, costPerLead));
  if (leads > BigInt(MAX_AMOUNT)) {
    throw new InputError('funnel.cost_per_lead', 'funnel.tooManyLeads', { value: describe(funnelBlock.cost_per_lead) });
  }
  if (compare(costPerDeal, ratio(BigInt(MAX_AMOUNT) * 1000n)) > 0) {
    throw new InputError('funnel.lead_to_deal', 'funnel.dealTooCostly', { value: describe(funnelBlock.lead_to_deal) });
  }
  const dealsBought = floor(div(budget, costPerDeal));
  const dealsHandled = capacity === undefined ? undefined : floor(mul(ratio(capacity), conversion));
  const capacityLimited = dealsHandled !== undefined && dealsHandled < dealsBought;
  const deals = capacityLimited ? (dealsHandled as bigint) : dealsBought;
  // The budget needed is a threshold: rounded half-up it could fall a fraction of a cent short and buy one deal
  // fewer than asked (10 a lead at 30%: 100 deals need 3,333.333…, and 3,333.33 buys 99). Rounded up, it always
  // buys the deals, and it is never more than one minor unit above the exact amount.
  const budgetNeeded = expected === undefined ? undefined : mul(ratio(expected), costPerDeal);
  const revenue = dealValue === undefined ? undefined : mul(ratio(deals), dealValue);
  const roas = revenue === undefined ? undefined : div(revenue, budget);

  const figures: FunnelFigures = {
    leads: leads.toString(),
    cost_per_deal: roundedText(costPerDeal, digits),
    deals_bought: dealsBought.toString(),
    deals_achievable: deals.toString(),
    deals_handled: dealsHandled === undefined ? null : dealsHandled.toString(),
    budget_needed: budgetNeeded === undefined ? null : roundedText(budgetNeeded, digits, 'up'),
    revenue: revenue === undefined ? null : roundedText(revenue, digits),
    roas: roas === undefined ? null : roundedText(roas, ROAS_DIGITS),
  };
  const numberOrNull = (text: string | null) => (text === null ? null : Number(text));
  const funnel: Funnel = {
    budget: budgetBlock.monthly as number,
    currency,
    leads: Number(figures.leads),
    cost_per_deal: Number(figures.cost_per_deal),
    deals_achievable: Number(figures.deals_achievable),
    deals_handled: numberOrNull(figures.deals_handled),
    deals_expected: expected === undefined ? null : Number(expected),
    budget_needed: numberOrNull(figures.budget_needed),
    capacity_limited: capacityLimited,
    revenue: numberOrNull(figures.revenue),
    roas: numberOrNull(figures.roas),
  };
  return { ok: true, funnel, figures, minorUnits: digits };
}

// ---------------------------------------------------------------- reading the inputs

function block(data: Record<string, unknown>, key: string, hint: MessageArg): Record<string, unknown> {
  const value = data[key];
  if (value === undefined || value === null) throw new InputError(key, 'funnel.noBlock', { key, hint });
  if (typeof value !== 'object' || Array.isArray(value)) throw new InputError(key, 'funnel.notABlock', { key, hint });
  return value as Record<string, unknown>;
}

/**
 * A value shown back to the user as they wrote it (numbers ungrouped, as YAML writes them: `-5`, `1e+21`, `.nan`);
 * a list or a block as what it is.
 */
function describe(value: unknown): MessageArg {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number') return Number.isNaN(value) ? '.nan' : !Number.isFinite(value) ? (value > 0 ? '.inf' : '-.inf') : String(value);
  if (Array.isArray(value)) return ref('schema.valueList');
  if (typeof value === 'object' && value !== null) return ref('config.valueBlock');
  return String(value);
}

/** A money amount above zero. */
function amount(value: unknown, field: string, what: MessageArg, example: string): Ratio {
  const key = field.slice(field.lastIndexOf('.') + 1);
  if (value === undefined || value === null) throw new InputError(field, 'funnel.missing', { field, what, key, example });
  if (typeof value !== 'number') throw new InputError(field, 'funnel.notANumber', { field, example, value: describe(value) });
  if (!Number.isFinite(value)) throw new InputError(field, 'funnel.notFinite', { field, value: describe(value) });
  if (value <= 0) throw new InputError(field, 'funnel.notAboveZero', { field, value: describe(value) });
  if (value > MAX_AMOUNT) throw new InputError(field, 'funnel.tooLarge', { field, value: describe(value) });
  if (value < MIN_AMOUNT) throw new InputError(field, 'funnel.tooSmall', { field, value: describe(value) });
  return ratioOf(value);
}

/** A whole number of zero or more, or nothing. */
function optionalCount(value: unknown, field: string, what: MessageArg, example: string): bigint | undefined {
  if (value === undefined || value === null) return undefined;
  const key = field.slice(field.lastIndexOf('.') + 1);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InputError(field, 'funnel.notACount', { field, what, key, example, value: describe(value) });
  if (value < 0) throw new InputError(field, 'funnel.negative', { field, value: describe(value) });
  if (!Number.isInteger(value)) throw new InputError(field, 'funnel.notWhole', { field, value: describe(value) });
  if (value > MAX_AMOUNT) throw new InputError(field, 'funnel.tooLarge', { field, value: describe(value) });
  return BigInt(value);
}

function currencyOf(value: unknown): string {
  if (value === undefined || value === null) throw new InputError('budget.currency', 'funnel.noCurrency');
  if (!isCurrencyCode(value)) throw new InputError('budget.currency', 'funnel.badCurrency', { value: describe(value) });
  return value.toUpperCase();
}

const PERCENT = /^\s*([0-9]+(?:\.[0-9]+)?)\s*%\s*$/;
const ONE = ratio(1n);

/** A share above 0 and at most 1: `0.25` or `"25%"`. */
function conversionOf(value: unknown): Ratio {
  const field = 'funnel.lead_to_deal';
  const how = ref('funnel.conversion.how');
  if (value === undefined || value === null) throw new InputError(field, 'funnel.conversion.missing', { how });
  let share: Ratio;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InputError(field, 'funnel.conversion.notFinite', { value: describe(value), how });
    share = ratioOf(value);
    if (value > 1 && value <= 100) {
      // The number as YAML would take it back, "12.5%", never grouped or with a decimal comma.
      throw new InputError(field, 'funnel.conversion.percentAsNumber', { value: describe(value), percent: String(value) });
    }
  } else if (typeof value === 'string') {
    const match = PERCENT.exec(value);
    const percent = match ? parseDecimal(match[1]) : undefined;
    if (!percent) throw new InputError(field, 'funnel.conversion.notPercent', { value: describe(value), how });
    share = div(percent, ratio(100n));
  } else {
    throw new InputError(field, 'funnel.conversion.other', { value: describe(value), how });
  }
  if (!isPositive(share)) throw new InputError(field, 'funnel.conversion.zero', { value: describe(value) });
  if (compare(share, ONE) > 0) throw new InputError(field, 'funnel.conversion.aboveAll', { value: describe(value), how });
  return share;
}

/** One product's or market's funnel (`funnels`): its name, where it is, and what its own budget buys. */
export interface SegmentFunnel {
  name: string;
  index: number;
  /** Its entry of `funnels`, as written. */
  entry: Record<string, unknown>;
  detail: FunnelDetail;
}

/**
 * The funnels by product or market, each worked out as a document of its own would be: its `monthly` budget in the
 * document's currency, with its own cost per lead, conversion, capacity, expectation and deal value.
 */
export function segmentFunnels(data: Record<string, unknown>): SegmentFunnel[] {
  if (!Array.isArray(data.funnels)) return [];
  const budget = typeof data.budget === 'object' && data.budget !== null && !Array.isArray(data.budget) ? (data.budget as Record<string, unknown>) : {};
  return data.funnels.flatMap((entry, index): SegmentFunnel[] => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return [];
    const { name, monthly, ...numbers } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || !name.trim()) return [];
    const detail = computeFunnelDetail({ budget: { monthly, currency: budget.currency }, funnel: numbers });
    return [{ name: name.trim(), index, entry: entry as Record<string, unknown>, detail }];
  });
}
