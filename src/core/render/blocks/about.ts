// The agency and its services, in a few sentences (003, block 1 of a proposal).
import type { ClientBlock } from './block';

const about: ClientBlock = {
  key: 'about',
  build: (b) => b.section('about', b.labels.heading.about, [b.prose(['about'])]),
};

export default about;
