// The agency's recommendations, each tagged result, uncertain or experiment, with its share of the budget, and
// the 70/20/10 split they make (003, block 7).
import type { Content } from '../model';
import { asArray, isFiniteNumber, isRecord } from '../builder';
import type { ClientBlock } from './block';

const recommendations: ClientBlock = {
  key: 'recommendations',
  build(b) {
    const f = b.labels.field;
    const v = b.labels.value;
    const block = b.table(['recommendations'], undefined, [
      {
        label: f.recommendation,
        key: 'title',
        format: (title, path) => {
          const item = b.get(path.slice(0, -1));
          const heading = b.fmtStrong(title, path) ?? [];
          const description = isRecord(item) ? b.fmtProse(item.description, [...path.slice(0, -1), 'description']) : undefined;
          return description ? [...heading, ...description] : heading;
        },
      },
      { label: f.tier, key: 'tier', format: b.fmtEnum(v.tier) },
      { label: f.share, key: 'share', format: b.fmtShare, numeric: true, sum: (total) => b.percentOf(total) },
    ]);
    if (block?.type === 'table') {
      // The 70/20/10 split, by share of the budget.
      const byTier = new Map<string, number>();
      for (const item of asArray(b.data.recommendations)) {
        if (!isRecord(item) || typeof item.tier !== 'string' || !isFiniteNumber(item.share)) continue;
        byTier.set(item.tier, (byTier.get(item.tier) ?? 0) + item.share);
      }
      const parts: Content = [];
      for (const tier of ['result', 'uncertain', 'experiment'] as const) {
        const share = byTier.get(tier);
        if (share === undefined) continue;
        if (parts.length) parts.push({ type: 'text', text: ' · ' });
        parts.push({ type: 'text', text: `${v.tier[tier]}: ` }, ...b.template(b.labels.funnel.tiers, { share: b.percentOf(share) }));
      }
      if (parts.length) block.notes = [{ content: parts }];
    }
    return b.section('recommendations', b.labels.heading.recommendations, [block]);
  },
};

export default recommendations;
