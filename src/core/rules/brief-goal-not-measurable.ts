// brief-goal-not-measurable: a goal of the brief lacks a metric, a target value or a deadline (004).
import { checkGoals } from './goals';
import type { Rule } from './rule';
import { nearestPlace } from './add-block';

const rule: Rule = {
  name: 'brief-goal-not-measurable',
  kinds: ['brief'],
  description: 'A goal of the brief has no metric, no target value or no deadline; or the brief sets no goal at all.',
  sources: ['004'],
  defaultSeverity: 'warning',
  tags: ['brief', 'content'],
  defaultOptions: { require: ['metric', 'target', 'deadline'], requireGoal: true },
  optionDescriptions: {
    require: 'What each goal must have: metric, target, deadline.',
    requireGoal: 'Report a brief that sets no goal at all.',
  },
  check(context) {
    // An absent `expectations` is added by brief-missing-block's fix, on the same place.
    checkGoals(context, ['expectations', 'goals'], 'brief', nearestPlace(context, ['expectations', 'goals'], { withFix: false }));
  },
};

export default rule;
