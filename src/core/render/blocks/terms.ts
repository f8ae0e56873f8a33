// The commercial terms: the final price and its period, the items it is made of, payment and notes (003, block 9).
import type { Block } from '../model';
import { isRecord } from '../builder';
import type { ClientBlock } from './block';

const terms: ClientBlock = {
  key: 'terms',
  build(b) {
    const f = b.labels.field;
    const data = b.data.terms;
    if (!isRecord(data)) return undefined;
    const price = b.fmtMoney(data.price, ['terms', 'price']);
    const period = data.price_period === 'month' || data.price_period === 'project' ? data.price_period : undefined;
    const priceBlock: Block | undefined = price
      ? {
          type: 'figures',
          line: b.keyLine(['terms', 'price']),
          figures: [{ label: f.price, value: period ? b.template(b.labels.value.pricePeriod[period], { price }) : price, emphasis: true }],
          sentences: [],
        }
      : undefined;
    return b.section('terms', b.labels.heading.terms, [
      priceBlock,
      b.table(['terms', 'items'], undefined, [
        { label: f.item, key: 'item', format: b.fmtValue },
        { label: f.amount, key: 'amount', format: b.fmtMoney, numeric: true, sum: (total) => b.money(total) },
      ]),
      b.prose(['terms', 'payment'], f.payment),
      b.prose(['terms', 'notes'], f.notes),
    ]);
  },
};

export default terms;
