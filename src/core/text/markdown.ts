// Markdown syntax hidden from the word counter without moving a single character: every marker (emphasis,
// bullets, heading hashes, a link's URL, code, HTML) becomes a space, so offsets in the masked text are offsets
// in the value and a finding's span lands on the same characters the writer sees. One pass, line by line.

export interface MaskedMarkdown {
  /** The value with Markdown syntax replaced by spaces; same length, line breaks kept. */
  readonly text: string;
  /** Offsets where a new block starts inside a run of non-blank lines: list items, headings, the line after a heading. */
  readonly blockStarts: readonly number[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S/;
const RULE_OR_TABLE_DELIMITER = /^[ \t]*(?:(?:[-*_][ \t]*){3,}|\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?)[ \t]*$/;
/** Blockquote markers, then a list bullet or number (with an optional task box), or a heading. */
const LINE_START = /^[ \t]*(?:>[ \t]?)*(?:([-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?(?=[ \t]|$)|(#{1,6})(?=[ \t]|$))?/;
/**
 * Inline syntax, in order of precedence: escapes, code spans, HTML comments, autolinks, tags, images, the tail of
 * a link (`](url)` or `][ref]`), footnote marks, an opening bracket, bare URLs, emphasis runs and table pipes.
 */
const INLINE =
  /\\[!-\/:-@[-`{-~]|(`+)|<!--[\s\S]*?-->|<(?:[A-Za-z][A-Za-z0-9+.-]*:|www\.)[^>\s]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>|!\[[^\]\n]*\]\([^)\n]*\)|\]\([^)\n]*\)|\]\[[^\]\n]*\]|\[\^[^\]\n]+\]|\[|(?:https?:\/\/|www\.)[^\s<>()]+|\*+|~~+|_+|\|/g;

/**
 * Where none of these is, there is no syntax to hide: no inline marker, no URL, no tab, no line that starts like a
 * list item, a heading, a quote, a rule or a table. Such a value (a name, a title, plain prose) is its own mask.
 */
const MAYBE_MARKDOWN = /[\\`<!\[\]*~_|#>\t]|https?:\/\/|www\.|(?:^|\n) *[-+:\d]/;

export function maskMarkdown(value: string): MaskedMarkdown {
  if (!MAYBE_MARKDOWN.test(value)) return { text: value, blockStarts: [] };
  const blanks: number[] = []; // [from, to) pairs, in order
  const blockStarts: number[] = [];
  let fence = '';
  let afterHeading = false;
  let offset = 0;
  while (offset <= value.length) {
    let end = value.indexOf('\n', offset);
    if (end === -1) end = value.length;
    const line = value.slice(offset, end);
    if (fence) {
      blanks.push(offset, end);
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = '';
    } else {
      // Fences, link definitions, rules and table delimiters all start with one of these; most lines do not.
      const first = line.trimStart()[0];
      const special = first === '`' || first === '~' || first === '[' || first === '-' || first === '*' || first === '_' || first === '|' || first === ':';
      const opening = special ? FENCE.exec(line) : null;
      if (opening) {
        fence = opening[1];
        blanks.push(offset, end);
      } else if (special && (LINK_DEFINITION.test(line) || RULE_OR_TABLE_DELIMITER.test(line))) {
        blanks.push(offset, end);
      } else {
        if (afterHeading && line.trim() !== '') blockStarts.push(offset);
        afterHeading = false;
        const start = LINE_START.exec(line);
        let inlineFrom = offset;
        if (start && start[0].length > 0) {
          blanks.push(offset, offset + start[0].length);
          inlineFrom = offset + start[0].length;
          if (start[1] || start[2]) blockStarts.push(offset);
          if (start[2]) {
            afterHeading = true;
            // Closing hashes of an ATX heading: "## Title ##".
            const closing = /[ \t]#+[ \t]*$/.exec(line);
            if (closing && offset + closing.index >= inlineFrom) {
              maskInline(value, inlineFrom, offset + closing.index, blanks);
              blanks.push(offset + closing.index, end);
              offset = end + 1;
              continue;
            }
          }
        }
        maskInline(value, inlineFrom, end, blanks);
      }
    }
    offset = end + 1;
  }
  return { text: applyBlanks(value, blanks), blockStarts };
}

function maskInline(value: string, from: number, to: number, blanks: number[]): void {
  if (from >= to) return;
  // The line alone is searched, so a line without syntax never sends the search through the rest of the text.
  const line = value.slice(from, to);
  INLINE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = INLINE.exec(line)) !== null) {
    const start = match.index;
    const token = match[0];
    let stop = start + token.length;
    if (match[1]) {
      // A code span: the closing run of the same length, on the same line. Code is not prose: hide it all.
      const close = findClosingBackticks(line, stop, token.length);
      if (close !== -1) stop = close + token.length;
    } else if (token[0] === '_' && isWordChar(line[start - 1]) && isWordChar(line[stop])) {
      // snake_case stays a word; only underscores at a word's edge are emphasis.
      continue;
    }
    blanks.push(from + start, from + stop);
    INLINE.lastIndex = stop;
  }
}

function findClosingBackticks(line: string, from: number, length: number): number {
  let at = line.indexOf('`', from);
  while (at !== -1) {
    let run = 0;
    while (line[at + run] === '`') run++;
    if (run === length) return at;
    at = line.indexOf('`', at + run);
  }
  return -1;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Rebuilds the value with each [from, to) range turned into spaces (line breaks inside a range are kept). */
function applyBlanks(value: string, blanks: number[]): string {
  if (blanks.length === 0) return value;
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < blanks.length; i += 2) {
    const from = Math.max(blanks[i], at);
    const to = blanks[i + 1];
    if (to <= from) continue;
    parts.push(value.slice(at, from));
    const hidden = value.slice(from, to);
    parts.push(hidden.includes('\n') ? hidden.replace(/[^\n]/g, ' ') : ' '.repeat(to - from));
    at = to;
  }
  parts.push(value.slice(at));
  return parts.join('');
}
