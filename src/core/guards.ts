// Limits applied before the YAML parser sees a text. Some inputs are not worth parsing (binary files, texts far
// larger than any proposal: parse.ts refuses those) and some can take the whole process down: the `yaml` parser
// recurses once per level of nesting, and flow brackets nested some thousands deep have aborted Node 20 outright.
// An extension host that dies takes every other extension with it, so depth is measured here, by a linear scan
// that never recurses.

export interface GuardLimits {
  /** Largest text that is parsed at all, in bytes of UTF-8: the size of the file on disk, as the user sees it. */
  maxBytes: number;
  /** Deepest nesting of mappings, lists and flow brackets that is parsed. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: GuardLimits = { maxBytes: 4 * 1024 * 1024, maxDepth: 128 };

/**
 * Whether `text` takes more than `limit` bytes in UTF-8. A UTF-16 code unit is one to three bytes, so a text of
 * at most a third of the limit is judged by its length alone, without counting.
 */
export function exceedsBytes(text: string, limit: number): boolean {
  return text.length * 3 > limit && utf8Bytes(text) > limit;
}

/** The size of `text` in UTF-8, counted without encoding it (the core runs in browsers too, without Buffer). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one character of four bytes
      i++;
    } else bytes += 3; // the rest of the plane, and a lone surrogate, which UTF-8 writes as U+FFFD
  }
  return bytes;
}

/** Where nesting first goes deeper than the limit. */
export interface TooDeep {
  kind: 'too-deep';
  depth: number;
  limit: number;
  offset: number;
}

/**
 * Finds the first place where nesting exceeds `limit`. Block nesting is counted from indentation (and from
 * compact `- - -` items on one line); flow nesting from brackets outside quotes, comments and block scalars.
 * It over-counts rather than under-counts: a false alarm needs over a hundred levels, which no brief has.
 */
export function findExcessiveDepth(text: string, limit: number): TooDeep | undefined {
  return measureNesting(text, limit).tooDeep;
}

/**
 * `findExcessiveDepth`, and whether the text ends inside flow brackets it opened. Texts that close their brackets
 * nest no deeper one after the other than each does alone (parse.ts reads blocks checked one by one as a whole).
 */
export function measureNesting(text: string, limit: number): { tooDeep?: TooDeep; endsInFlow: boolean } {
  const indents: number[] = [];
  let flowDepth = 0;
  let blockScalarIndent = -1; // > -1 while inside a literal or folded block scalar
  let offset = 0;
  while (offset <= text.length) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    let indent = 0;
    while (offset + indent < end && text.charCodeAt(offset + indent) === SPACE) indent++;
    const first = text.charCodeAt(offset + indent);
    const blank = offset + indent >= end || first === CR;
    if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
      offset = end + 1;
      continue;
    }
    blockScalarIndent = -1;
    if (!blank && first !== HASH) {
      if (flowDepth === 0) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
      }
      const line = scanLine(text, offset + indent, end, flowDepth);
      flowDepth = line.flowDepth;
      const depth = indents.length + line.compactItems + line.maxFlowDepth;
      if (depth > limit) return { tooDeep: { kind: 'too-deep', depth, limit, offset: line.deepestAt }, endsInFlow: flowDepth > 0 };
      if (line.opensBlockScalar) blockScalarIndent = indent;
    }
    offset = end + 1;
  }
  return { endsInFlow: flowDepth > 0 };
}

interface LineScan {
  flowDepth: number;
  maxFlowDepth: number;
  deepestAt: number;
  compactItems: number;
  opensBlockScalar: boolean;
}

function scanLine(text: string, start: number, end: number, flowDepth: number): LineScan {
  let compactItems = 0;
  let i = start;
  // `- - - x` nests a list in a list on one line; `? ` opens a complex key the same way.
  while (i + 1 < end && (text.charCodeAt(i) === DASH || text.charCodeAt(i) === QUESTION) && text.charCodeAt(i + 1) === SPACE) {
    compactItems++;
    i += 2;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
  }
  let maxFlowDepth = flowDepth;
  let deepestAt = i;
  let quote = 0;
  let previous = SPACE;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) {
        if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) i++;
        else quote = 0;
      } else if (c === BACKSLASH && quote === DOUBLE_QUOTE) i++;
      continue;
    }
    if (c === HASH && (previous === SPACE || previous === TAB)) break;
    if ((c === DOUBLE_QUOTE || c === SINGLE_QUOTE) && opensQuote(previous)) quote = c;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      flowDepth++;
      if (flowDepth > maxFlowDepth) {
        maxFlowDepth = flowDepth;
        deepestAt = i;
      }
    } else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && flowDepth > 0) flowDepth--;
    previous = c;
  }
  const line = text.slice(start, end);
  const opensBlockScalar = flowDepth === 0 && (line.includes('|') || line.includes('>')) && BLOCK_SCALAR_HEADER.test(line);
  return { flowDepth, maxFlowDepth, deepestAt, compactItems, opensBlockScalar };
}

/** A `|` or `>` header (indicators, then perhaps a comment) ending the line. */
const BLOCK_SCALAR_HEADER = /(^|[\s:-])[|>][0-9+-]*\s*(#.*)?$/;

/** A quote opens a quoted scalar after white space, a comma, a bracket, a colon or a dash. */
function opensQuote(previous: number): boolean {
  return /[\s,[{:-]/.test(String.fromCharCode(previous));
}

const TAB = 9;
const CR = 13;
const SPACE = 32;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const SINGLE_QUOTE = 39;
const DASH = 45;
const QUESTION = 63;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
