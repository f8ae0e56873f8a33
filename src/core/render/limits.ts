// How long each block may be before the lint panel calls it long, and how fast a client reads. These are the
// preview's own defaults, kept in this one place; when the rules' configuration (src/core/rules/config.ts) carries
// block limits, the preview should read them from there instead.
import type { DocumentKind } from '../types';

/** Words a minute: a careful reader of a business document, in any of the four languages. */
export const READING_WORDS_PER_MINUTE = 200;

/**
 * Word limits per block. A proposal is read by a busy client next to other proposals: "be brief" (003).
 * A brief is an internal document, so its limits are looser. A block without a limit is only counted.
 */
export const BLOCK_WORD_LIMITS: Readonly<Record<DocumentKind, Readonly<Record<string, number>>>> = {
  proposal: {
    goals: 120,
    about: 80,
    achievements: 60,
    team: 150,
    communication: 60,
    cases: 200,
    analysis: 200,
    audit: 200,
    recommendations: 350,
    media_plan: 120,
    scope: 250,
    reporting: 100,
    terms: 150,
    guarantees: 100,
  },
  brief: {
    contacts: 100,
    business: 700,
    expectations: 200,
    access: 150,
    evaluation: 120,
    proposal_criteria: 100,
    constraints: 120,
    notes: 150,
    qualification: 120,
  },
};

/** Blocks a complete document has (003): the brief's eight, the proposal's ten, in their order. */
export const REQUIRED_BLOCKS: Readonly<Record<DocumentKind, readonly string[]>> = {
  brief: ['contacts', 'business', 'expectations', 'access', 'evaluation', 'proposal_criteria', 'constraints', 'notes'],
  proposal: ['about', 'achievements', 'team', 'cases', 'analysis', 'audit', 'recommendations', 'media_plan', 'terms', 'guarantees'],
};
