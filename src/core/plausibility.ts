// Numbers that cannot be (domain notes: "numbers that do not tie together, a monthly budget divided by quarterly
// leads, are common; an expert checks that the figures agree before trusting the forecast"). The funnel of 000
// only says whether a budget falls short; these checks say when what it buys is too good to be true, and which
// number to check. Pure: the rule proposal-funnel-implausible reports them, and the funnel's verdict
// (funnelTable.ts) does not call such numbers a success.
import type { Funnel } from './funnel';

export interface PlausibilityLimits {
  /** Leads bought above this many times the lead capacity, or deals above this many times those expected. */
  readonly maxTimes: number;
  /** A return on ad spend above this is more than any campaign earns. */
  readonly maxRoas: number;
  /** The media plan's cost per lead and the funnel's may differ by this factor at most. */
  readonly maxCostPerLeadGap: number;
}

/**
 * 10 times: a month's budget over a quarter's leads is 3 times off, over a year's 12 times; a real overshoot
 * (a team handling 150 leads offered 200) is proposal-capacity-exceeded's. A ROAS of 100 means a deal costs 1% of
 * what it brings. A quarter apart, two costs per lead of one plan are two stories.
 */
export const PLAUSIBILITY_LIMITS: PlausibilityLimits = { maxTimes: 10, maxRoas: 100, maxCostPerLeadGap: 1.25 };

/** What the client's own numbers say beside the funnel: their team's capacity and the media plan. */
export interface StatedNumbers {
  readonly leadCapacity?: number;
  /** What the deals bought would be without the capacity's bound. */
  readonly dealsBought: number;
  /** The media plan's lines that give both a spend and leads. */
  readonly mediaPlan?: { readonly spend: number; readonly leads: number };
}

/** Why a funnel is doubtful; the number to check follows from the kind. At most one per funnel (one per gap). */
export type FunnelDoubt =
  /** The budget buys far more leads than the team handles: check the cost per lead. */
  | { readonly kind: 'leads'; readonly leads: number; readonly capacity: number; readonly times: number }
  /** The budget buys far more deals than expected: check the cost per lead and the conversion. */
  | { readonly kind: 'deals'; readonly deals: number; readonly expected: number; readonly times: number }
  /** The media plan's own spend and leads give another cost per lead than the funnel's. */
  | { readonly kind: 'mediaPlan'; readonly spend: number; readonly leads: number; readonly costPerLead: number }
  /** Money in is out of all proportion to money out: check the deal value. */
  | { readonly kind: 'roas'; readonly roas: number; readonly revenue: number };

/**
 * The doubt the funnel raises, if any. The cost per lead is questioned first (leads, deals, then the media plan):
 * a revenue computed from impossible deals is impossible for that reason, so the deal value is questioned only
 * when the deals are plausible.
 */
export function funnelDoubt(funnel: Funnel, costPerLead: number, stated: StatedNumbers, limits: PlausibilityLimits = PLAUSIBILITY_LIMITS): FunnelDoubt | undefined {
  const { leadCapacity: capacity } = stated;
  if (capacity !== undefined && capacity > 0 && funnel.leads >= limits.maxTimes * capacity) {
    return { kind: 'leads', leads: funnel.leads, capacity, times: Math.floor(funnel.leads / capacity) };
  }
  const expected = funnel.deals_expected;
  if (expected !== null && expected > 0 && stated.dealsBought >= limits.maxTimes * expected) {
    return { kind: 'deals', deals: stated.dealsBought, expected, times: Math.floor(stated.dealsBought / expected) };
  }
  const plan = stated.mediaPlan;
  if (plan && plan.leads > 0 && plan.spend > 0) {
    const planned = plan.spend / plan.leads;
    const gap = Math.max(planned / costPerLead, costPerLead / planned);
    if (gap > limits.maxCostPerLeadGap) return { kind: 'mediaPlan', spend: plan.spend, leads: plan.leads, costPerLead: planned };
  }
  if (funnel.roas !== null && funnel.revenue !== null && funnel.roas > limits.maxRoas) {
    return { kind: 'roas', roas: funnel.roas, revenue: funnel.revenue };
  }
  return undefined;
}

/**
 * Why the funnel's figures alone are too good to be true, if they are: deals far above those expected, or a return
 * no campaign earns. For the verdict, which must not call such numbers a success; it sees only the Funnel, so the
 * deals are those achievable (the capacity's bound is a number the client gave, not a doubtful one).
 */
export function tooGoodToBeTrue(funnel: Funnel, limits: PlausibilityLimits = PLAUSIBILITY_LIMITS): 'deals' | 'roas' | undefined {
  const expected = funnel.deals_expected;
  if (expected !== null && expected > 0 && funnel.deals_achievable >= limits.maxTimes * expected) return 'deals';
  return funnel.roas !== null && funnel.roas > limits.maxRoas ? 'roas' : undefined;
}
