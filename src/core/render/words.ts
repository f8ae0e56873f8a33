// Counting words the same way in English, Russian, Hebrew and Arabic: Intl.Segmenter knows where words start and
// end in each (Hebrew and Arabic prefixes, Cyrillic, numbers), so no language gets a regular expression of its own.
// Markdown marks (`**`, `-`, `#`) are not word-like segments, so prose is counted as the client will read it.

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter | undefined {
  if (typeof Intl.Segmenter !== 'function') return undefined;
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    }
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** The number of words in a text. */
export function countWords(text: string, locale = 'en'): number {
  if (!text) return 0;
  const segmenter = segmenterFor(locale);
  if (!segmenter) return text.split(/[\s\p{P}\p{S}]+/u).filter(Boolean).length;
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** Every string below a value (keys, numbers and flags excluded), joined: what a block says, for counting. */
export function textOf(value: unknown, depth = 0): string {
  if (depth > 64) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => textOf(item, depth + 1)).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map((item) => textOf(item, depth + 1)).join('\n');
  return '';
}
