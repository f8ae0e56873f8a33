// A brief's key points of the business: the seven mandatory questions, answered in prose, and the competitors the
// client names (004; 003, block 2).
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
      b.table(['business', 'competitors'], b.labels.realWork.competitors, [
        { label: f.name, key: 'name', format: b.fmtStrong },
        { label: f.website, key: 'website', format: b.fmtUrl },
        { label: f.notes, key: 'notes', format: b.fmtProse },
      ]),
    ]);
  },
};

export default business;
