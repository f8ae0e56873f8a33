// The agency's guarantees: realistic promises only (000; 003, block 10).
import type { ClientBlock } from './block';

const guarantees: ClientBlock = {
  key: 'guarantees',
  build: (b) => b.section('guarantees', b.labels.heading.guarantees, [b.prose(['guarantees'])]),
};

export default guarantees;
