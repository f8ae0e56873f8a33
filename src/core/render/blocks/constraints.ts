// A brief's constraints: what the client cannot or will not do (003, block 7).
import type { ClientBlock } from './block';

const constraints: ClientBlock = {
  key: 'constraints',
  build: (b) => b.section('constraints', b.labels.heading.constraints, [b.prose(['constraints'])]),
};

export default constraints;
