// proposal-no-scope-limits: the scope is not written down (001: "the project scope: the work the agency will do,
// the list of deliverables, your timelines and the project's success metrics"; requests outside it get a choice:
// change the agreed scope and cost, or stay on the original project).
import { absentBlockReport } from './add-block';
import type { Rule } from './rule';
import { isBlank, isRecord } from './helpers';
import { plansCampaign } from './stages';
import { namesTraining } from './lexicon/training';
import { message, type MessageId } from '../i18n';

const PARTS: Readonly<Record<string, string>> = {
  deliverables: 'no deliverables: list what the client receives',
  timeline: 'no timeline: say when each stage happens',
  success_metrics: 'no success metrics: say how both sides will know the project succeeds',
  out_of_scope: 'no out-of-scope list: say what is not included',
  change_policy: 'no change policy: say what happens with a request outside the scope (change the scope and the cost, or stay on the original project)',
};

const rule: Rule = {
  name: 'proposal-no-scope-limits',
  kinds: ['proposal'],
  description: 'The scope lacks deliverables, a timeline, success metrics, an out-of-scope list or a change policy.',
  sources: ['001'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'scope'],
  defaultOptions: { parts: Object.keys(PARTS) },
  optionDescriptions: { parts: 'The parts of `scope` a proposal must fill.' },
  check(context) {
    const parts = (context.options.parts as string[]).filter((part) => part in PARTS);
    if (parts.length === 0) return;
    const scope = context.data.scope;
    if (!isRecord(scope) || isBlank(scope)) {
      context.report({
        ...absentBlockReport(context, 'scope'),
        ...message('rule.scope.none'),
      });
      return;
    }
    // A quote prices a defined piece of work, and a follow-up of packages that buy no advertising is a price list
    // (stages.ts): a request beyond them is a new quote, and the out-of-scope list says what the price leaves out.
    // The change policy of 001 is for the scope of a running engagement.
    const priceList = !plansCampaign(context.data);
    // A quote for a workshop or a lecture is delivered in the room: what it covers and when are asked, not how its
    // success is measured afterwards or what it leaves out (lexicon/training.ts).
    const training = priceList && typeof context.data.title === 'string' && namesTraining(context.data.title);
    for (const part of parts) {
      if (priceList && part === 'change_policy' && !('change_policy' in scope)) continue;
      if (training && (part === 'success_metrics' || part === 'out_of_scope') && !(part in scope)) continue;
      if (isBlank(scope[part])) context.report({ path: part in scope ? ['scope', part] : ['scope'], ...message(`rule.scope.${part}` as MessageId) });
    }
  },
};

export default rule;
