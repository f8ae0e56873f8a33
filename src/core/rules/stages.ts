// What a proposal is (its `stage`), which decides the blocks it must have and the checks that apply to it. Real
// documents are not all first proposals to a prospect (test/corpus/): a price quote for a landing page, a package
// comparison after a first call or a statement of work to a signed client do not introduce the agency again or
// show its cases. The ten blocks of article 003 are the first proposal's.
import { valueAt } from './helpers';

export const STAGES = ['proposal', 'quote', 'follow_up', 'statement_of_work', 'renewal'] as const;
export type Stage = (typeof STAGES)[number];

/** The blocks each stage must have among the ten of a first proposal (`all` of them for a first proposal). */
const STAGE_BLOCKS: Readonly<Record<Stage, readonly string[] | 'all'>> = {
  proposal: 'all',
  quote: ['terms'],
  follow_up: ['terms'],
  statement_of_work: ['team', 'terms'],
  renewal: ['terms'],
};

/**
 * Of the blocks the configuration requires, those this proposal needs: its stage's, and a media plan only when it
 * spends an ad budget (a media plan says how one is spent).
 */
export function blocksRequired(data: Readonly<Record<string, unknown>>, required: readonly string[]): string[] {
  const blocks = STAGE_BLOCKS[stageOf(data)];
  const needed = blocks === 'all' ? [...required] : required.filter((key) => blocks.includes(key));
  return spendsAdBudget(data) ? needed : needed.filter((key) => key !== 'media_plan');
}

/** The proposal's stage: `proposal` when it says none (or one Proposal Studio does not know, which the schema reports). */
export function stageOf(data: Readonly<Record<string, unknown>>): Stage {
  const stage = data.stage;
  return STAGES.find((s) => s === stage) ?? 'proposal';
}

/**
 * Whether the document spends an ad budget: a monthly budget, a funnel or a media plan. A proposal that sells work
 * for a fee (SEO, a site, a strategy) spends none; a `budget` that only names the currency of the fee is none.
 */
export function spendsAdBudget(data: Readonly<Record<string, unknown>>): boolean {
  return valueAt(data, ['budget', 'monthly']) !== undefined || 'funnel' in data || 'media_plan' in data;
}

/**
 * Whether the document plans a campaign, so that a forecast, an attribution window, goals and a call cadence are
 * asked of it: every stage but a quote for a defined piece of work (a site, a workshop, a setup).
 */
export function plansCampaign(data: Readonly<Record<string, unknown>>): boolean {
  return stageOf(data) !== 'quote';
}
