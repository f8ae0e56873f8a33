// The goals a proposal commits to, each with its metric, target and deadline (004); also the table of a brief's
// goals, inside its expectations.
import type { Builder } from '../builder';
import type { Block } from '../model';
import type { DataPath } from '../../types';
import type { ClientBlock } from './block';

export function goalsTable(b: Builder, path: DataPath, heading?: string): Block | undefined {
  const f = b.labels.field;
  return b.table(path, heading, [
    { label: f.goal, key: 'goal', format: b.fmtValue },
    { label: f.metric, key: 'metric', format: b.fmtValue },
    { label: f.target, key: 'target', format: b.fmtNumber, numeric: true },
    { label: f.deadline, key: 'deadline', format: b.fmtDate },
  ]);
}

const goals: ClientBlock = {
  key: 'goals',
  build: (b) => b.section('goals', b.labels.heading.goals, [goalsTable(b, ['goals'])]),
};

export default goals;
