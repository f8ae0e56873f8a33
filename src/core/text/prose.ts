// A prose value cut into paragraphs and sentences, each with its word count and its [from, to) span in the
// value, in one linear pass. Paragraphs end at blank lines and at list items and headings; sentences end at
// . ! ? … ؟ ۔ (and their doubles) followed by white space. Cutting too often (after "e.g.") only makes sentences
// shorter, which is the safe side for a length limit.
import { maskMarkdown, type MaskedMarkdown } from './markdown';
import { isSpace, scanWords } from './words';

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

/** A terminator run, closing quotes or brackets after it, then white space or the end. */
const SENTENCE_END = /[.!?…؟۔‼⁇⁈⁉。！？]+[»"”’'’)\]]*(?=\s|$)/g;

/** `mask`: the value's maskMarkdown, when the caller has it already. */
export function analyzeProse(value: string, locale?: string, mask: MaskedMarkdown = maskMarkdown(value)): Prose {
  const { text: masked, blockStarts } = mask;
  const paragraphs: Paragraph[] = [];
  let total = 0;
  let blockIndex = 0;
  let paragraphStart = -1;
  let offset = 0;
  const close = (end: number) => {
    if (paragraphStart >= 0) {
      const paragraph = measureParagraph(masked, paragraphStart, end, locale);
      if (paragraph) {
        paragraphs.push(paragraph);
        total += paragraph.words;
      }
    }
    paragraphStart = -1;
  };
  while (offset <= masked.length) {
    let end = masked.indexOf('\n', offset);
    if (end === -1) end = masked.length;
    while (blockIndex < blockStarts.length && blockStarts[blockIndex] < offset) blockIndex++;
    if (isBlank(masked, offset, end)) {
      close(offset);
    } else {
      if (blockIndex < blockStarts.length && blockStarts[blockIndex] === offset) close(offset);
      if (paragraphStart < 0) paragraphStart = offset;
    }
    offset = end + 1;
  }
  close(masked.length);
  return { words: total, paragraphs, masked };
}

function measureParagraph(masked: string, from: number, to: number, locale: string | undefined): Paragraph | undefined {
  const ends = sentenceEnds(masked, from, to);
  const sentences: Stretch[] = [];
  let words = 0;
  let next = 0;
  let sentenceFrom = -1;
  let sentenceTo = -1;
  let sentenceWords = 0;
  const flush = () => {
    if (sentenceFrom >= 0 && sentenceWords > 0) sentences.push({ from: sentenceFrom, to: sentenceTo, words: sentenceWords });
    sentenceFrom = -1;
    sentenceWords = 0;
  };
  scanWords(masked, from, to, locale, (runFrom, runTo, runWords) => {
    // A sentence end standing alone ("word … Next") closes the sentence before this run.
    while (next < ends.length && ends[next] <= runFrom) {
      flush();
      next++;
    }
    if (sentenceFrom < 0) sentenceFrom = runFrom;
    sentenceTo = runTo;
    sentenceWords += runWords;
    words += runWords;
    if (next < ends.length && ends[next] <= runTo) {
      flush();
      while (next < ends.length && ends[next] <= runTo) next++;
    }
  });
  flush();
  if (words === 0) return undefined;
  return { from: sentences[0].from, to: sentences[sentences.length - 1].to, words, sentences };
}

/** Offsets just past each sentence end in [from, to). The paragraph alone is searched: linear overall. */
function sentenceEnds(masked: string, from: number, to: number): number[] {
  const slice = masked.slice(from, to);
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  // test() leaves lastIndex just past the match: no match object made for each sentence.
  while (SENTENCE_END.test(slice)) ends.push(from + SENTENCE_END.lastIndex);
  return ends;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
