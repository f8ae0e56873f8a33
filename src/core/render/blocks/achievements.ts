// The agency's achievements, certifications and ratings (003, block 2).
import type { ClientBlock } from './block';

const achievements: ClientBlock = {
  key: 'achievements',
  build: (b) => b.section('achievements', b.labels.heading.achievements, [b.list(['achievements'], undefined, b.fmtProse)]),
};

export default achievements;
