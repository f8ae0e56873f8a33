// proposal-unrealistic-promise: a promise of the best results within a month or of a guaranteed top position
// (000: "you promise the client unreasonable results: that within one month you will deliver the best results
// they ever dreamt of").
import type { Rule } from './rule';
import { clientText, languageOf, maskedAt, quote } from './helpers';
import { findPromises } from './lexicon/promises';
import { message } from '../i18n';

const rule: Rule = {
  name: 'proposal-unrealistic-promise',
  kinds: ['proposal'],
  description: 'A promise no agency can keep: the best results within a month, guaranteed top positions, guaranteed sales.',
  sources: ['000'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'language'],
  check(context) {
    const language = languageOf(context.data);
    for (const { path, value } of clientText(context)) {
      const { text: masked } = maskedAt(context, path, value);
      for (const [from, to] of findPromises(masked, language)) {
        context.report({
          path,
          span: [from, to],
          ...message('rule.promise', { promise: quote(value.slice(from, to), 50) }),
        });
      }
    }
  },
};

export default rule;
