// The project team: names, roles, what each does and how many clients each carries (001; 003, block 3).
import type { ClientBlock } from './block';

const team: ClientBlock = {
  key: 'team',
  build(b) {
    const f = b.labels.field;
    return b.section('team', b.labels.heading.team, [
      b.table(['team'], undefined, [
        { label: f.name, key: 'name', format: b.fmtValue },
        // A job title of the person's own (the feminine form, a title the enum has no word for) wins over the role's word.
        { label: f.role, key: 'role', format: (value, path) => b.fmtValue(b.get([...path.slice(0, -1), 'title']), path) ?? b.fmtEnum(b.labels.value.role)(value, path) },
        { label: f.bio, key: 'bio', format: b.fmtProse },
        { label: f.clients, key: 'clients', format: b.fmtNumber, numeric: true },
      ]),
    ]);
  },
};

export default team;
