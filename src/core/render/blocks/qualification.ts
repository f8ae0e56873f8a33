// A brief's lead qualification: the four BANT answers and the lead score (002). The agency's own judgement of the
// client, so the section is the author's: shown in the preview, never in the client's copy.
import type { TableRow } from '../model';
import { isRecord } from '../builder';
import type { ClientBlock } from './block';

const qualification: ClientBlock = {
  key: 'qualification',
  build(b) {
    const q = b.data.qualification;
    if (!isRecord(q)) return undefined;
    const f = b.labels.field;
    const rows: TableRow[] = [];
    for (const key of ['budget', 'authority', 'need', 'timeline'] as const) {
      const entry = q[key];
      if (!isRecord(entry)) continue;
      const path = ['qualification', key];
      rows.push({
        cells: [
          [{ type: 'text', text: b.labels.bant[key] }],
          b.fmtEnum(b.labels.value.answer)(entry.answer, [...path, 'answer']) ?? [],
          b.fmtValue(entry.note, [...path, 'note']) ?? [],
        ],
        line: b.keyLine(path),
      });
    }
    const score = b.fmtNumber(q.score, ['qualification', 'score']);
    if (!rows.length && !score) return undefined;
    const table = {
      type: 'table' as const,
      columns: [{ label: f.criterion }, { label: f.answer }, { label: f.note }],
      rows,
      total: score ? [[{ type: 'text' as const, text: f.score }], score, []] : undefined,
    };
    return b.section('qualification', b.labels.heading.qualification, [table], { authorOnly: true });
  },
};

export default qualification;
