// A brief's additional information (003, block 8).
import type { ClientBlock } from './block';

const notes: ClientBlock = {
  key: 'notes',
  build: (b) => b.section('notes', b.labels.heading.notes, [b.prose(['notes'])]),
};

export default notes;
