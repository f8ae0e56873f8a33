// The title block's rows, under the document's title: the client, its industry and website, the date (and for a
// brief the client's marketing expertise and life-cycle stage, which the agency needs before it writes).
import { isDefined, type Builder } from '../builder';
import type { FieldRow } from '../model';

export function titleRows(b: Builder): FieldRow[] {
  const f = b.labels.field;
  const rows: (FieldRow | undefined)[] = [
    b.field(f.client, ['client', 'name'], b.fmtValue),
    b.field(f.industry, ['client', 'industry'], b.fmtValue),
    b.field(f.website, ['client', 'website'], b.fmtUrl),
  ];
  if (b.kind === 'brief') {
    rows.push(
      b.field(f.expertise, ['client', 'expertise'], b.fmtEnum(b.labels.value.expertise)),
      b.field(f.stage, ['client', 'stage'], b.fmtEnum(b.labels.value.stage)),
    );
  }
  rows.push(b.field(f.date, ['date'], b.fmtDate));
  return rows.filter(isDefined);
}
