// What a brief's client expects from advertising: the services wanted, the goals, notes (000; 003, block 3).
import type { ClientBlock } from './block';
import { goalsTable } from './goals';

const expectations: ClientBlock = {
  key: 'expectations',
  build(b) {
    const f = b.labels.field;
    return b.section('expectations', b.labels.heading.expectations, [
      b.list(['expectations', 'services'], f.services, b.fmtEnum(b.labels.value.service), true),
      goalsTable(b, ['expectations', 'goals'], b.labels.heading.goals),
      b.prose(['expectations', 'notes'], f.notes),
    ]);
  },
};

export default expectations;
