// How the agency keeps in touch: calls, channels, a summary after each call, reports, visits (000, 001).
import type { ClientBlock } from './block';

const communication: ClientBlock = {
  key: 'communication',
  build(b) {
    const f = b.labels.field;
    const frequency = b.fmtEnum(b.labels.value.frequency);
    return b.section('communication', b.labels.heading.communication, [
      b.fields(undefined, [
        b.field(f.calls, ['communication', 'calls'], frequency),
        b.field(f.channels, ['communication', 'channels'], b.fmtJoined),
        b.field(f.call_summary, ['communication', 'call_summary'], b.fmtBoolean),
        b.field(f.report, ['communication', 'report'], frequency),
        b.field(f.visits, ['communication', 'visits'], b.fmtValue),
      ]),
    ]);
  },
};

export default communication;
