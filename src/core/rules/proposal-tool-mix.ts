// proposal-tool-mix: the recommendations stray from 70/20/10 (003: "70% of the tools you propose must serve
// the client's result; 20% are tools you are not sure of; 10% go to experiments").
import type { Rule } from './rule';
import { isRecord } from './helpers';
import { message, ref } from '../i18n';

const TIERS = ['result', 'uncertain', 'experiment'] as const;

const rule: Rule = {
  name: 'proposal-tool-mix',
  kinds: ['proposal'],
  description: 'Recommendations tagged result / uncertain / experiment stray from 70/20/10 (by budget share when every one has a share, else by count).',
  sources: ['003'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'content'],
  defaultOptions: { target: [70, 20, 10], tolerance: 10, requireTier: true },
  optionDescriptions: {
    target: 'Percent for result, uncertain and experiment.',
    tolerance: 'How many percentage points a tier may stray from its target.',
    requireTier: 'Report recommendations without a tier.',
  },
  check(context) {
    const recommendations = context.data.recommendations;
    if (!Array.isArray(recommendations) || recommendations.length === 0) return;
    const items = recommendations.filter(isRecord);
    const tagged = items.filter((item) => (TIERS as readonly unknown[]).includes(item.tier));
    if (context.options.requireTier) {
      const untagged = recommendations.map((item, index) => ({ item, index })).filter(({ item }) => isRecord(item) && !(TIERS as readonly unknown[]).includes(item.tier));
      if (untagged.length > 0) {
        const first = untagged[0].index;
        context.report({
          path: ['recommendations', first, 'title' in (recommendations[first] as object) ? 'title' : 'tier'],
          ...(tagged.length === 0 ? message('rule.toolMix.noTiers') : message('rule.toolMix.untagged', { untagged: untagged.length, total: String(items.length) })),
          // None tagged: real proposals rarely tag tiers, so asking is a suggestion; some tagged and some not, a slip.
          ...(tagged.length === 0 ? { suggestion: true as const } : {}),
        });
      }
    }
    if (tagged.length === 0) return;
    const target = context.options.target as number[];
    const tolerance = context.options.tolerance as number;
    const byShare = tagged.every((item) => typeof item.share === 'number' && item.share >= 0) && tagged.some((item) => (item.share as number) > 0);
    const weights = TIERS.map((tier) => tagged.filter((item) => item.tier === tier).reduce((sum, item) => sum + (byShare ? (item.share as number) : 1), 0));
    const total = weights.reduce((a, b) => a + b, 0);
    const percents = weights.map((weight) => (weight / total) * 100);
    const targetTotal = target.reduce((a, b) => a + b, 0) || 1;
    const targets = target.map((t) => (t / targetTotal) * 100);
    const off = TIERS.some((_, i) => {
      if (Math.abs(percents[i] - targets[i]) <= tolerance) return false;
      // By count, a short list cannot hit 70/20/10 exactly: a tier is fine at either whole count nearest its target.
      if (!byShare) {
        const ideal = (tagged.length * targets[i]) / 100;
        if (weights[i] === Math.floor(ideal) || weights[i] === Math.ceil(ideal)) return false;
      }
      return true;
    });
    if (!off) return;
    const shown = roundToHundred(percents).join('/');
    context.report({
      path: ['recommendations'],
      ...message('rule.toolMix.off', { shown, basis: byShare ? ref('rule.toolMix.byShare') : ref('rule.toolMix.byCount', { count: String(tagged.length) }), target: target.join('/') }),
    });
  },
};

/** Whole percents that still add up to 100 (largest remainder). */
function roundToHundred(percents: number[]): number[] {
  const floors = percents.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = percents.map((p, i) => ({ i, rest: p - Math.floor(p) })).sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors;
}

export default rule;
