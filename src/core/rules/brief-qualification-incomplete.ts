// brief-qualification-incomplete: the lead behind the brief is not qualified on all four of BANT (002: "only
// leads checked to have a budget, to be the decision maker, whose problem we really solve and who mean to close
// soon pass to sales").
import { absentBlockReport } from './add-block';
import type { Rule } from './rule';
import { isRecord } from './helpers';
import { briefStageOf } from './stages';
import { message, ref, type MessageId, type MessageRef } from '../i18n';

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
    // A client who has signed (an intake brief) has passed to sales already: there is no lead left to qualify.
    if (briefStageOf(context.data) === 'intake') return;
    const qualification = context.data.qualification;
    if (!isRecord(qualification)) {
      context.report({
        ...absentBlockReport(context, 'qualification'),
        ...message('rule.bant.none'),
      });
      return;
    }
    const missing: MessageRef[] = [];
    for (const [key] of BANT) {
      const item = qualification[key];
      const answer = isRecord(item) ? item.answer : undefined;
      if (answer === 'yes') continue;
      if (answer === 'no') {
        context.report({ path: ['qualification', key, 'answer'], part: 'value', ...message('rule.bant.no', { name: ref(`rule.bant.${key}` as MessageId), question: ref(`rule.bant.${key}Question` as MessageId) }) });
      } else if (answer === 'unknown') {
        context.report({ path: ['qualification', key, 'answer'], part: 'value', ...message('rule.bant.unknown', { name: ref(`rule.bant.${key}` as MessageId), question: ref(`rule.bant.${key}Question` as MessageId) }) });
      } else {
        missing.push(ref(`rule.bant.${key}` as MessageId));
      }
    }
    if (missing.length > 0) {
      context.report({
        path: ['qualification'],
        ...message('rule.bant.missing', { parts: { list: missing } }),
      });
    }
  },
};

export default rule;
