// The funnel written into the user's own file: `funnel.computed`, and the two quick fixes of a budget that cannot
// deliver. Each function returns text edits against the source as it is; only the bytes of the values that change
// are touched, so comments, key order, quoting, blank lines and line endings stay exactly as the user left them.
// The editor applies the edits as one undoable step; the command line and the tests apply them with applyEdits.
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { computeFunnelDetail, type Funnel, type FunnelFigures } from './funnel';
import { message, type MessageId, type MessageRef } from './i18n';
import { locate } from './locate';
import type { ParsedDocument } from './parse';
import type { TextEdit } from './types';

export type { TextEdit } from './types';
export { applyEdits } from './edits';

export type FunnelEditResult =
  | { ok: true; edits: TextEdit[]; funnel: Funnel; figures: FunnelFigures }
  /** Why there is nothing to write: `message` in English, `localized` to say it in the reader's language. */
  | { ok: false; field?: string; message: string; localized: MessageRef<MessageId> };

/** The keys of `funnel.computed`, in the order they are written. */
export const COMPUTED_KEYS = ['leads', 'cost_per_deal', 'deals_achievable', 'deals_handled', 'revenue', 'roas'] as const;
export type ComputedKey = (typeof COMPUTED_KEYS)[number];

/** Writes (or brings up to date) `funnel.computed`. Applying the edits twice changes nothing the second time. */
export function writeComputedEdits(parsed: ParsedDocument): FunnelEditResult {
  const data = usableData(parsed);
  if (!data.ok) return data;
  const detail = computeFunnelDetail(data.value);
  if (!detail.ok) return detail;
  const edits = computedEdits(parsed, detail.figures);
  return { ok: true, edits, funnel: detail.funnel, figures: detail.figures };
}

/**
 * Quick fix: `funnel.expected_deals` becomes the deals the budget achieves. The computed block, if there is one,
 * does not depend on the expectation and is left alone. Not offered (ok: false) when the expectation is met.
 */
export function matchExpectationEdits(parsed: ParsedDocument): FunnelEditResult {
  const data = usableData(parsed);
  if (!data.ok) return data;
  const detail = computeFunnelDetail(data.value);
  if (!detail.ok) return detail;
  const { funnel, figures } = detail;
  if (funnel.deals_expected === null || funnel.deals_expected <= funnel.deals_achievable) {
    return { ok: false, field: 'funnel.expected_deals', ...message('funnel.alreadyBuys') };
  }
  const edits = replaceValue(parsed, ['funnel', 'expected_deals'], figures.deals_achievable);
  return { ok: true, edits, funnel, figures };
}

/**
 * Quick fix: `budget.monthly` becomes the budget the expected deals need (and a computed block, if there is one,
 * follows it). Not offered when the client's capacity, not money, stands in the way: more budget would not help.
 */
export function raiseBudgetEdits(parsed: ParsedDocument): FunnelEditResult {
  const data = usableData(parsed);
  if (!data.ok) return data;
  const before = computeFunnelDetail(data.value);
  if (!before.ok) return before;
  const { funnel, figures } = before;
  if (funnel.deals_expected === null || figures.budget_needed === null || funnel.deals_expected <= funnel.deals_achievable) {
    return { ok: false, field: 'funnel.expected_deals', ...message('funnel.alreadyBuys') };
  }
  if (funnel.deals_handled !== null && funnel.deals_expected > funnel.deals_handled) {
    return { ok: false, field: 'funnel.lead_capacity', ...message('funnel.capacityBound', { handled: funnel.deals_handled, expected: funnel.deals_expected }) };
  }
  const budget = data.value.budget as Record<string, unknown>;
  const after = computeFunnelDetail({ ...data.value, budget: { ...budget, monthly: Number(figures.budget_needed) } });
  if (!after.ok) return after;
  const edits = replaceValue(parsed, ['budget', 'monthly'], figures.budget_needed);
  const funnelMap = locate(parsed, ['funnel']).node;
  if (isMap(funnelMap) && pairOf(funnelMap, 'computed')) edits.push(...computedEdits(parsed, after.figures));
  return { ok: true, edits: normalize(parsed.text, edits), funnel: after.funnel, figures: after.figures };
}

// ---------------------------------------------------------------- the computed block

function usableData(parsed: ParsedDocument): { ok: true; value: Record<string, unknown> } | { ok: false; message: string; localized: MessageRef<MessageId> } {
  if (!parsed.usable || !parsed.yaml) return { ok: false, ...message('funnel.yamlErrors') };
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, ...message('funnel.notADocument') };
  return { ok: true, value: data as Record<string, unknown> };
}

/** The value each key of `funnel.computed` should hold; null for a figure whose input is missing. */
function wanted(figures: FunnelFigures): Record<ComputedKey, string | null> {
  return {
    leads: figures.leads,
    cost_per_deal: figures.cost_per_deal,
    deals_achievable: figures.deals_achievable,
    deals_handled: figures.deals_handled,
    revenue: figures.revenue,
    roas: figures.roas,
  };
}

function computedEdits(parsed: ParsedDocument, figures: FunnelFigures): TextEdit[] {
  const { text } = parsed;
  const funnelPair = locate(parsed, ['funnel']).pair;
  const funnel = funnelPair?.value;
  if (!funnelPair || !isMap(funnel)) return []; // computeFunnel has already refused a funnel that is not a block
  const values = wanted(figures);
  const entries = COMPUTED_KEYS.filter((key) => values[key] !== null).map((key) => [key, values[key] as string] as const);
  const computedPair = pairOf(funnel, 'computed');
  const eol = lineEnding(text);

  if (!computedPair) {
    if (funnel.flow) return [insertIntoFlow(funnel, `computed: { ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`)];
    const indent = entryIndent(parsed, funnel);
    const step = indentStep(parsed, funnel, funnelPair);
    const at = afterLastEntry(parsed, funnel);
    const lines = [`${indent}computed:`, ...entries.map(([k, v]) => `${indent}${step}${k}: ${v}`)];
    return [{ offset: at, length: 0, newText: lines.map((line) => eol + line).join('') }];
  }

  const computed = computedPair.value as Node | null;
  if (!isMap(computed)) {
    // `computed:` with nothing under it, or with something that is not a block: write the block in its place.
    const keyNode = computedPair.key as Node;
    const child = ' '.repeat(column(parsed, keyNode.range![0])) + indentStep(parsed, funnel, funnelPair);
    const body = entries.map(([k, v]) => `${eol}${child}${k}: ${v}`).join('');
    const empty = !computed?.range || (isScalar(computed) && computed.value === null);
    if (empty) return [{ offset: parsed.lines.lineEnd(parsed.lines.positionAt(keyNode.range![1]).line), length: 0, newText: body }];
    const colon = text.indexOf(':', keyNode.range![1]);
    return [{ offset: colon + 1, length: computed.range![1] - colon - 1, newText: body }];
  }

  const edits: TextEdit[] = [];
  const kept = new Map<ComputedKey, Pair>();
  const removed = new Set<Pair>();
  for (const key of COMPUTED_KEYS) {
    const pair = pairOf(computed, key);
    if (!pair) continue;
    if (values[key] === null) removed.add(pair);
    else kept.set(key, pair);
  }
  for (const pair of removed) edits.push(removeEntry(parsed, computed, pair, removed));
  for (const [key, pair] of kept) edits.push(...replaceNode(parsed, pair, values[key] as string));
  if (computed.flow && computed.items.length === 0) {
    return [insertIntoFlow(computed, entries.map(([k, v]) => `${k}: ${v}`).join(', '))];
  }
  // A missing figure goes after the figure before it in the usual order, so a block the tool wrote stays in it.
  const inserts = new Map<number, string[]>();
  const indent = computed.flow ? '' : entryIndent(parsed, computed);
  for (const [index, key] of COMPUTED_KEYS.entries()) {
    const value = values[key];
    if (value === null || kept.has(key)) continue;
    const before = COMPUTED_KEYS.slice(0, index).reverse().find((k) => kept.has(k));
    const after = COMPUTED_KEYS.slice(index + 1).find((k) => kept.has(k));
    let offset: number;
    let piece: string;
    if (computed.flow) {
      if (before) [offset, piece] = [valueEnd(kept.get(before)!), `, ${key}: ${value}`];
      else if (after) [offset, piece] = [(kept.get(after)!.key as Node).range![0], `${key}: ${value}, `];
      else [offset, piece] = [insertIntoFlow(computed, '').offset, `, ${key}: ${value}`];
    } else {
      if (before) [offset, piece] = [afterEntry(parsed, kept.get(before)!), `${eol}${indent}${key}: ${value}`];
      else if (after) [offset, piece] = [parsed.lines.lineStart(parsed.lines.positionAt((kept.get(after)!.key as Node).range![0]).line), `${indent}${key}: ${value}${eol}`];
      else [offset, piece] = [afterLastEntry(parsed, computed), `${eol}${indent}${key}: ${value}`];
    }
    inserts.set(offset, [...(inserts.get(offset) ?? []), piece]);
  }
  for (const [offset, pieces] of inserts) edits.push({ offset, length: 0, newText: pieces.join('') });
  return normalize(text, edits);
}

// ---------------------------------------------------------------- small edits

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item) => isScalar(item.key) && String(item.key.value) === key) as Pair | undefined;
}

/** Replaces the value at `path` with a number written as `newText`; nothing when it already holds that number. */
function replaceValue(parsed: ParsedDocument, path: string[], newText: string): TextEdit[] {
  const { pair } = locate(parsed, path);
  return pair ? replaceNode(parsed, pair, newText) : [];
}

function replaceNode(parsed: ParsedDocument, pair: Pair, newText: string): TextEdit[] {
  const node = pair.value as Node | null;
  if (isScalar(node) && typeof node.value === 'number' && node.value === Number(newText)) return []; // 200.00 is 200
  const range = node?.range;
  if (!range) {
    // `key:` with no value: write the value after the colon.
    const keyEnd = (pair.key as Node).range![1];
    const colon = parsed.text.indexOf(':', keyEnd);
    return [{ offset: colon + 1, length: 0, newText: ` ${newText}` }];
  }
  if (!isScalar(node)) return [{ offset: range[0], length: range[1] - range[0], newText }];
  if (parsed.text.slice(range[0], range[1]) === newText) return [];
  return [{ offset: range[0], length: range[1] - range[0], newText }];
}

/** Adds `item` as the last entry of a flow mapping: `{ a: 1 }` becomes `{ a: 1, item }`. */
function insertIntoFlow(map: YAMLMap, item: string): TextEdit {
  const last = map.items[map.items.length - 1];
  if (!last) {
    // `{}` or `{ }`: put the item between the braces.
    const open = map.range![0];
    return { offset: open + 1, length: 0, newText: ` ${item} ` };
  }
  const end = valueEnd(last);
  return { offset: end, length: 0, newText: `, ${item}` };
}

/** Removes one entry of a mapping with its line (block style) or its comma (flow style). */
function removeEntry(parsed: ParsedDocument, map: YAMLMap, pair: Pair, removed: ReadonlySet<Pair>): TextEdit {
  const { lines } = parsed;
  const keyStart = (pair.key as Node).range![0];
  if (map.flow) {
    // After an entry that stays: from its end (the comma) to this one's end. Otherwise from this key to the next.
    const index = map.items.indexOf(pair);
    const keptBefore = map.items.slice(0, index).some((item) => !removed.has(item as Pair));
    if (keptBefore) {
      const from = valueEnd(map.items[index - 1] as Pair);
      return { offset: from, length: valueEnd(pair) - from, newText: '' };
    }
    const next = map.items[index + 1];
    const to = next ? (next.key as Node).range![0] : valueEnd(pair);
    return { offset: keyStart, length: to - keyStart, newText: '' };
  }
  // The line break before the entry and the entry's lines: works the same for the file's last line.
  const startLine = lines.positionAt(keyStart).line;
  const from = startLine > 0 ? lines.lineEnd(startLine - 1) : lines.lineStart(startLine);
  const to = afterEntry(parsed, pair);
  return { offset: from, length: to - from, newText: '' };
}

function valueEnd(pair: Pair): number {
  const value = pair.value as Node | null;
  return value?.range ? value.range[1] : (pair.key as Node).range![1] + 1;
}

/** The offset just after the line holding the mapping's last entry (after its comment, before its line break). */
function afterLastEntry(parsed: ParsedDocument, map: YAMLMap): number {
  return afterEntry(parsed, map.items[map.items.length - 1] as Pair);
}

/** The offset just after the line holding the end of one entry (after its comment, before its line break). */
function afterEntry(parsed: ParsedDocument, pair: Pair): number {
  const end = Math.max(valueEnd(pair), (pair.key as Node).range![1]);
  return parsed.lines.lineEnd(parsed.lines.positionAt(lastContent(parsed.text, end)).line);
}

/** The offset of the last non-blank character before `end` (so a value's trailing line break does not count). */
function lastContent(text: string, end: number): number {
  let at = end - 1;
  while (at > 0 && /\s/.test(text[at])) at--;
  return Math.max(0, at);
}

function column(parsed: ParsedDocument, offset: number): number {
  return parsed.lines.positionAt(offset).character;
}

/** The indentation of a block mapping's entries, as written. */
function entryIndent(parsed: ParsedDocument, map: YAMLMap): string {
  const first = map.items[0];
  const offset = first ? (first.key as Node).range![0] : map.range![0];
  const line = parsed.lines.positionAt(offset).line;
  const start = parsed.lines.lineStart(line);
  return parsed.text.slice(start, start + column(parsed, offset)).replace(/[^ ]/g, ' ');
}

/** One level of the file's own indentation: how far the funnel's entries sit from the `funnel:` key. */
function indentStep(parsed: ParsedDocument, map: YAMLMap, owner: Pair): string {
  const first = map.items[0];
  if (first && !map.flow) {
    const step = column(parsed, (first.key as Node).range![0]) - column(parsed, (owner.key as Node).range![0]);
    if (step > 0) return ' '.repeat(step);
  }
  return '  ';
}

/** The file's line ending: CRLF files stay CRLF. */
export function lineEnding(text: string): string {
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

function sortEdits(edits: TextEdit[]): TextEdit[] {
  return edits.sort((a, b) => a.offset - b.offset || a.length - b.length);
}

/** Sorted, with edits that touch merged into one, so an editor never sees two edits at the same place. */
function normalize(text: string, edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of sortEdits(edits)) {
    const last = merged[merged.length - 1];
    if (last && last.offset + last.length >= edit.offset) {
      const end = Math.max(last.offset + last.length, edit.offset + edit.length);
      const between = text.slice(last.offset + last.length, Math.max(edit.offset, last.offset + last.length));
      merged[merged.length - 1] = { offset: last.offset, length: end - last.offset, newText: last.newText + between + edit.newText };
    } else merged.push({ ...edit });
  }
  return merged;
}
