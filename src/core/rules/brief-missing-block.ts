// brief-missing-block: one of the eight blocks of a brief is absent or empty (003); a brief for a site alone needs no
// proposal criteria.
import type { Rule } from './rule';
import { DOCUMENT_ORDER, missingBlockReport } from './add-block';
import { isBlank } from './helpers';
import { briefBlocksRequired } from './stages';
import { message, ref, type MessageId } from '../i18n';

/** The eight blocks of a brief, in order (003). */
export const BRIEF_BLOCKS: ReadonlyArray<readonly [key: string, what: string]> = [
  ['contacts', 'contact information'],
  ['business', 'key points of the client\'s business'],
  ['expectations', 'what the client expects from advertising'],
  ['access', 'accesses and an audit of current activity'],
  ['evaluation', 'how effectiveness will be evaluated'],
  ['proposal_criteria', 'the criteria by which proposals will be judged'],
  ['constraints', 'constraints'],
  ['notes', 'additional information'],
];


const rule: Rule = {
  name: 'brief-missing-block',
  kinds: ['brief'],
  description: 'A brief has eight blocks, from contact information to additional information; one is absent or empty.',
  sources: ['003'],
  defaultSeverity: 'warning',
  tags: ['brief', 'structure'],
  defaultOptions: { blocks: BRIEF_BLOCKS.map(([key]) => key) },
  optionDescriptions: { blocks: 'The blocks every brief must fill.' },
  check(context) {
    // A brief for a site alone or an intake brief judges no proposals (stages.ts).
    const required = new Set(briefBlocksRequired(context.data, context.options.blocks as string[]));
    BRIEF_BLOCKS.forEach(([key], index) => {
      if (!required.has(key)) return;
      const value = context.data[key];
      if (value === undefined) {
        context.report({ ...missingBlockReport(context, DOCUMENT_ORDER[context.kind], key, index + 1), ...message('rule.brief.noBlock', { n: String(index + 1), key, what: ref(`rule.briefBlock.${key}` as MessageId) }) });
      } else if (isBlank(value)) {
        context.report({ path: [key], ...message('rule.brief.emptyBlock', { n: String(index + 1), key, what: ref(`rule.briefBlock.${key}` as MessageId) }) });
      }
    });
  },
};

export default rule;
