// The audit of the client's current placements (003, block 6).
import type { ClientBlock } from './block';

const audit: ClientBlock = {
  key: 'audit',
  build: (b) => b.section('audit', b.labels.heading.audit, [b.prose(['audit'])]),
};

export default audit;
