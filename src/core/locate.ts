// From a data path (['budget', 'monthly']) back to the exact text in the source: the key, the value, or a
// stretch inside a long Markdown value. This is what puts a finding on the word that is wrong.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { ParsedDocument } from './parse';
import type { DataPath, Range } from './types';

export interface Located {
  /** The node at the end of the path, or of the longest prefix of it that exists. */
  node?: Node;
  /** The mapping entry holding that node, when it is the value of a key. */
  pair?: Pair;
  /** How many segments of the path were found. */
  depth: number;
}

export function locate(parsed: ParsedDocument, path: DataPath): Located {
  let node = parsed.yaml?.contents as Node | null | undefined;
  let pair: Pair | undefined;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const next = node.items.find((item) => keyMatches(item.key, segment));
      if (!next) break;
      pair = next as Pair;
      node = next.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      pair = undefined;
      node = node.items[segment] as Node | null;
    } else break;
    depth++;
    if (!node) break;
  }
  return { node: node ?? undefined, pair, depth };
}

function keyMatches(key: unknown, segment: string | number): boolean {
  return isScalar(key) ? String(key.value) === String(segment) : false;
}

export type Part = 'key' | 'value' | 'entry';

/**
 * The range of a path's key (`monthly`), its value (`-10`) or the entry (both). A path that does not fully exist
 * falls back to its deepest existing ancestor's key, so a finding is never thrown to the top of the file.
 * A long value is narrowed to its first line: underlining a whole block of prose helps nobody.
 */
export function rangeOf(parsed: ParsedDocument, path: DataPath, part: Part = 'value'): Range {
  const { lines } = parsed;
  const found = locate(parsed, path);
  const complete = found.depth === path.length;
  const keyRange = found.pair && isScalar(found.pair.key) ? found.pair.key.range : undefined;
  if ((part === 'key' || !complete || !found.node?.range) && keyRange) return lines.range(keyRange[0], keyRange[1]);
  const valueRange = found.node?.range;
  if (!valueRange) return firstLine(parsed);
  const start = part === 'entry' && keyRange ? keyRange[0] : valueRange[0];
  const startLine = lines.positionAt(start).line;
  const end = Math.min(valueRange[1], lines.lineEnd(startLine));
  return lines.range(start, end > start ? end : valueRange[1]);
}

/** The first line with content: the place for findings about the whole document. */
export function firstLine(parsed: ParsedDocument): Range {
  const { lines } = parsed;
  const first = parsed.yaml?.contents?.range?.[0] ?? 0;
  const line = lines.positionAt(first).line;
  return lines.lineRange(line);
}

/**
 * The source range of characters [from, to) of a string value, found by aligning the value with its source
 * text: quotes, escapes, indentation and folded line breaks are skipped over, so this works for plain, quoted and
 * block scalars alike. Falls back to the value's first line when the node has no source.
 */
export function rangeInScalar(parsed: ParsedDocument, path: DataPath, from: number, to: number): Range {
  const { node } = locate(parsed, path);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return rangeOf(parsed, path);
  const offsets = alignScalar(node.value, parsed.text, node.range[0], node.range[1]);
  const start = offsets[Math.max(0, Math.min(from, offsets.length - 1))];
  const last = offsets[Math.max(0, Math.min(to - 1, offsets.length - 1))];
  return parsed.lines.range(start, Math.max(start, last + 1));
}

const MAX_SKIP = 12;

/** For each character of `value`, its offset in `text` between `start` and `end`. */
export function alignScalar(value: string, text: string, start: number, end: number): Int32Array {
  const offsets = new Int32Array(Math.max(1, value.length));
  let source = skipHeader(text, start, end);
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (isSpace(c)) {
      // A space or newline in the value may stand for a line break and indentation in the source.
      offsets[i] = Math.min(source, end);
      if (source < end && isSpace(text[source])) while (source < end && isSpace(text[source])) source++;
      continue;
    }
    // Only quotes and escapes (`\u00e9`, `''`) stand between a value's character and its source: look a
    // few characters ahead, never to the end, which would make long values quadratic.
    const limit = Math.min(end, source + MAX_SKIP);
    let probe = source;
    while (probe < limit && text[probe] !== c) probe++;
    if (probe >= limit) {
      offsets[i] = Math.min(source, end); // an escape turned into another character: stay put
      continue;
    }
    offsets[i] = probe;
    source = probe + 1;
  }
  if (value.length === 0) offsets[0] = start;
  return offsets;
}

/** Past a block scalar's `|` or `>` header line, if there is one. */
function skipHeader(text: string, start: number, end: number): number {
  if (text[start] !== '|' && text[start] !== '>') return start;
  const newline = text.indexOf('\n', start);
  return newline === -1 || newline > end ? end : newline + 1;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}
