// Shared by brief-goal-not-measurable and proposal-goal-not-measurable: a goal is specific, measurable and
// argued (004), so each needs what is counted (metric), the number to reach (target) and a date (deadline). A range
// or a minimum is a number to reach, a time from an event a date: in their fields (target_min, target_max, within) or
// in the goal's own words ("5–15 leads a month", "50+ reviews", "within 90 days of launch").
import type { DataPath } from '../types';
import type { Place } from './add-block';
import { isBlank, isRecord, quote } from './helpers';
import { writesRangeOrMinimum, writesRelativeDeadline } from './lexicon/goal-figures';
import type { RuleContext } from './rule';
import { message, ref, type MessageId } from '../i18n';

const PARTS: Readonly<Record<string, string>> = { metric: 'no metric', target: 'no target value', deadline: 'no deadline' };

/** `place`: where "no goal at all" goes (the goals' nearest part in the document, or where their block belongs). */
export function checkGoals(context: RuleContext, path: DataPath, whose: 'brief' | 'proposal', place: Place): void {
  const required = (context.options.require as string[]).filter((part) => part in PARTS);
  let goals: unknown = context.data;
  for (const segment of path) goals = isRecord(goals) ? goals[String(segment)] : undefined;
  if (!Array.isArray(goals) || goals.length === 0) {
    if (context.options.requireGoal === false) return;
    context.report({
      ...place,
      ...(whose === 'brief' ? message('rule.goals.briefNone') : message('rule.goals.proposalNone')),
    });
    return;
  }
  goals.forEach((goal, index) => {
    if (!isRecord(goal)) return;
    const missing = required.filter((part) => !gives(goal, part));
    const name = typeof goal.goal === 'string' && goal.goal.trim() ? quote(goal.goal, 50) : ref('rule.goals.numbered', { n: String(index + 1) });
    const at: DataPath = [...path, index, 'goal' in goal ? 'goal' : Object.keys(goal)[0] ?? 'goal'];
    if (missing.length > 0) {
      context.report({
        path: 'goal' in goal ? at : [...path, index],
        ...message('rule.goals.unmeasurable', { name, missing: { list: missing.map((part) => ref(`rule.goals.no.${part}` as MessageId)) } }),
      });
    }
    // A range whose low end is above its high end measures nothing: one of the two numbers is wrong.
    if (typeof goal.target_min === 'number' && typeof goal.target_max === 'number' && goal.target_min > goal.target_max) {
      context.report({ path: [...path, index, 'target_min'], part: 'value', ...message('rule.goals.rangeReversed', { name, min: goal.target_min, max: goal.target_max }) });
    }
  });
}

/** The goal's own words: what it reaches and what it counts. */
function wordsOf(goal: Record<string, unknown>): string {
  return [goal.goal, goal.metric].filter((value): value is string => typeof value === 'string').join('\n');
}

function gives(goal: Record<string, unknown>, part: string): boolean {
  if (!isBlank(goal[part])) return true;
  if (part === 'target') return !isBlank(goal.target_min) || !isBlank(goal.target_max) || writesRangeOrMinimum(wordsOf(goal));
  if (part === 'deadline') return hasSpan(goal.within) || writesRelativeDeadline(wordsOf(goal));
  return false;
}

/** `within` counts only with its number of days, weeks or months: "from launch" alone is no deadline. */
function hasSpan(within: unknown): boolean {
  return isRecord(within) && ['days', 'weeks', 'months'].some((unit) => typeof within[unit] === 'number' && (within[unit] as number) > 0);
}
