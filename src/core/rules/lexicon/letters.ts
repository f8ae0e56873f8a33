// Phrase searches over long text run fastest without Unicode mode and without case folding: V8's regular
// expressions on two-byte strings (any Russian, Hebrew or Arabic text) are several times slower with the `u` and
// `i` flags. So the text is lower-cased once (keeping its length, hence every offset) and the patterns, written in
// lower case, use this explicit class of letters and digits instead of \p{L}\p{N}.

/** Letters and digits of Latin, Greek, Cyrillic, Hebrew and Arabic (lower case, with combining marks). */
export const LETTER_CLASS =
  '0-9a-zA-Z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u0481\\u048a-\\u052f' +
  '\\u0591-\\u05bd\\u05bf\\u05c1\\u05c2\\u05c4\\u05c5\\u05c7\\u05d0-\\u05ea\\u05f0-\\u05f2\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06ff';

/** One letter or digit. */
export const LETTER = `[${LETTER_CLASS}]`;
/** Anything else. */
export const NOT_LETTER = `[^${LETTER_CLASS}]`;

/** The text in lower case, with exactly its length: a character whose lower case is longer stays as it is. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}
