// Reporting: the platform, the attribution window, the KPIs and who reads the reports (000, 003).
import type { ClientBlock } from './block';

const reporting: ClientBlock = {
  key: 'reporting',
  build(b) {
    const f = b.labels.field;
    return b.section('reporting', b.labels.heading.reporting, [
      b.fields(undefined, [
        b.field(f.platform, ['reporting', 'platform'], b.fmtValue),
        b.field(f.attribution_window, ['reporting', 'attribution_window'], b.fmtValue),
      ]),
      b.list(['reporting', 'kpis'], f.kpis, b.fmtValue),
      b.list(['reporting', 'audiences'], f.audiences, b.fmtValue),
    ]);
  },
};

export default reporting;
