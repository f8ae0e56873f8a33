// Shared by brief-goal-not-measurable and proposal-goal-not-measurable: a goal is specific, measurable and
// argued (004), so each needs what is counted (metric), the number to reach (target) and a date (deadline).
import type { DataPath } from '../types';
import { isBlank, isRecord, listWords, quote } from './helpers';
import type { RuleContext } from './rule';

const PARTS: Readonly<Record<string, string>> = { metric: 'no metric', target: 'no target value', deadline: 'no deadline' };

export function checkGoals(context: RuleContext, path: DataPath, whose: 'brief' | 'proposal', anchor: DataPath): void {
  const required = (context.options.require as string[]).filter((part) => part in PARTS);
  let goals: unknown = context.data;
  for (const segment of path) goals = isRecord(goals) ? goals[String(segment)] : undefined;
  if (!Array.isArray(goals) || goals.length === 0) {
    if (context.options.requireGoal === false) return;
    context.report({
      path: anchor,
      message: whose === 'brief'
        ? 'The brief sets no goal: ask the client for a specific, measurable goal with a number and a date.'
        : 'The proposal commits to no goal: state the brief\'s goals with their metric, target and deadline.',
    });
    return;
  }
  goals.forEach((goal, index) => {
    if (!isRecord(goal)) return;
    const missing = required.filter((part) => isBlank(goal[part]));
    const name = typeof goal.goal === 'string' && goal.goal.trim() ? quote(goal.goal, 50) : `Goal ${index + 1}`;
    const at: DataPath = [...path, index, 'goal' in goal ? 'goal' : Object.keys(goal)[0] ?? 'goal'];
    if (missing.length > 0) {
      context.report({
        path: 'goal' in goal ? at : [...path, index],
        message: `The goal ${name} has ${listWords(missing.map((part) => PARTS[part]))}: a goal must be measurable, with what is counted, the number to reach and a date.`,
      });
    }
  });
}
