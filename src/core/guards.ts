// Limits applied before the YAML parser sees a text. Some inputs are not worth parsing (binary files, texts far
// larger than any proposal: parse.ts refuses those) and some can take the whole process down: the `yaml` parser
// recurses once per level of nesting, and flow brackets nested some thousands deep have aborted Node 20 outright.
// An extension host that dies takes every other extension with it, so depth is measured here, by a linear scan
// that never recurses.

export interface GuardLimits {
  /** Largest text, in UTF-16 code units (about bytes for Latin text), that is parsed at all. */
  maxLength: number;
  /** Deepest nesting of mappings, lists and flow brackets that is parsed. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: GuardLimits = { maxLength: 4 * 1024 * 1024, maxDepth: 128 };

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
  const indents: number[] = [];
  let flowDepth = 0;
  let blockScalarIndent = -1; // > -1 while inside a literal or folded block scalar
  let offset = 0;
  while (offset <= text.length) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    let indent = 0;
    while (offset + indent < end && text.charCodeAt(offset + indent) === 32) indent++;
    const blank = offset + indent >= end || text[offset + indent] === '\r';
    if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
      offset = end + 1;
      continue;
    }
    blockScalarIndent = -1;
    if (!blank && text[offset + indent] !== '#') {
      if (flowDepth === 0) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
      }
      const line = scanLine(text, offset + indent, end, flowDepth);
      flowDepth = line.flowDepth;
      const depth = indents.length + line.compactItems + line.maxFlowDepth;
      if (depth > limit) return { kind: 'too-deep', depth, limit, offset: line.deepestAt };
      if (line.opensBlockScalar) blockScalarIndent = indent;
    }
    offset = end + 1;
  }
  return undefined;
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
  while (i + 1 < end && (text[i] === '-' || text[i] === '?') && text[i + 1] === ' ') {
    compactItems++;
    i += 2;
    while (i < end && text[i] === ' ') i++;
  }
  let maxFlowDepth = flowDepth;
  let deepestAt = i;
  let quote = '';
  let previous = ' ';
  for (; i < end; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = '';
      } else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '#' && (previous === ' ' || previous === '\t')) break;
    if ((c === '"' || c === "'") && /[\s,[{:-]/.test(previous)) quote = c;
    else if (c === '[' || c === '{') {
      flowDepth++;
      if (flowDepth > maxFlowDepth) {
        maxFlowDepth = flowDepth;
        deepestAt = i;
      }
    } else if ((c === ']' || c === '}') && flowDepth > 0) flowDepth--;
    previous = c;
  }
  const opensBlockScalar = flowDepth === 0 && /(^|[\s:-])[|>][0-9+-]*\s*(#.*)?$/.test(text.slice(start, end));
  return { flowDepth, maxFlowDepth, deepestAt, compactItems, opensBlockScalar };
}
