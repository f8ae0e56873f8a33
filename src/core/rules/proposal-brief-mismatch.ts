// proposal-brief-mismatch: the brief the proposal answers cannot be found, or disagrees with the proposal on the
// budget, the currency, the client or the deals expected, or has goals the proposal leaves unanswered (003: sell
// the client what they want from you; 000: align expectations on the numbers).
import type { Rule, RuleContext, RuleReport } from './rule';
import { isRecord, linkedBrief, nearestPath, quote, valueAt } from './helpers';
import { message, ref, type MessageArg } from '../i18n';

const rule: Rule = {
  name: 'proposal-brief-mismatch',
  kinds: ['proposal'],
  description: 'The brief named in `brief:` cannot be found, or disagrees with the proposal (budget, currency, client, expected deals), or has goals the proposal does not answer.',
  sources: ['003', '000'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'numbers'],
  defaultOptions: { compare: ['budget', 'currency', 'client', 'expected_deals', 'goals'] },
  optionDescriptions: { compare: 'What to compare with the brief: budget, currency, client, expected_deals, goals.' },
  check(context) {
    const brief = linkedBrief(context);
    if (brief.state === 'none') return;
    if (brief.state === 'missing') {
      context.report({ path: ['brief'], part: 'value', ...message('rule.mismatch.notFound', { path: quote(brief.path) }) });
      return;
    }
    if (brief.state === 'invalid') {
      context.report({ path: ['brief'], part: 'value', ...message('rule.mismatch.invalid', { path: quote(brief.path), reason: reasonArg(brief.reason) }) });
      return;
    }
    const compare = new Set(context.options.compare as string[]);
    const ours = context.data;
    const theirs = brief.data;
    const currency = typeof valueAt(theirs, ['budget', 'currency']) === 'string' ? ` ${String(valueAt(theirs, ['budget', 'currency']))}` : '';
    if (compare.has('budget')) {
      differ(context, ['budget', 'monthly'], theirs, (a, b) => message('rule.mismatch.budget', { ours: amount(a), theirs: amount(b), currency }));
    }
    if (compare.has('currency')) {
      differ(context, ['budget', 'currency'], theirs, (a, b) => message('rule.mismatch.currency', { ours: String(a), theirs: String(b) }));
    }
    if (compare.has('client')) {
      const a = valueAt(ours, ['client', 'name']);
      const b = valueAt(theirs, ['client', 'name']);
      if (typeof a === 'string' && typeof b === 'string' && normalize(a) !== normalize(b)) {
        context.report({ path: ['client', 'name'], part: 'value', ...message('rule.mismatch.client', { ours: quote(a, 40), theirs: quote(b, 40) }) });
      }
    }
    if (compare.has('expected_deals')) {
      differ(context, ['funnel', 'expected_deals'], theirs, (a, b) => message('rule.mismatch.deals', { ours: amount(a), theirs: amount(b) }));
    }
    if (compare.has('goals')) {
      const briefGoals = valueAt(theirs, ['expectations', 'goals']);
      const ourGoals = Array.isArray(ours.goals) ? ours.goals.filter(isRecord) : [];
      // A statement of work answers the brief's goals in its scope: its success metrics or its deliverables.
      const scopeLines = (['success_metrics', 'deliverables'] as const).flatMap((key) => {
        const lines = valueAt(ours, ['scope', key]);
        return Array.isArray(lines) ? lines.filter((line): line is string => typeof line === 'string') : [];
      });
      const answers = [...ourGoals.map((goal) => goal.goal).filter((text): text is string => typeof text === 'string'), ...scopeLines];
      if (Array.isArray(briefGoals)) {
        for (const goal of briefGoals.filter(isRecord)) {
          if (typeof goal.goal !== 'string' || ourGoals.some((answer) => sameGoal(goal, answer))) continue;
          if (answers.some((line) => answersGoal(goal, line))) continue;
          // On the goals; without goals, on the success metrics that should have answered it.
          const place = ourGoals.length === 0 && Array.isArray(valueAt(ours, ['scope', 'success_metrics'])) ? ['scope', 'success_metrics'] : nearestPath(ours, ['goals']);
          context.report({
            path: place,
            ...message('rule.mismatch.goal', { goal: quote(goal.goal, 60) }),
          });
        }
      }
    }
  },
};

/** Reports when both documents hold a value at `path` and they differ. */
function differ(context: RuleContext, path: string[], brief: Readonly<Record<string, unknown>>, say: (ours: unknown, theirs: unknown) => Pick<RuleReport, 'message' | 'localized'>): void {
  const a = valueAt(context.data, path);
  const b = valueAt(brief, path);
  if (a === undefined || b === undefined || a === null || b === null) return;
  if (typeof a === 'string' && typeof b === 'string' ? normalize(a) === normalize(b) : a === b) return;
  context.report({ path, part: 'value', ...say(a, b) });
}

/** A number as a message argument (grouped in the reader's language), anything else as text. */
function amount(value: unknown): MessageArg {
  return typeof value === 'number' ? value : String(value);
}

/** Why a linked brief cannot be compared, in every language (helpers.ts words it in English). */
function reasonArg(reason: string): MessageArg {
  if (reason === 'it cannot be read as YAML') return ref('rule.mismatch.unreadable');
  const kind = /^it is a (.+), not a brief$/.exec(reason)?.[1];
  return kind ? ref('rule.mismatch.notABrief', { kind }) : reason;
}

/** The same goal: the same words, or the same metric and figures (a target, or a range or a minimum). */
function sameGoal(brief: Record<string, unknown>, proposal: Record<string, unknown>): boolean {
  if (typeof proposal.goal === 'string' && normalize(proposal.goal) === normalize(brief.goal as string)) return true;
  const briefFigures = figuresOf(brief);
  return (
    typeof brief.metric === 'string' &&
    typeof proposal.metric === 'string' &&
    normalize(brief.metric) === normalize(proposal.metric) &&
    briefFigures.some((figure) => figure !== undefined) &&
    figuresOf(proposal).every((figure, index) => figure === briefFigures[index])
  );
}

/** A goal's figures, in one order: its target, and the ends of its range or its minimum. */
function figuresOf(goal: Record<string, unknown>): unknown[] {
  return [goal.target, goal.target_min, goal.target_max];
}

/**
 * A line that answers a goal in other words: it names one of the goal's numbers (when it has any) and at least half
 * of the goal's words of four letters or more, two at the least ("50 signed orders a month by March" answers "50
 * signed orders a month from online advertising").
 */
function answersGoal(goal: Record<string, unknown>, line: string): boolean {
  const goalText = normalize(`${goal.goal as string} ${typeof goal.metric === 'string' ? goal.metric : ''}`);
  const said = normalize(line);
  const figures = figuresOf(goal).filter((figure): figure is number => typeof figure === 'number');
  const numbers = new Set([...(goalText.match(/\d+/g) ?? []), ...figures.map(String)]);
  const saidNumbers = new Set(said.match(/\d+/g) ?? []);
  if (numbers.size > 0 && ![...numbers].some((n) => saidNumbers.has(n))) return false;
  const words = new Set(goalText.split(' ').filter((word) => /^\p{L}{4,}$/u.test(word)));
  const saidWords = new Set(said.split(' '));
  const shared = [...words].filter((word) => saidWords.has(word)).length;
  return shared >= Math.max(2, Math.ceil(words.size / 2));
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/&/g, ' and ').replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export default rule;
