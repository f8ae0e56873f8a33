// What a brief's client expects from advertising: the services wanted, the goals, what each channel must or must not
// do, notes (000; 003, block 3).
import type { ClientBlock } from './block';
import { goalsTable } from './goals';

const expectations: ClientBlock = {
  key: 'expectations',
  build(b) {
    const f = b.labels.field;
    return b.section('expectations', b.labels.heading.expectations, [
      b.list(['expectations', 'services'], f.services, b.fmtEnum(b.labels.value.service), true),
      goalsTable(b, ['expectations', 'goals'], b.labels.heading.goals),
      b.table(['expectations', 'channels'], b.labels.realWork.channels, [
        { label: b.labels.realWork.channel, key: 'channel', format: b.fmtStrong },
        { label: b.labels.realWork.requirement, key: 'requirement', format: b.fmtValue },
      ]),
      b.prose(['expectations', 'notes'], f.notes),
    ]);
  },
};

export default expectations;
