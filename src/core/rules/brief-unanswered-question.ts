// brief-unanswered-question: one of the seven mandatory questions about the client's business has no answer, so
// another briefing is needed before any tool is chosen (004).
import { absentBlockReport } from './add-block';
import type { Rule } from './rule';
import { isRecord, quote } from './helpers';
import { isPlaceholder, isUnanswered } from './lexicon/placeholders';
import { message, ref, type MessageId } from '../i18n';

/** The mandatory questions (004), by the `business` field that answers each. */
export const QUESTIONS: Readonly<Record<string, string>> = {
  customer: 'who the customer is: their expectations, fears and where they spend time online',
  sales_chain: 'how the chain of sale, production, service and delivery runs',
  distribution: 'how the product reaches customers (direct, branches, dealers)',
  advantages: 'what the advantages over competitors are',
  market_specifics: 'what constrains the business and its market, seasonality among it',
  order_systems: 'which systems record orders and hold the customer base',
  lead_tracking: 'how lead sources and acquisition costs are tracked',
  // Parts of questions 2 and 4, asked when the options name them.
  deal_cycle: 'how long a deal takes from first contact to payment',
  weaknesses: 'where competitors are stronger',
};

const SEVEN = ['customer', 'sales_chain', 'distribution', 'advantages', 'market_specifics', 'order_systems', 'lead_tracking'];

const rule: Rule = {
  name: 'brief-unanswered-question',
  kinds: ['brief'],
  description: 'One of the seven mandatory questions about the client\'s business has no answer: another briefing is needed.',
  sources: ['004'],
  defaultSeverity: 'warning',
  tags: ['brief', 'content'],
  defaultOptions: { questions: SEVEN },
  optionDescriptions: { questions: 'The `business` fields that must be answered; deal_cycle and weaknesses may be added.' },
  check(context) {
    const asked = (context.options.questions as string[]).filter((key) => key in QUESTIONS);
    const business = context.data.business;
    if (!isRecord(business)) {
      if (asked.length === 0) return;
      context.report({
        ...absentBlockReport(context, 'business', { withFix: false }), // brief-missing-block adds it
        ...message('rule.questions.none'),
      });
      return;
    }
    for (const key of asked) {
      const answer = business[key];
      if (answer === undefined || answer === null) {
        context.report({ path: ['business'], ...message('rule.questions.never', { question: ref(`rule.question.${key}` as MessageId) }) });
      } else if (typeof answer === 'string' && isUnanswered(answer)) {
        const answered = answer.trim() === '' ? ref('rule.questions.blank')
          : isPlaceholder(answer) ? ref('rule.questions.only', { answer: quote(answer, 30) })
          : ref('rule.questions.askedOnly');
        context.report({ path: ['business', key], ...message('rule.questions.placeholder', { question: ref(`rule.question.${key}` as MessageId), answered }) });
      }
    }
  },
};

export default rule;
