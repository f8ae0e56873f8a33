// A brief's accesses and current activity: which systems the agency can see, and what runs today (003, block 4).
import type { ClientBlock } from './block';

const access: ClientBlock = {
  key: 'access',
  build(b) {
    const f = b.labels.field;
    return b.section('access', b.labels.heading.access, [
      b.table(['access', 'systems'], undefined, [
        { label: f.system, key: 'name', format: b.fmtValue },
        { label: f.access, key: 'status', format: b.fmtEnum(b.labels.value.access) },
      ]),
      b.prose(['access', 'current_activity'], f.current_activity),
    ]);
  },
};

export default access;
