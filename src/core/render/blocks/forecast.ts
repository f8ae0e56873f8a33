// A forecast in the client's own units (registered users, first deposits, cost per user): each number, or its
// range, over its period, with what it rests on. Beside "What the budget buys", which counts leads and deals (000).
import { isFiniteNumber, isRecord, type Builder } from '../builder';
import type { Content } from '../model';
import type { ClientBlock } from './block';

const forecast: ClientBlock = {
  key: 'forecast',
  build(b) {
    const rw = b.labels.realWork;
    return b.section('forecast', rw.forecast, [
      b.table(['forecast'], undefined, [
        { label: rw.metric, key: 'metric', format: b.fmtStrong },
        { label: rw.expected, key: 'value', format: (value, path) => expected(b, value, path), numeric: true },
        { label: rw.period, key: 'period', format: b.fmtValue },
        { label: rw.note, key: 'note', format: b.fmtValue },
      ]),
    ]);
  },
};

/** The value, or "800 to 1,500" when the line gives a range, or "at least"/"at most" one end of it. */
function expected(b: Builder, value: unknown, path: readonly (string | number)[]): Content | undefined {
  if (isFiniteNumber(value)) return b.num(value);
  const line = b.get(path.slice(0, -1));
  if (!isRecord(line)) return undefined;
  const { min, max } = line;
  if (isFiniteNumber(min) && isFiniteNumber(max)) return b.template(b.labels.realWork.range, { min: b.num(min), max: b.num(max) });
  if (isFiniteNumber(min)) return [{ type: 'text', text: '≥ ' }, ...b.num(min)];
  if (isFiniteNumber(max)) return [{ type: 'text', text: '≤ ' }, ...b.num(max)];
  return undefined;
}

export default forecast;
