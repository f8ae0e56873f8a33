// proposal-goal-not-measurable: a goal the proposal commits to lacks a metric, a target value or a deadline (004).
import { checkGoals } from './goals';
import type { Rule } from './rule';
import { nearestPlace } from './add-block';
import { plansCampaign } from './stages';

const rule: Rule = {
  name: 'proposal-goal-not-measurable',
  kinds: ['proposal'],
  description: 'A goal the proposal commits to has no metric, no target value or no deadline; or it commits to no goal.',
  sources: ['004'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'content'],
  defaultOptions: { require: ['metric', 'target', 'deadline'], requireGoal: true },
  optionDescriptions: {
    require: 'What each goal must have: metric, target, deadline.',
    requireGoal: 'Report a proposal that commits to no goal at all.',
  },
  check(context) {
    // A quote commits to its deliverables, not to campaign goals: only the goals it gives are judged.
    const goals = context.data.goals;
    if (!plansCampaign(context.data) && (!Array.isArray(goals) || goals.length === 0)) return;
    checkGoals(context, ['goals'], 'proposal', nearestPlace(context, ['goals']));
  },
};

export default rule;
