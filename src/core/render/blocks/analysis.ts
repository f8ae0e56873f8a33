// The agency's analysis of the client's business and market (003, block 5).
import type { ClientBlock } from './block';

const analysis: ClientBlock = {
  key: 'analysis',
  build: (b) => b.section('analysis', b.labels.heading.analysis, [b.prose(['analysis'])]),
};

export default analysis;
