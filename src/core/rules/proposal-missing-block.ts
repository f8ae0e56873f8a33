// proposal-missing-block: one of the ten blocks of a commercial proposal is absent or empty (003); a quote, a
// follow-up, a statement of work or a renewal needs only some of them (its `stage`, stages.ts).
import type { Rule, RuleContext } from './rule';
import { DOCUMENT_ORDER, missingBlockReport } from './add-block';
import { clientText, isBlank, linkedBrief, valueAt } from './helpers';
import { saysClientAdvertises } from './lexicon/current-activity';
import { blocksRequired } from './stages';
import { message, ref, type MessageId } from '../i18n';

/** The ten blocks of a proposal, in order (003). */
export const PROPOSAL_BLOCKS: ReadonlyArray<readonly [key: string, what: string]> = [
  ['about', 'the agency and its services'],
  ['achievements', 'achievements, certifications, ratings'],
  ['team', 'the project team and how it works with the client'],
  ['cases', 'cases'],
  ['analysis', 'analysis of the client\'s business and market'],
  ['audit', 'audit of current placements'],
  ['recommendations', 'recommendations'],
  ['media_plan', 'the media plan'],
  ['terms', 'commercial terms'],
  ['guarantees', 'the agency\'s guarantees'],
];


const rule: Rule = {
  name: 'proposal-missing-block',
  kinds: ['proposal'],
  description: 'A commercial proposal has ten blocks, from the agency to its guarantees; one is absent or empty.',
  sources: ['003'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'structure'],
  defaultOptions: { blocks: PROPOSAL_BLOCKS.map(([key]) => key) },
  optionDescriptions: { blocks: 'The blocks every proposal must fill.' },
  check(context) {
    // A quote, a follow-up or a statement of work needs fewer blocks than a first proposal, and one that spends no
    // ad budget no media plan (stages.ts).
    const required = new Set(blocksRequired(context.data, context.options.blocks as string[]));
    // A proposal that writes neither cases nor achievements lacks one thing, proof: said once, as the missing case.
    const proofUnwritten = context.data.achievements === undefined && required.has('cases') && isBlank(context.data.cases);
    PROPOSAL_BLOCKS.forEach(([key], index) => {
      if (!required.has(key)) return;
      const value = context.data[key];
      const words = { n: String(index + 1), key, what: ref(`rule.proposalBlock.${key}` as MessageId) };
      if (key === 'achievements' && proofUnwritten) return;
      const noProof = key === 'cases' && proofUnwritten;
      if (value === undefined && key === 'audit' && !advertisesNow(context)) {
        // Placements can be audited only if the client has them: unknown, the audit is a suggestion.
        context.report({ ...missingBlockReport(context, DOCUMENT_ORDER[context.kind], key, index + 1), ...message('rule.proposal.noAuditUnknown', words), suggestion: true });
      } else if (value === undefined) {
        context.report({ ...missingBlockReport(context, DOCUMENT_ORDER[context.kind], key, index + 1), ...message(noProof ? 'rule.proposal.noProof' : 'rule.proposal.noBlock', words) });
      } else if (isBlank(value)) {
        context.report({ path: [key], ...message(noProof ? 'rule.proposal.emptyProof' : 'rule.proposal.emptyBlock', words) });
      }
    });
  },
};

/**
 * Whether the client is known to advertise now, so that its current placements can be audited: its brief describes
 * its current activity, or the proposal speaks of the client's current campaigns (cases, about other clients, aside).
 */
function advertisesNow(context: RuleContext): boolean {
  const brief = linkedBrief(context);
  if (brief.state === 'ok' && !isBlank(valueAt(brief.data, ['access', 'current_activity']))) return true;
  return clientText(context).some(({ path, value }) => path[0] !== 'cases' && path[0] !== 'achievements' && saysClientAdvertises(value));
}

export default rule;
