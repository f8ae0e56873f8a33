// The scope of work: deliverables, timeline, success metrics, what is out of scope, what the client does on their
// side, how changes are handled (001).
import type { ClientBlock } from './block';

const scope: ClientBlock = {
  key: 'scope',
  build(b) {
    const f = b.labels.field;
    return b.section('scope', b.labels.heading.scope, [
      b.list(['scope', 'deliverables'], f.deliverables, b.fmtValue),
      b.prose(['scope', 'timeline'], f.timeline),
      b.list(['scope', 'success_metrics'], f.success_metrics, b.fmtValue),
      b.list(['scope', 'out_of_scope'], f.out_of_scope, b.fmtValue),
      b.list(['scope', 'client_responsibilities'], b.labels.realWork.clientResponsibilities, b.fmtValue),
      b.prose(['scope', 'change_policy'], f.change_policy),
    ]);
  },
};

export default scope;
