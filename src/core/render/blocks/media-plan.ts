// The media plan: the channels, what each costs a month and the leads it brings, with their totals. How the plan's
// spend compares with the budget is our note to the author, never the client's to read.
import { asArray, isFiniteNumber, isRecord } from '../builder';
import type { ClientBlock } from './block';

const mediaPlan: ClientBlock = {
  key: 'media_plan',
  build(b) {
    const f = b.labels.field;
    const block = b.table(['media_plan'], undefined, [
      {
        label: f.channel,
        key: 'channel',
        format: (channel, path) => {
          const item = b.get(path.slice(0, -1));
          const name = b.fmtStrong(channel, path) ?? [];
          const notes = isRecord(item) ? b.fmtProse(item.notes, [...path.slice(0, -1), 'notes']) : undefined;
          return notes ? [...name, ...notes] : name;
        },
      },
      { label: f.monthly, key: 'monthly', format: b.fmtMoney, numeric: true, sum: (total) => b.money(total) },
      { label: f.leads, key: 'leads', format: b.fmtNumber, numeric: true, sum: (total) => b.num(total) },
    ]);
    if (block?.type === 'table') {
      const budget = isRecord(b.data.budget) ? b.data.budget.monthly : undefined;
      const spend = asArray(b.data.media_plan).reduce<number>((sum, item) => sum + (isRecord(item) && isFiniteNumber(item.monthly) ? item.monthly : 0), 0);
      if (isFiniteNumber(budget) && spend > 0) {
        const tone = spend > budget ? 'warning' : 'ok';
        block.notes = [{ content: b.template(b.labels.funnel.planVersusBudget, { spend: b.money(spend), budget: b.money(budget) }), tone, authorOnly: true }];
      }
    }
    return b.section('media_plan', b.labels.heading.media_plan, [block]);
  },
};

export default mediaPlan;
