// proposal-jargon: agency jargon in a proposal for a client who is new to online marketing (003: "speak the
// client's language. Mind how much they know about online marketing; do not pour special terms on them if they
// never meet them in their life. It will be hard for them to follow you").
import type { Rule } from './rule';
import { clientText, isRecord, languageOf, linkedBrief, maskedAt } from './helpers';
import { findJargon, jargonMatcher } from './lexicon/jargon';
import { message, ref } from '../i18n';

const rule: Rule = {
  name: 'proposal-jargon',
  kinds: ['proposal'],
  description: 'Agency jargon (CTR, ROMI, retargeting, funnel…) in a proposal for a client the proposal or its brief calls a novice; a hint where neither says.',
  sources: ['003'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'language'],
  defaultOptions: { expertise: ['novice'], allow: [], terms: [] },
  optionDescriptions: {
    expertise: 'The levels of `client.expertise` (in the proposal or its brief) for which jargon is reported.',
    allow: 'Terms this client does use, never reported (matched without regard to case).',
    terms: 'More terms to report, as written.',
  },
  check(context) {
    const levels = context.options.expertise as string[];
    const own = isRecord(context.data.client) ? context.data.client.expertise : undefined;
    const brief = linkedBrief(context);
    const theirs = brief.state === 'ok' && isRecord(brief.data.client) ? brief.data.client.expertise : undefined;
    const whose = levels.includes(own as string) ? 'proposal' : levels.includes(theirs as string) ? 'brief' : undefined;
    // Real documents rarely say how much the client knows (test/corpus/): unstated, jargon is a suggestion (a hint).
    const unstated = own === undefined && theirs === undefined;
    if (!whose && !unstated) return;
    const level = whose === 'proposal' ? own : theirs;
    const allowed = new Set((context.options.allow as string[]).map((term) => term.toLowerCase()));
    const matcher = jargonMatcher(languageOf(context.data), context.options.terms as string[]);
    for (const { path, value } of clientText(context)) {
      const { text: masked } = maskedAt(context, path, value);
      for (const hit of findJargon(masked, matcher)) {
        if (allowed.has(hit.term.toLowerCase())) continue;
        const instead = hit.plain ? ref('rule.jargon.say', { plain: hit.plain }) : ref('rule.jargon.ownWords');
        context.report({
          path,
          span: [hit.from, hit.to],
          ...(whose
            ? message('rule.jargon.term', { term: hit.term, level: String(level), source: whose === 'brief' ? ref('rule.jargon.soSaysTheBrief') : '', instead })
            : { ...message('rule.jargon.unknownLevel', { term: hit.term, instead }), suggestion: true as const }),
        });
      }
    }
  },
};

export default rule;
