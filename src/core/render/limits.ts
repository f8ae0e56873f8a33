// The lengths and blocks the lint panel measures a document against. For a proposal they are the rules' own:
// the block and total word limits of `proposal-bloat` and the blocks `proposal-missing-block` requires, with the
// project's configuration applied, so the panel and the findings never disagree. A brief has no length rule, so
// its block limits are the preview's own defaults, kept here in one place.
import { ruleByName } from '../rules';
import { BRIEF_BLOCKS } from '../rules/brief-missing-block';
import { effectiveRule, type RulesConfig } from '../rules/config';
import { PROPOSAL_BLOCKS } from '../rules/proposal-missing-block';
import { blocksRequired, briefBlocksRequired } from '../rules/stages';
import type { DocumentKind } from '../types';

/** Words a minute: a careful reader of a business document, in any of the four languages. */
export const READING_WORDS_PER_MINUTE = 200;

/** Word limits per block of a brief: an internal document, so looser than a proposal's. Only counted, never a finding. */
export const BRIEF_BLOCK_WORD_LIMITS: Readonly<Record<string, number>> = {
  contacts: 100,
  business: 700,
  expectations: 200,
  access: 150,
  evaluation: 120,
  proposal_criteria: 100,
  constraints: 120,
  notes: 150,
  qualification: 120,
};

export interface LengthLimits {
  /** Words in the whole document, when a rule limits them. */
  total?: number;
  blocks: Readonly<Record<string, number>>;
}

export function lengthLimits(kind: DocumentKind, config?: RulesConfig): LengthLimits {
  if (kind === 'brief') return { blocks: BRIEF_BLOCK_WORD_LIMITS };
  const bloat = ruleByName('proposal-bloat');
  if (!bloat) return { blocks: {} };
  const { options } = effectiveRule(bloat, config);
  const blocks = isNumberRecord(options.blockMaxWords) ? options.blockMaxWords : {};
  return { total: typeof options.maxWords === 'number' ? options.maxWords : undefined, blocks };
}

/**
 * The blocks a complete document has, in order (003): the brief's eight, the proposal's ten as configured, of which
 * a proposal's stage (a quote, a statement of work…) needs only some.
 */
export function requiredBlocks(kind: DocumentKind, config?: RulesConfig, data: Readonly<Record<string, unknown>> = {}): string[] {
  const [name, blocks] = kind === 'brief' ? ['brief-missing-block', BRIEF_BLOCKS] as const : ['proposal-missing-block', PROPOSAL_BLOCKS] as const;
  const rule = ruleByName(name);
  const configured = rule ? effectiveRule(rule, config).options.blocks : undefined;
  const wanted = Array.isArray(configured) ? new Set(configured.filter((key): key is string => typeof key === 'string')) : undefined;
  const all = blocks.map(([key]) => key).filter((key) => !wanted || wanted.has(key));
  return kind === 'proposal' ? blocksRequired(data, all) : briefBlocksRequired(data, all);
}

function isNumberRecord(value: unknown): value is Record<string, number> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((n) => typeof n === 'number');
}
