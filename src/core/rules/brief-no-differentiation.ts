// brief-no-differentiation: the brief states no real advantage (000: "it is on you to give your supplier your
// differentiation, no fluff, a real one that stops the scroll"; 004: a shop owner who says "my company is tiny,
// so my shop has nothing special" cannot be promoted beyond its city).
import { maskMarkdown } from '../text/markdown';
import { countWords } from '../text/words';
import type { Rule } from './rule';
import { absentBlockReport } from './add-block';
import { isRecord, languageOf, proseAt, quote } from './helpers';
import { claimsNoAdvantage, genericClaims } from './lexicon/generic-claims';
import { isUnanswered } from './lexicon/placeholders';
import { message } from '../i18n';

const rule: Rule = {
  name: 'brief-no-differentiation',
  kinds: ['brief'],
  description: 'The brief states no real advantage over competitors: none at all, a few words, or only claims everybody makes ("high quality", "best prices", "individual approach").',
  sources: ['000', '004'],
  defaultSeverity: 'warning',
  tags: ['brief', 'content'],
  defaultOptions: { minWords: 5, maxGenericWords: 8 },
  optionDescriptions: {
    minWords: 'Fewer words than this in `business.advantages` is too short to set the client apart.',
    maxGenericWords: 'A point holding a generic claim, no figure and at most this many other words is generic.',
  },
  check(context) {
    const business = isRecord(context.data.business) ? context.data.business : undefined;
    const advantages = business?.advantages;
    if (typeof advantages !== 'string' || isUnanswered(advantages)) {
      context.report({
        ...(business ? { path: 'advantages' in business ? ['business', 'advantages'] : ['business'] } : absentBlockReport(context, 'business', { withFix: false })),
        ...message('rule.differentiation.none'),
      });
      return;
    }
    const path = ['business', 'advantages'];
    const prose = proseAt(context, path, advantages);
    if (claimsNoAdvantage(prose.masked) && prose.words <= 25) {
      context.report({ path, ...message('rule.differentiation.nothing') });
      return;
    }
    if (prose.words < (context.options.minWords as number)) {
      context.report({ path, ...message('rule.differentiation.short', { advantages: quote(advantages, 40) }) });
      return;
    }
    // Each point (list item or paragraph, else sentence) is generic if it holds a stock claim, no figure, and
    // little else. All points generic: no real difference is stated.
    const points = prose.paragraphs.length > 1 ? prose.paragraphs : prose.paragraphs.flatMap((p) => p.sentences);
    const claims: string[] = [];
    const limit = context.options.maxGenericWords as number;
    const language = languageOf(context.data);
    const allGeneric = points.every((point) => {
      const text = prose.masked.slice(point.from, point.to);
      const found = genericClaims(text);
      if (found.length === 0 || /\p{Nd}/u.test(text)) return false;
      let rest = text;
      for (const [from, to] of [...found].reverse()) rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
      if (countWords(maskMarkdown(rest).text, language) > limit) return false;
      for (const [from, to] of found) claims.push(`"${text.slice(from, to)}"`);
      return true;
    });
    if (points.length > 0 && allGeneric) {
      context.report({
        path,
        ...message('rule.differentiation.generic', { claims: { list: [...new Set(claims)].slice(0, 4) } }),
      });
    }
  },
};

export default rule;
