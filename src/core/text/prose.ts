// A prose value cut into paragraphs and sentences, each with its word count and its [from, to) span in the
// value, in one linear pass. Paragraphs end at blank lines and at list items and headings; sentences end at
// . ! ? … ؟ ۔ (and their doubles) followed by white space. Cutting too often (after "e.g.") only makes sentences
// shorter, which is the safe side for a length limit.
import { maskMarkdown, type MaskedMarkdown } from './markdown';
import { scanWords } from './words';

export interface Stretch {
  /** [from, to) in the value, trimmed of white space and Markdown markers. */
  readonly from: number;
  readonly to: number;
  readonly words: number;
}

export interface Paragraph extends Stretch {
  readonly sentences: readonly Stretch[];
}

export interface Prose {
  readonly words: number;
  readonly paragraphs: readonly Paragraph[];
  /** The value with Markdown syntax turned into spaces (same offsets): what phrase searches should look at. */
  readonly masked: string;
}

/** `mask`: the value's maskMarkdown, when the caller has it already. */
export function analyzeProse(value: string, locale?: string, mask: MaskedMarkdown = maskMarkdown(value)): Prose {
  const { text: masked, blockStarts } = mask;
  const paragraphs: Paragraph[] = [];
  let total = 0;
  let sentences: Stretch[] = [];
  let paragraphWords = 0;
  let sentenceFrom = -1;
  let sentenceTo = -1;
  let sentenceWords = 0;
  const endSentence = () => {
    if (sentenceWords > 0) sentences.push({ from: sentenceFrom, to: sentenceTo, words: sentenceWords });
    sentenceWords = 0;
  };
  const endParagraph = () => {
    endSentence();
    if (paragraphWords > 0) {
      paragraphs.push({ from: sentences[0].from, to: sentences[sentences.length - 1].to, words: paragraphWords, sentences });
      total += paragraphWords;
      sentences = [];
    }
    paragraphWords = 0;
  };
  let blockIndex = 0;
  let newline = masked.indexOf('\n');
  // One pass over the runs of the whole value. What lies between two runs (white space only) says whether a
  // paragraph ended there: a blank line (two line breaks), or the start of a list item or heading.
  scanWords(masked, 0, masked.length, locale, (from, to, words, endsSentence) => {
    let breaks = false;
    for (; blockIndex < blockStarts.length && blockStarts[blockIndex] <= from; blockIndex++) breaks = true;
    let lineBreaks = 0;
    for (; newline !== -1 && newline < from; newline = masked.indexOf('\n', newline + 1)) lineBreaks++;
    if (breaks || lineBreaks >= 2) endParagraph();
    if (words > 0) {
      if (sentenceWords === 0) sentenceFrom = from;
      sentenceTo = to;
      sentenceWords += words;
      paragraphWords += words;
    }
    if (endsSentence) endSentence();
  });
  endParagraph();
  return { words: total, paragraphs, masked };
}
