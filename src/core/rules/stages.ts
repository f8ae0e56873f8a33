// What a proposal is (its `stage`), which decides the blocks it must have and the checks that apply to it. Real
// documents are not all first proposals to a prospect (test/corpus/): a price quote for a landing page, a package
// comparison after a first call or a statement of work to a signed client do not introduce the agency again or
// show its cases. The ten blocks of article 003 are the first proposal's.
import { isBlank, isRecord, valueAt } from './helpers';
import { namesPaidAds } from './lexicon/platforms';

export const STAGES = ['proposal', 'quote', 'follow_up', 'statement_of_work', 'renewal'] as const;
export type Stage = (typeof STAGES)[number];

/** The blocks each stage must have among the ten of a first proposal (`all` of them for a first proposal). */
const STAGE_BLOCKS: Readonly<Record<Stage, readonly string[] | 'all'>> = {
  proposal: 'all',
  quote: ['terms'],
  // Options after a first proposal are the offer the client chooses from: who will do the work, the price and what
  // the agency guarantees; the agency was introduced and its cases shown the first time.
  follow_up: ['team', 'terms', 'guarantees'],
  statement_of_work: ['team', 'terms'],
  renewal: ['terms'],
};

/**
 * Of the blocks the configuration requires, those this proposal needs: its stage's; a media plan only when it
 * spends an ad budget or recommends paid advertising (a media plan says how that money is spent); recommendations
 * only when the scope does not already list the work proposed; achievements only when no case shows what the
 * agency has done, and cases only when no achievement does (a short proposal needs one proof, not a pile, 003); the
 * agency's guarantees only from an agency, not from one person proposing their own work (proposal-team-overload
 * tells them that risk).
 */
export function blocksRequired(data: Readonly<Record<string, unknown>>, required: readonly string[]): string[] {
  const blocks = STAGE_BLOCKS[stageOf(data)];
  const needed = blocks === 'all' ? [...required] : required.filter((key) => blocks.includes(key));
  return needed.filter((key) => {
    if (key === 'media_plan') return runsAds(data);
    if (key === 'recommendations') return isBlank(valueAt(data, ['scope', 'deliverables']));
    if (key === 'achievements') return isBlank(data.cases);
    if (key === 'cases') return isBlank(data.achievements);
    if (key === 'guarantees') return !bySoloPractitioner(data);
    return true;
  });
}

/** Whether one person proposes their own work: a team of one, and no agency file named. */
function bySoloPractitioner(data: Readonly<Record<string, unknown>>): boolean {
  return Array.isArray(data.team) && data.team.filter(isRecord).length === 1 && data.agency === undefined;
}

/** Whether the proposal runs advertising: it spends an ad budget or recommends paid ads. */
export function runsAds(data: Readonly<Record<string, unknown>>): boolean {
  return spendsAdBudget(data) || recommendsPaidAds(data);
}

/** Whether a recommendation names paid advertising ("Google Ads campaigns", «Яндекс Директ»): its money needs a plan. */
function recommendsPaidAds(data: Readonly<Record<string, unknown>>): boolean {
  const recommendations = data.recommendations;
  if (!Array.isArray(recommendations)) return false;
  return recommendations.some((item) => isRecord(item) && [item.title, item.description].some((text) => typeof text === 'string' && namesPaidAds(text)));
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
 * asked of it: every stage but a quote for a defined piece of work (a site, a workshop, a setup), and but a follow-up
 * whose options buy no advertising (packages of a product or a service: a price list, as a quote is).
 */
export function plansCampaign(data: Readonly<Record<string, unknown>>): boolean {
  const stage = stageOf(data);
  if (stage === 'follow_up') return spendsAdBudget(data);
  return stage !== 'quote';
}

/** Who fills a brief in (its `stage`): a prospect still choosing an agency, or a client who has signed (intake). */
export type BriefStage = 'prospect' | 'intake';

export function briefStageOf(data: Readonly<Record<string, unknown>>): BriefStage {
  return data.stage === 'intake' ? 'intake' : 'prospect';
}

/**
 * Of the blocks the configuration requires, those this brief needs. Proposal criteria are how a client judges the
 * agencies it asked: a brief for a site alone is written with the studio already chosen, and an intake brief by a
 * client who has signed, so no competing proposals are judged by either.
 */
export function briefBlocksRequired(data: Readonly<Record<string, unknown>>, required: readonly string[]): string[] {
  const judgesProposals = briefBuysAdvertising(data) && briefStageOf(data) !== 'intake';
  return required.filter((key) => key !== 'proposal_criteria' || judgesProposals);
}

/**
 * Whether a brief asks for advertising: no services named, or performance or other among them. A brief for a site,
 * copy or creative alone is the studio's specification of its own work.
 */
export function briefBuysAdvertising(data: Readonly<Record<string, unknown>>): boolean {
  const services = valueAt(data, ['expectations', 'services']);
  return !Array.isArray(services) || services.length === 0 || services.some((service) => service === 'performance' || service === 'other');
}
