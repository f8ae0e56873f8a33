// Where a missing block of a brief or proposal belongs, and the fix that adds it there. The finding sits on the
// block it would follow (or the one it would precede, or the document's last entry when it has none of them), not
// on the title with every other document-wide finding; the fix inserts the skeleton's block (heading comment and
// empty entry, in the document's language) at that place.
import { isMap, isScalar, type YAMLMap } from 'yaml';
import briefSchema from '../../../schemas/brief.schema.json';
import proposalSchema from '../../../schemas/proposal.schema.json';
import { message } from '../i18n';
import { blockTemplate } from '../templates/blocks';
import type { ParsedDocument } from '../parse';
import type { DataPath, DocumentKind, Fix } from '../types';
import { documentAnchor, languageOf, nearestPath } from './helpers';
import type { RuleContext, RuleReport } from './rule';

/** Where a finding goes, and the fix that adds the block it is about when that block is absent. */
export type Place = Pick<RuleReport, 'path'> & { fixes?: Fix[] };

/** The document's head: what it is and in which language, never a block a missing one would follow. */
const HEAD = new Set(['kind', 'locale', 'title', 'date', 'agency', 'author', 'brief', 'stage', 'number', 'version', 'valid_until']);

/** Every top-level block of a kind in the schema's order, which is the order of the blocks in a document. */
export const DOCUMENT_ORDER: Record<DocumentKind, readonly string[]> = {
  brief: Object.keys(briefSchema.properties).filter((key) => !HEAD.has(key)),
  proposal: Object.keys(proposalSchema.properties).filter((key) => !HEAD.has(key)),
  agency: [], // an identity, not a document of blocks: no block is ever missing from it
};

/**
 * A block a rule needs (`reporting` for the attribution window, `scope` for its limits) is absent: the finding goes
 * where the block belongs, with the fix that adds it there, rather than on the title.
 */
export function absentBlockReport(context: RuleContext, key: string, { withFix = true } = {}): Place {
  if (key in context.data) return { path: [key] }; // there, but not a block (`scope: ~`): on it
  const { path, fixes } = missingBlockReport(context, DOCUMENT_ORDER[context.kind], key);
  // Without it when the missing-block finding on the same place already offers it: one fix per gap.
  return withFix && fixes ? { path, fixes } : { path };
}

/**
 * Where a finding about `path` goes: the nearest part of it the document has (`expectations` for a missing
 * `expectations.goals`), or, when even its block is absent, where that block belongs.
 */
export function nearestPlace(context: RuleContext, path: DataPath, options: { withFix?: boolean } = {}): Place {
  const key = String(path[0]);
  return key in context.data ? { path: nearestPath(context.data, path) } : absentBlockReport(context, key, options);
}

/** The place and fix of a missing block `key`, given the kind's blocks in their order (and its number, if it has one). */
export function missingBlockReport(context: RuleContext, order: readonly string[], key: string, n?: number): Place {
  const contents = context.parsed.partial?.yaml.contents ?? context.parsed.yaml?.contents;
  // A flow-mapping document (`{kind: proposal, …}`) or one that is not a mapping: no line of its own to add to.
  if (!isMap(contents) || contents.flow) return { path: documentAnchor(context.data) };
  const entries = entriesOf(context.parsed, contents);
  const rank = (entry: Entry) => order.indexOf(entry.key);
  const position = order.indexOf(key);
  const previous = entries.filter((e) => rank(e) >= 0 && rank(e) < position).sort((a, b) => rank(b) - rank(a))[0];
  const next = entries.filter((e) => rank(e) > position).sort((a, b) => rank(a) - rank(b))[0];
  const text = context.parsed.text;

  const template = blockTemplate(context.kind, key, languageOf(context.data));
  const fix = (offset: number, newText: string): Fix[] | undefined => {
    if (!template) return undefined;
    const { message: title, localized } = n === undefined ? message('fix.addNamedBlock', { key }) : message('fix.addBlock', { n: String(n), key });
    return [{ title, localized, edits: [{ offset, length: 0, newText }], addsContent: true }];
  };
  const append = (end: number): Fix[] | undefined => fix(end, `${end > 0 && text[end - 1] !== '\n' ? '\n' : ''}\n${template}`);
  if (previous) return { path: [previous.key], fixes: append(lineAfter(text, previous.end)) };
  if (next) return { path: [next.key], fixes: fix(headingStart(text, next.keyStart), `${template}\n`) };
  // None of the kind's blocks yet: at the end of the document, on its last entry.
  const last = entries.at(-1);
  return { path: last ? [last.key] : documentAnchor(context.data), fixes: append(text.length) };
}

/** A top-level entry: its key, where the key starts, and where its value ends (comments after it excluded). */
interface Entry {
  key: string;
  keyStart: number;
  end: number;
}

// By parsed document, never by syntax node: the incremental parser may reuse a node whose offsets have moved.
const entriesByDocument = new WeakMap<ParsedDocument, Entry[]>();

/** The document's top-level entries, read once per parsed document however many blocks are missing. */
function entriesOf(parsed: ParsedDocument, contents: YAMLMap): Entry[] {
  let entries = entriesByDocument.get(parsed);
  if (entries) return entries;
  entries = [];
  for (const pair of contents.items) {
    if (isScalar(pair.key) && typeof pair.key.value === 'string' && pair.key.range) {
      const value = pair.value as { range?: [number, number, number] } | null;
      entries.push({ key: pair.key.value, keyStart: pair.key.range[0], end: value?.range?.[1] ?? pair.key.range[1] });
    }
  }
  entriesByDocument.set(parsed, entries);
  return entries;
}

/** The start of the line after the one `end` falls on (where a value ending in a line break already is). */
function lineAfter(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const lineEnd = text.indexOf('\n', end);
  return lineEnd < 0 ? text.length : lineEnd + 1;
}

/** The start of a key's line, moved up over the comment lines right above it (its heading). */
function headingStart(text: string, keyOffset: number): number {
  let start = text.lastIndexOf('\n', keyOffset - 1) + 1;
  for (;;) {
    if (start === 0) return 0;
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    if (!text.slice(previousStart, start).startsWith('#')) return start;
    start = previousStart;
  }
}
