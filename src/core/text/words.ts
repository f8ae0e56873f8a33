// Counting words as a reader would, in English, Russian, Hebrew and Arabic alike.
//
// Intl.Segmenter (granularity 'word', isWordLike) decides what is a word. In scripts written with spaces a
// word is a space-delimited run holding at least one word-like segment: `интернет-рекламу`, `e-mail`, `ב-CRM`,
// `ש”ח`, `(ومحبطة)` and `10,000` are one word each, `—` and `₽` are none. Scripts written without spaces (Chinese,
// Japanese, Thai…) count every word-like segment.
//
// Speed: V8's segmenter costs about 15 µs a call and grows with the length of the string it is given (a 100 kB
// string takes tens of seconds), so it never sees long text. The text is cut at white space; the common runs,
// letters and digits with punctuation around or inside them, are counted without asking (the segmenter would say
// the same: test/unit/fast-paths.test.ts); any other run is asked once and the answer cached, so a 1 MB proposal
// costs a few thousand calls at most.

const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const ONLY_LETTERS = /^[\p{L}\p{M}]+$/u;
const ONLY_DIGITS = /^\p{Nd}+$/u;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
/** Runs joined without spaces are still cut at these: "the result—not clicks", "wait…then". */
const SEPARATORS = /[—―…]+/;

const segmenters = new Map<string, Intl.Segmenter>();
const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/** Forgets the segmenter's answers (see `forgetTextCaches` in rules/helpers.ts). */
export function forgetWordCounts(): void {
  cache.clear();
}

function segmenterFor(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(locale || undefined, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** Words in one run of text without white space. */
export function wordsInRun(run: string, locale?: string): number {
  if (ONLY_LETTERS.test(run)) return NO_SPACE_SCRIPTS.test(run) ? segmentCount(run, locale) : 1;
  if (ONLY_DIGITS.test(run)) return 1;
  if (!HAS_WORD_CHAR.test(run)) return 0;
  if (SEPARATORS.test(run)) {
    let total = 0;
    for (const piece of run.split(SEPARATORS)) if (piece) total += wordsInRun(piece, locale);
    return total;
  }
  return segmentCount(run, locale);
}

function segmentCount(run: string, locale: string | undefined): number {
  const key = `${locale ?? ''}\u0000${run}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let wordLike = 0;
  let spaced = false;
  for (const segment of segmenterFor(locale).segment(run)) {
    if (!segment.isWordLike) continue;
    wordLike++;
    if (!NO_SPACE_SCRIPTS.test(segment.segment)) spaced = true;
  }
  // In a spaced script the run is one word however the segmenter splits it at hyphens and quotes; in a script
  // without spaces each word-like segment is a word.
  const count = spaced ? 1 + countNoSpaceSegments(run, locale) : wordLike;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, count);
  return count;
}

/** Word-like segments of a no-space script inside a mixed run ("Googleで検索" is 1 + 2). */
function countNoSpaceSegments(run: string, locale: string | undefined): number {
  if (!NO_SPACE_SCRIPTS.test(run)) return 0;
  let count = 0;
  for (const segment of segmenterFor(locale).segment(run)) if (segment.isWordLike && NO_SPACE_SCRIPTS.test(segment.segment)) count++;
  return count;
}

/**
 * Calls `onRun(from, to, words, endsSentence)` for each white-space-delimited run of `text[from, to)`, words or
 * none. One pass over the characters answers the common runs without the segmenter: punctuation alone is no word;
 * letters of a spaced script and digits, with punctuation at their edges only ("Dublin.", «Берёза»:, (ومحبطة)), are
 * one; so are such letters with punctuation inside ("30-day", "1,000", "интернет-рекламу") when one of them is a
 * plain letter or digit, which the segmenter always finds a word in, and no "—" or "…" cuts the run in two.
 *
 * A sentence ends at a run of terminators (. ! ? … ؟ ۔ and their kin), perhaps closed by quotes or brackets,
 * before white space: at the run's end, or inside it before a no-break space.
 */
export function scanWords(
  text: string,
  from: number,
  to: number,
  locale: string | undefined,
  onRun: (from: number, to: number, words: number, endsSentence: boolean) => void,
): void {
  let i = from;
  while (i < to) {
    while (i < to && kindOf(text.charCodeAt(i)) === SPACE) i++;
    const start = i;
    let shape = LEADING;
    let plain = false;
    let cut = false;
    let other = false;
    let terminated = false; // the characters so far end in terminators, perhaps closed by quotes or brackets
    let endsInside = false;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      const kind = kindOf(c);
      if (kind === SPACE) break;
      if (kind === LETTER || kind === PLAIN_LETTER) {
        plain ||= kind === PLAIN_LETTER;
        shape = shape === LEADING || shape === WORD ? WORD : INSIDE;
        terminated = false;
      } else {
        if (kind === EDGE) {
          cut ||= c === 0x2014 || c === 0x2026;
          if (shape === WORD) shape = TRAILING;
        } else other = true;
        if (isTerminator(c)) terminated = true;
        else if (terminated && !isCloser(c)) {
          endsInside ||= isInnerSpace(c);
          terminated = false;
        }
      }
    }
    if (i > start) {
      const quick = other ? -1 : shape === LEADING ? 0 : shape !== INSIDE || (plain && !cut) ? 1 : -1;
      const words = quick >= 0 ? quick : wordsInRun(text.slice(start, i), locale);
      onRun(start, i, words, terminated || endsInside);
    }
  }
}

/** . ! ? … ؟ ۔ ‼ ⁇ ⁈ ⁉ 。 ！ ？ */
function isTerminator(c: number): boolean {
  switch (c) {
    case 0x2e: case 0x21: case 0x3f: case 0x2026: case 0x061f: case 0x06d4: case 0x203c: case 0x2047: case 0x2048:
    case 0x2049: case 0x3002: case 0xff01: case 0xff1f:
      return true;
    default:
      return false;
  }
}

/** What may close a sentence after its terminator: » " ” ’ ' ) ] */
function isCloser(c: number): boolean {
  return c === 0xbb || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d;
}

/** White space that does not separate words (see `isSpace`) but does end a sentence after its terminator. */
function isInnerSpace(c: number): boolean {
  return c === 0xa0 || c === 0x202f || c === 0xfeff;
}

/** The shape of a run: edge punctuation only so far, then letters, then punctuation; or punctuation inside. */
const LEADING = 0;
const WORD = 1;
const TRAILING = 2;
const INSIDE = 3;

/** What a character is to `scanWords`: PLAIN_LETTER are letters and digits no segmenter takes for a mark. */
const OTHER = 0;
const SPACE = 1;
const EDGE = 2;
const LETTER = 3;
const PLAIN_LETTER = 4;

/** Below U+0700, where the spaced scripts' letters are, a table; above it, white space and punctuation are few. */
const KINDS = new Uint8Array(0x700).map((_, c) =>
  isSpace(c) ? SPACE : isEdgePunctuation(c) ? EDGE : isPlainLetter(c) ? PLAIN_LETTER : isSpacedWordChar(c) ? LETTER : OTHER,
);

/** ASCII letters and digits, the basic Cyrillic and Arabic letters (not Hebrew: the segmenter finds no word in א'ְ). */
function isPlainLetter(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x400 && c <= 0x45f) ||
    (c >= 0x621 && c <= 0x63a) ||
    (c >= 0x641 && c <= 0x64a)
  );
}

function kindOf(c: number): number {
  if (c < 0x700) return KINDS[c];
  return isSpace(c) ? SPACE : isEdgePunctuation(c) ? EDGE : OTHER;
}

function isEdgePunctuation(c: number): boolean {
  switch (c) {
    case 0x21: case 0x22: case 0x23: case 0x24: case 0x25: case 0x26: case 0x27: case 0x28: case 0x29: case 0x2a:
    case 0x2b: case 0x2c: case 0x2d: case 0x2e: case 0x2f: case 0x3a: case 0x3b: case 0x3f: case 0x5b: case 0x5d:
    case 0xab: case 0xbb: // « »
    case 0x2013: case 0x2014: case 0x2018: case 0x2019: case 0x201c: case 0x201d: case 0x201e: case 0x2026:
    case 0x060c: case 0x061b: case 0x061f: case 0x06d4: // Arabic comma, semicolon, question mark, full stop
    case 0x05be: case 0x05c3: // Hebrew maqaf, sof pasuq
    case 0x20ac: case 0x20bd: case 0x20aa: // € ₽ ₪
      return true;
    default:
      return false;
  }
}

/** Letters and digits of Latin, Greek, Cyrillic, Hebrew and Arabic, with their combining marks. */
function isSpacedWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  if (c >= 0x370 && c <= 0x3ff) return c !== 0x37e && c !== 0x387 && c !== 0x375;
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482;
  if (c >= 0x591 && c <= 0x5f2) return c !== 0x5be && c !== 0x5c0 && c !== 0x5c3 && c !== 0x5c6 && (c <= 0x5c7 || c >= 0x5d0) && c !== 0x5eb;
  if (c >= 0x620 && c <= 0x6ff) return c !== 0x66a && c !== 0x66b && c !== 0x66c && c !== 0x66d && c !== 0x6d4 && c !== 0x6dd && c !== 0x6de && c !== 0x6e9;
  return false;
}

/** Words in plain text (no Markdown). */
export function countWords(text: string, locale?: string): number {
  let total = 0;
  scanWords(text, 0, text.length, locale, (_from, _to, words) => (total += words));
  return total;
}

/**
 * White space that separates words. No-break spaces (U+00A0, U+202F) are left out on purpose: "400 000 ₽" written
 * with one is a single number.
 */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x205f ||
    code === 0x3000
  );
}
