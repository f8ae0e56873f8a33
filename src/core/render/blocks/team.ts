// The project team: names, roles, what each does and how many clients each carries (001; 003, block 3).
import type { ClientBlock } from './block';

const team: ClientBlock = {
  key: 'team',
  build(b) {
    const f = b.labels.field;
    return b.section('team', b.labels.heading.team, [
      b.table(['team'], undefined, [
        { label: f.name, key: 'name', format: b.fmtValue },
        { label: f.role, key: 'role', format: b.fmtEnum(b.labels.value.role) },
        { label: f.bio, key: 'bio', format: b.fmtProse },
        { label: f.clients, key: 'clients', format: b.fmtNumber, numeric: true },
      ]),
    ]);
  },
};

export default team;
