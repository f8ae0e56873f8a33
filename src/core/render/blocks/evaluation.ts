// How a brief's client will judge the work: the KPIs, the reporting platform and the attribution window (000; 003, block 5).
import type { ClientBlock } from './block';

const evaluation: ClientBlock = {
  key: 'evaluation',
  build(b) {
    const f = b.labels.field;
    return b.section('evaluation', b.labels.heading.evaluation, [
      b.list(['evaluation', 'kpis'], f.kpis, b.fmtValue),
      b.fields(undefined, [
        b.field(f.reporting_platform, ['evaluation', 'reporting_platform'], b.fmtValue),
        b.field(f.attribution_window, ['evaluation', 'attribution_window'], b.fmtValue),
      ]),
      b.prose(['evaluation', 'notes'], f.notes),
    ]);
  },
};

export default evaluation;
