// A brief's key points of the business: the seven mandatory questions, answered in prose (004; 003, block 2).
import type { ClientBlock } from './block';

const business: ClientBlock = {
  key: 'business',
  build(b) {
    const f = b.labels.field;
    return b.section('business', b.labels.heading.business, [
      b.prose(['business', 'summary']),
      b.prose(['business', 'customer'], f.customer),
      b.prose(['business', 'sales_chain'], f.sales_chain),
      b.fields(undefined, [b.field(f.deal_cycle, ['business', 'deal_cycle'], b.fmtValue)]),
      b.prose(['business', 'distribution'], f.distribution),
      b.prose(['business', 'advantages'], f.advantages),
      b.prose(['business', 'weaknesses'], f.weaknesses),
      b.prose(['business', 'market_specifics'], f.market_specifics),
      b.prose(['business', 'order_systems'], f.order_systems),
      b.prose(['business', 'lead_tracking'], f.lead_tracking),
    ]);
  },
};

export default business;
