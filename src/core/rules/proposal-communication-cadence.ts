// proposal-communication-cadence: no regular call, calls rarer than monthly, or no report (000: "a weekly online
// call, and ongoing contact by mail or WhatsApp"; 001: weekly or every two weeks, "at least monthly"; a monthly
// report; a written summary after every call).
import { absentBlockReport } from './add-block';
import { plansCampaign } from './stages';
import type { Rule } from './rule';
import { isBlank, isRecord } from './helpers';
import { message, ref, type MessageId } from '../i18n';

const ORDER = ['weekly', 'biweekly', 'monthly', 'quarterly', 'none'];
const WORDS: Readonly<Record<string, string>> = { weekly: 'weekly', biweekly: 'every two weeks', monthly: 'monthly', quarterly: 'every quarter', none: 'never' };

const rule: Rule = {
  name: 'proposal-communication-cadence',
  kinds: ['proposal'],
  description: 'The proposal sets no regular call, calls rarer than monthly, or no regular report.',
  sources: ['000', '001'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'relationship'],
  defaultOptions: { slowestCalls: 'monthly', slowestReport: 'monthly', requireCallSummary: false },
  optionDescriptions: {
    slowestCalls: 'The rarest acceptable call cadence: weekly, biweekly or monthly.',
    slowestReport: 'The rarest acceptable report cadence: weekly, biweekly or monthly.',
    requireCallSummary: 'Also require a written summary after every call (`call_summary: true`).',
  },
  check(context) {
    const communication = context.data.communication;
    if (!isRecord(communication)) {
      if (!plansCampaign(context.data)) return; // a quote for a piece of work runs no account; said cadences are judged
      context.report({
        ...absentBlockReport(context, 'communication'),
        ...message('rule.cadence.none'),
      });
      return;
    }
    if (communication.calls == null && communication.report == null) {
      // Neither a call nor a report is one gap, said once. Channels named ("daily updates on WhatsApp") keep the
      // client in touch, which is what 000 asks first: the rhythm of calls and reports on top is then a suggestion.
      if (plansCampaign(context.data)) {
        const keepsInTouch = !isBlank(communication.channels);
        context.report({ path: ['communication'], ...message(keepsInTouch ? 'rule.cadence.channelsOnly' : 'rule.cadence.none'), ...(keepsInTouch ? { suggestion: true as const } : {}) });
      }
    } else {
      checkCadence(context, communication, 'calls', context.options.slowestCalls as string, 'Call');
      checkCadence(context, communication, 'report', context.options.slowestReport as string, 'Report');
    }
    if (context.options.requireCallSummary && communication.call_summary !== true) {
      context.report({
        path: 'call_summary' in communication ? ['communication', 'call_summary'] : ['communication'],
        ...message('rule.cadence.summary'),
      });
    }
  },
};

function checkCadence(context: Parameters<Rule['check']>[0], communication: Record<string, unknown>, key: string, slowest: string, which: 'Call' | 'Report'): void {
  const value = communication[key];
  const limit = ORDER.indexOf(slowest) === -1 ? ORDER.indexOf('monthly') : ORDER.indexOf(slowest);
  if (isUnset(value)) {
    context.report({
      path: key in communication ? ['communication', key] : ['communication'],
      part: key in communication ? 'value' : 'key',
      ...message(`rule.cadence.no${which}`),
    });
    return;
  }
  const at = ORDER.indexOf(String(value));
  if (at > limit) {
    context.report({
      path: ['communication', key],
      part: 'value',
      ...message(`rule.cadence.rare${which}`, { frequency: String(value) in WORDS ? ref(`rule.cadence.every.${String(value)}` as MessageId) : String(value) }),
    });
  }
}

/** A cadence the proposal does not set: absent, empty, or `none`. */
function isUnset(value: unknown): boolean {
  return value === undefined || value === null || value === 'none';
}

export default rule;
