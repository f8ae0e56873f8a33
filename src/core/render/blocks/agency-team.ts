// An agency file's own page: its contact person and the team its documents name as their authors.
import type { ClientBlock } from './block';

const agencyTeam: ClientBlock = {
  key: 'team',
  build(b) {
    const f = b.labels.field;
    return b.section('team', b.labels.send.team, [
      b.fields(b.labels.send.contact, [
        b.field(f.name, ['contact', 'name'], b.fmtStrong),
        b.field(f.role, ['contact', 'role'], b.fmtValue),
        b.field(f.email, ['contact', 'email'], b.fmtEmail),
        b.field(f.phone, ['contact', 'phone'], b.fmtLtr),
      ]),
      b.table(['team'], undefined, [
        { label: f.name, key: 'name', format: b.fmtValue },
        { label: f.role, key: 'role', format: b.fmtValue },
        { label: f.email, key: 'email', format: b.fmtEmail },
        { label: f.phone, key: 'phone', format: b.fmtLtr },
      ]),
    ]);
  },
};

export default agencyTeam;
