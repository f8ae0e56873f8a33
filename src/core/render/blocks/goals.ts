// The goals a proposal commits to, each with its metric, target and deadline (004); also the table of a brief's
// goals, inside its expectations. A target may be a range or a bound (target_min, target_max), a deadline a time
// from an event (within): each is shown in the document's language, in the column of the one it stands for.
import type { Builder, Formatter } from '../builder';
import type { UnitForms } from '../labels';
import type { Block, Content } from '../model';
import type { DataPath } from '../../types';
import type { ClientBlock } from './block';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The goal a cell belongs to: its path ends in the goal's index and the column's key. */
const goalAt = (b: Builder, path: DataPath): Record<string, unknown> => {
  const goal = b.get(path.slice(0, -1));
  return isRecord(goal) ? goal : {};
};

/** `target`, else the range or the bound given by target_min and target_max. */
function targetFormat(b: Builder): Formatter {
  return (value, path) => {
    if (value !== undefined && value !== null) return b.fmtNumber(value, path);
    const { target_min: min, target_max: max } = goalAt(b, path);
    const words = b.labels.goal;
    if (isNumber(min) && isNumber(max)) return b.template(words.range, { min: b.num(min), max: b.num(max) });
    if (isNumber(min)) return b.template(words.atLeast, { min: b.num(min) });
    if (isNumber(max)) return b.template(words.atMost, { max: b.num(max) });
    return b.fmtNumber(min ?? max, path);
  };
}

/** `deadline`, else "within 90 days of launch" from `within`. */
function deadlineFormat(b: Builder): Formatter {
  return (value, path) => {
    if (value !== undefined && value !== null) return b.fmtDate(value, path);
    const { within } = goalAt(b, path);
    if (!isRecord(within)) return undefined;
    const words = b.labels.goal;
    const unit = (['days', 'weeks', 'months'] as const).find((key) => isNumber(within[key]));
    if (!unit) return undefined;
    const span = spanOf(b, within[unit] as number, words[unit]);
    const from = b.fmtValue(within.from, [...path.slice(0, -1), 'within', 'from']);
    return from ? b.template(words.withinFrom, { span, from }) : b.template(words.within, { span });
  };
}

/** "90 days", "3 месяца", "יומיים": the unit's form for the number, by the language's plural rules. */
function spanOf(b: Builder, n: number, forms: UnitForms): Content {
  const category = new Intl.PluralRules(b.lang).select(n);
  const form = category === 'zero' ? forms.other : forms[category];
  return b.template(form, { n: b.num(n) });
}

export function goalsTable(b: Builder, path: DataPath, heading?: string): Block | undefined {
  const f = b.labels.field;
  return b.table(path, heading, [
    { label: f.goal, key: 'goal', format: b.fmtValue },
    { label: f.metric, key: 'metric', format: b.fmtValue },
    { label: f.target, key: 'target', format: targetFormat(b), numeric: true },
    { label: f.deadline, key: 'deadline', format: deadlineFormat(b) },
  ]);
}

const goals: ClientBlock = {
  key: 'goals',
  build: (b) => b.section('goals', b.labels.heading.goals, [goalsTable(b, ['goals'])]),
};

export default goals;
