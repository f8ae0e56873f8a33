// A brief's contacts: who the agency talks to, how to reach them, and who decides (003, block 1).
import type { ClientBlock } from './block';

const contacts: ClientBlock = {
  key: 'contacts',
  build(b) {
    const f = b.labels.field;
    return b.section('contacts', b.labels.heading.contacts, [
      b.table(['contacts'], undefined, [
        { label: f.name, key: 'name', format: b.fmtValue },
        { label: f.role, key: 'role', format: b.fmtValue },
        { label: f.email, key: 'email', format: b.fmtEmail },
        { label: f.phone, key: 'phone', format: b.fmtLtr },
        { label: f.messenger, key: 'messenger', format: b.fmtValue },
        { label: f.decision_maker, key: 'decision_maker', format: b.fmtBoolean },
      ]),
    ]);
  },
};

export default contacts;
