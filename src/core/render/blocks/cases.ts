// The agency's cases: what it did for whom, with the result and a link (003, block 4).
import type { Content } from '../model';
import { isRecord } from '../builder';
import type { ClientBlock } from './block';

const cases: ClientBlock = {
  key: 'cases',
  build(b) {
    const f = b.labels.field;
    const table = b.table(['cases'], undefined, [
      {
        label: f.case,
        key: 'title',
        format: (title, path) => {
          const item = b.get(path.slice(0, -1));
          const content: Content = b.fmtStrong(title, path) ?? [];
          const link = isRecord(item) ? b.fmtUrl(item.link, [...path.slice(0, -1), 'link'], f.link) : undefined;
          return link ? [...content, { type: 'break' }, ...link] : content;
        },
      },
      {
        label: f.client,
        key: 'client',
        format: (client, path) => {
          const item = b.get(path.slice(0, -1));
          const industry = isRecord(item) ? b.fmtValue(item.industry, [...path.slice(0, -1), 'industry']) : undefined;
          const name = b.fmtValue(client, path);
          if (name && industry) return [...name, { type: 'break' }, ...industry];
          return name ?? industry;
        },
      },
      { label: f.result, key: 'result', format: b.fmtProse },
    ]);
    return b.section('cases', b.labels.heading.cases, [table]);
  },
};

export default cases;
