// brief-qualification-incomplete: the lead behind the brief is not qualified on all four of BANT (002: "only
// leads checked to have a budget, to be the decision maker, whose problem we really solve and who mean to close
// soon pass to sales").
import type { Rule } from './rule';
import { documentAnchor, isRecord, listWords } from './helpers';

const BANT: ReadonlyArray<readonly [key: string, name: string, question: string]> = [
  ['budget', 'Budget', 'is there a budget'],
  ['authority', 'Authority', 'does the contact decide'],
  ['need', 'Need', 'is there a real problem the agency solves'],
  ['timeline', 'Timeline', 'is there a date to buy by'],
];

const rule: Rule = {
  name: 'brief-qualification-incomplete',
  kinds: ['brief'],
  description: 'A BANT answer (budget, authority, need, timeline) is missing, "no" or "unknown": only leads with all four pass to sales.',
  sources: ['002'],
  defaultSeverity: 'warning',
  tags: ['brief', 'qualification'],
  check(context) {
    const qualification = context.data.qualification;
    if (!isRecord(qualification)) {
      context.report({
        path: 'qualification' in context.data ? ['qualification'] : documentAnchor(context.data),
        message: 'The brief does not qualify the lead: answer BANT (budget, authority, need, timeline). Only a lead with all four passes to sales.',
      });
      return;
    }
    const missing: string[] = [];
    for (const [key, name, question] of BANT) {
      const item = qualification[key];
      const answer = isRecord(item) ? item.answer : undefined;
      if (answer === 'yes') continue;
      if (answer === 'no') {
        context.report({ path: ['qualification', key, 'answer'], part: 'value', message: `BANT ${name} is "no" (${question}?): this lead is not ready for a proposal. Only a lead with all four passes to sales.` });
      } else if (answer === 'unknown') {
        context.report({ path: ['qualification', key, 'answer'], part: 'value', message: `BANT ${name} is unknown (${question}?): find out before writing a proposal.` });
      } else {
        missing.push(name);
      }
    }
    if (missing.length > 0) {
      context.report({
        path: ['qualification'],
        message: `The qualification does not answer ${listWords(missing)}: BANT needs all four before the lead passes to sales.`,
      });
    }
  },
};

export default rule;
