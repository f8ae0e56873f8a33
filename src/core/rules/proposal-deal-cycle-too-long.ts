// proposal-deal-cycle-too-long: a goal falls due before the deal cycle leaves time to reach it (004: "describe the
// chain of sale… how long is the deal cycle?", asked before any tool is chosen, and a goal must be specific,
// measurable and argued). A lead that arrives today becomes a deal a cycle later, so a goal counted in deals by a
// deadline can only count the leads of the time before it minus the cycle; a 45–60-day cycle against a goal due
// 90 days after the document leaves a month of leads. Goals counted in leads, visits or reach are not delayed by
// the cycle and are left alone. Checks briefs and proposals; a proposal without its own cycle reads its brief's.
import { message, ref, type MessageArg } from '../i18n';
import { durationDays } from './lexicon/durations';
import { isRecord, linkedBrief, numberAt, quote, textAt, valueAt } from './helpers';
import type { Rule, RuleContext } from './rule';

/** Goals about the top of the funnel (leads, requests, traffic, reach, rankings): the cycle does not delay them. */
const EARLY_FUNNEL = new RegExp(
  [
    '\\blead', 'request', 'enquir', 'inquir', 'visit', 'traffic', 'click', 'impression', 'reach', 'follower', 'subscriber', 'ranking', 'position', 'review',
    'заявк', 'лид', 'обращени', 'визит', 'посещ', 'трафик', 'клик', 'показ', 'охват', 'подписчик', 'позици', 'отзыв',
    'ליד', 'פניי', 'פניות', 'ביקור', 'תנועה', 'קליק', 'חשיפ', 'עוקב', 'דירוג', 'ביקורות',
    'محتمل', 'زيار', 'زوار', 'نقر', 'ظهور', 'متابع', 'ترتيب', 'تقييم',
  ].join('|'),
  'iu',
);

const DAY = 86_400_000;

/** A `YYYY-MM-DD` date as a day number; undefined for anything else. */
function dayOf(value: unknown): number | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : Math.round(time / DAY);
}

interface Cycle {
  /** The longest a deal takes, in days. */
  days: number;
  /** Where it was read, for the message: the field and what it says. */
  said: MessageArg;
}

/** The deal cycle: the funnel's days, else the brief's words, else (a proposal) those of the brief it answers. */
function cycleOf(context: RuleContext): Cycle | undefined {
  const own = cycleIn(context.data);
  if (own || context.kind !== 'proposal') return own;
  const brief = linkedBrief(context);
  return brief.state === 'ok' ? cycleIn(brief.data, true) : undefined;
}

function cycleIn(data: Readonly<Record<string, unknown>>, fromBrief = false): Cycle | undefined {
  const days = numberAt(data, ['funnel', 'deal_cycle_days']);
  const where = fromBrief ? 'rule.dealCycle.inBrief' : 'rule.dealCycle.here';
  if (days !== undefined && days > 0) return { days, said: ref(where, { field: 'funnel.deal_cycle_days', value: String(days) }) };
  const text = textAt(data, ['business', 'deal_cycle']);
  const read = text === undefined ? undefined : durationDays(text);
  return read && text !== undefined ? { days: read.max, said: ref(where, { field: 'business.deal_cycle', value: quote(text, 80) }) } : undefined;
}

const rule: Rule = {
  name: 'proposal-deal-cycle-too-long',
  kinds: ['proposal', 'brief'],
  description: 'A goal counted in deals falls due too soon after the document\'s date for the deal cycle: the leads that can still become deals by then come from too short a time.',
  sources: ['004'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'brief', 'numbers'],
  defaultOptions: { minShare: 0.5 },
  optionDescriptions: {
    minShare: 'The share of the time up to a goal\'s deadline in which leads can still become deals by then, below which the goal is reported.',
  },
  check(context) {
    const start = dayOf(context.data.date);
    if (start === undefined) return; // no date to count from: nothing to compare
    const goalsPath = context.kind === 'brief' ? ['expectations', 'goals'] : ['goals'];
    const goals = valueAt(context.data, goalsPath);
    if (!Array.isArray(goals) || goals.length === 0) return;
    const cycle = cycleOf(context);
    if (!cycle) return;
    const minShare = context.options.minShare as number;
    goals.forEach((goal, index) => {
      if (!isRecord(goal)) return;
      const deadline = dayOf(goal.deadline);
      if (deadline === undefined || deadline <= start) return; // a past deadline is another matter
      const words = [goal.goal, goal.metric].filter((part) => typeof part === 'string').join(' ');
      if (EARLY_FUNNEL.test(words)) return;
      const time = deadline - start;
      const window = time - cycle.days; // the days in which a lead can still close by the deadline
      if (window >= minShare * time) return;
      const name = typeof goal.goal === 'string' && goal.goal.trim() ? quote(goal.goal, 50) : ref('rule.goals.numbered', { n: String(index + 1) });
      const args = { cycle: cycle.days, said: cycle.said, goal: name, days: time, window: Math.max(0, window), deadline: String(goal.deadline).trim() };
      context.report({
        path: [...goalsPath, index, 'deadline'],
        ...(window <= 0 ? message('rule.dealCycle.none', args) : message('rule.dealCycle.few', args)),
      });
    });
  },
};

export default rule;
