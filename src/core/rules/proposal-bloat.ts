// proposal-bloat: the proposal, a block, a paragraph or a sentence is longer than clients read; or it piles up
// cases and achievements (003: "many competitors send proposals; it is very hard for the client to get through
// all these huge documents. Help them: make yours clear and as short as it can be… thick packs of cases and
// reviews — nobody will ever read all that").
import type { DataPath } from '../types';
import type { Rule, RuleReport } from './rule';
import { clientText, languageOf, proseAt } from './helpers';
import { message, type MessageId } from '../i18n';
import { countWords } from '../text/words';

/**
 * What separates the items of a list written on one line: "A; B; C", "A · B · C", "أ؛ ب؛ ج". Such a line is read
 * item by item, like a list, so its length is its longest item's.
 */
const ITEM_SEPARATOR = /[;؛·•]/;

const BLOCK_LIMITS: Readonly<Record<string, number>> = {
  about: 120,
  achievements: 80,
  team: 200,
  communication: 80,
  cases: 250,
  analysis: 250,
  audit: 250,
  recommendations: 400,
  media_plan: 200,
  scope: 300,
  reporting: 150,
  goals: 150,
  terms: 200,
  guarantees: 120,
};

const rule: Rule = {
  name: 'proposal-bloat',
  kinds: ['proposal'],
  description: 'The proposal, a block, a paragraph or a sentence is longer than clients read, or it lists too many cases or achievements.',
  sources: ['003'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'length'],
  defaultOptions: {
    maxWords: 1500,
    blockMaxWords: BLOCK_LIMITS,
    maxParagraphWords: 120,
    maxSentenceWords: 40,
    maxCases: 5,
    maxAchievements: 6,
  },
  optionDescriptions: {
    maxWords: 'Words in the whole proposal (every text the client reads).',
    blockMaxWords: 'Words per block, by block name.',
    maxParagraphWords: 'Words in one paragraph or list item.',
    maxSentenceWords: 'Words in one sentence.',
    maxCases: 'Cases listed.',
    maxAchievements: 'Achievements listed.',
  },
  check(context) {
    const options = context.options;
    const maxParagraph = options.maxParagraphWords as number;
    const maxSentence = options.maxSentenceWords as number;
    const blockLimits = options.blockMaxWords as Record<string, number>;
    const perBlock = new Map<string, number>();
    let total = 0;
    const language = languageOf(context.data);
    for (const { path, value } of clientText(context)) {
      const prose = proseAt(context, path, value);
      total += prose.words;
      const block = String(path[0]);
      let blockWords = prose.words;
      for (const paragraph of prose.paragraphs) {
        // A Markdown table (a price table, a package comparison) is scanned cell by cell, not read: its words count
        // toward the whole proposal, not toward its block, and it is no sentence.
        if (/^[ \t]*\|/.test(value.slice(value.lastIndexOf('\n', paragraph.from - 1) + 1, paragraph.to))) {
          blockWords -= paragraph.words;
          continue;
        }
        // One long sentence making a whole paragraph is reported once, as a sentence.
        const onlyLongSentence = paragraph.sentences.length === 1 && paragraph.sentences[0].words > maxSentence;
        if (paragraph.words > maxParagraph && !onlyLongSentence) {
          context.report({ path, span: [paragraph.from, paragraph.to], ...message('rule.bloat.paragraph', { words: paragraph.words, max: maxParagraph }) });
        }
        for (const sentence of paragraph.sentences) {
          if (sentence.words > maxSentence && longestItem(prose.masked.slice(sentence.from, sentence.to), language) > maxSentence) {
            context.report({ path, span: [sentence.from, sentence.to], ...message('rule.bloat.sentence', { words: sentence.words, max: maxSentence }) });
          }
        }
      }
      perBlock.set(block, (perBlock.get(block) ?? 0) + blockWords);
    }
    const maxWords = options.maxWords as number;
    // On the block to shorten first, the longest, which the message names: not on the title.
    const longest = [...perBlock].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (total > maxWords && longest !== undefined) {
      context.report({
        path: [longest],
        ...message('rule.bloat.total', { words: total, max: maxWords, block: { en: longest.replace(/_/g, ' '), other: longest } }),
        ...(aboutTheNorm(total, maxWords) ? { suggestion: true as const } : {}),
      });
    }
    // What 003 warns of is the thick document nobody reads. In a proposal within its length, a block over its norm
    // says where the weight is: a suggestion, not a problem (test/corpus/: a 302-word scope of a 90-day plan).
    const withinLength = total <= maxWords;
    for (const [block, words] of perBlock) {
      const limit = blockLimits[block];
      // A list already told it holds too many items is not told its length as well: one gap, one finding.
      const listLimit = LIST_LIMITS[block];
      if (listLimit && tooMany(context.data[block], options[listLimit] as number)) continue;
      if (limit !== undefined && words > limit) {
        context.report({
          path: [block],
          ...message('rule.bloat.block', { block: { en: block.replace(/_/g, ' '), other: block }, words, max: limit }),
          ...(withinLength || aboutTheNorm(words, limit) ? { suggestion: true as const } : {}),
        });
      }
    }
    countList(context.data.cases, ['cases'], options.maxCases as number, 'rule.bloat.cases', context.report);
    countList(context.data.achievements, ['achievements'], options.maxAchievements as number, 'rule.bloat.achievements', context.report);
  },
};

/**
 * Whether a length is still about its norm ("clients read about 1,500"): over it by a twentieth at most, less than
 * two ways of counting a table or a list differ by. Over it, and only just, the length is a suggestion.
 * (test/corpus/: a 1,520-word proposal and a 306-word scope drew warnings no reader made.)
 */
function aboutTheNorm(words: number, norm: number): boolean {
  return words <= norm * 1.05;
}

/** The words of a sentence's longest item when it is a list on one line, else of the whole sentence. */
function longestItem(text: string, language: string): number {
  if (!ITEM_SEPARATOR.test(text)) return countWords(text, language);
  return Math.max(...text.split(ITEM_SEPARATOR).map((item) => countWords(item, language)));
}

/** The lists whose length is counted in items, by the option that caps them. */
const LIST_LIMITS: Readonly<Record<string, string>> = { cases: 'maxCases', achievements: 'maxAchievements' };

function tooMany(value: unknown, limit: number): value is unknown[] {
  return Array.isArray(value) && value.length > limit;
}

function countList(value: unknown, path: DataPath, limit: number, id: MessageId, report: (r: RuleReport) => void): void {
  if (!tooMany(value, limit)) return;
  report({ path, ...message(id, { count: value.length, max: limit }) });
}

export default rule;
