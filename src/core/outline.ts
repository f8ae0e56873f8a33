// The document's outline, for the editor's Outline view and breadcrumbs: each top-level block with the schema's
// title beside its key, the fields of a block, and each list item named by what it is about (a team member's
// name, a goal, a case's title). Read from the syntax tree, so a document with a broken block still has one.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { schemaAt } from './complete';
import type { ParsedDocument } from './parse';
import type { DataPath, DocumentKind } from './types';

export interface OutlineEntry {
  name: string;
  /** The schema's title for a field, the item's number for a list item. */
  detail: string;
  kind: 'block' | 'field' | 'list' | 'item';
  /** Offsets [start, end) of the whole entry, and of what names it (the key, or the item). */
  range: readonly [number, number];
  selection: readonly [number, number];
  children: OutlineEntry[];
}

/** How deep the outline goes below the top level: blocks, their fields or items, and the fields of those. */
const MAX_DEPTH = 3;
/** The fields that name a list item, in order of preference. */
const NAMING_FIELDS = ['name', 'title', 'goal', 'metric', 'channel', 'tool', 'question', 'item', 'what', 'role'];
const MAX_NAME = 60;

export function outline(parsed: ParsedDocument, kind?: DocumentKind): OutlineEntry[] {
  const contents = (parsed.usable ? parsed.yaml : (parsed.partial?.yaml ?? parsed.yaml))?.contents;
  return isMap(contents) ? pairsOf(contents.items as Pair[], [], kind, 1) : [];
}

function pairsOf(pairs: readonly Pair[], path: DataPath, kind: DocumentKind | undefined, depth: number): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const pair of pairs) {
    if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const value = pair.value as Node | null;
    const keyRange = pair.key.range;
    const end = Math.max(keyRange[1], value?.range?.[1] ?? 0);
    const at = [...path, key];
    entries.push({
      name: key,
      detail: (kind && schemaAt(kind, at)?.title) || '',
      kind: depth === 1 ? 'block' : isSeq(value) ? 'list' : 'field',
      range: [keyRange[0], end],
      selection: [keyRange[0], keyRange[1]],
      children: depth < MAX_DEPTH ? childrenOf(value, at, kind, depth + 1) : [],
    });
  }
  return entries;
}

function childrenOf(value: Node | null, path: DataPath, kind: DocumentKind | undefined, depth: number): OutlineEntry[] {
  if (isMap(value)) return pairsOf(value.items as Pair[], path, kind, depth);
  if (!isSeq(value)) return [];
  return value.items.flatMap((item, index) => {
    const node = item as Node | null;
    if (!node?.range) return [];
    const [start, , end] = node.range;
    return [{
      name: itemName(node) || `${index + 1}`,
      detail: `${index + 1}`,
      kind: 'item' as const,
      range: [start, end] as const,
      selection: [start, Math.min(end, node.range[1])] as const,
      children: depth < MAX_DEPTH && isMap(node) ? pairsOf(node.items as Pair[], [...path, index], kind, depth + 1) : [],
    }];
  });
}

/** A list item named by its naming field, or its first plain value, on one line and not too long. */
function itemName(node: Node): string {
  let text: unknown;
  if (isScalar(node)) text = node.value;
  else if (isMap(node)) {
    const pairs = node.items as Pair[];
    const byName = (name: string) => pairs.find((p) => isScalar(p.key) && p.key.value === name && isScalar(p.value));
    const naming = NAMING_FIELDS.map(byName).find(Boolean) ?? pairs.find((p) => isScalar(p.value));
    text = naming && isScalar(naming.value) ? naming.value.value : undefined;
  }
  if (text === null || text === undefined || typeof text === 'object') return '';
  const line = String(text).replace(/\s+/g, ' ').trim();
  return line.length > MAX_NAME ? `${line.slice(0, MAX_NAME - 1)}…` : line;
}
