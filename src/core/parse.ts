// Reads a brief or proposal into a YAML syntax tree with source offsets, plus the plain data the schema and
// rules judge. Every problem becomes a finding with a range; nothing here throws on bad input.
import { Composer, Document, isMap, isNode, isScalar, isSeq, Parser, visit, YAMLMap, YAMLParseError, type Pair, type Scalar } from 'yaml';
import { DEFAULT_LIMITS, exceedsBytes, findExcessiveDepth, measureNesting, utf8Bytes, type GuardLimits, type TooDeep } from './guards';
import { message } from './i18n';
import { LineIndex } from './lines';
import { explainSlip } from './slips';
import type { Finding, Severity } from './types';

export interface ParsedDocument {
  readonly text: string;
  readonly lines: LineIndex;
  /** The syntax tree, absent when the text was refused before parsing. Node ranges are offsets into `text`. */
  readonly yaml?: Document.Parsed;
  /** The document as plain data; `undefined` when it could not be read safely. */
  readonly data: unknown;
  /** Problems of the YAML itself. */
  readonly findings: Finding[];
  /** True when the data is sound enough to be judged by the schema and the rules. */
  readonly usable: boolean;
  /** While some blocks do not parse: what yaml could still read, to judge the blocks that do (see `partialReading`). */
  readonly partial?: PartialReading;
}

export interface PartialReading {
  /** The data of the blocks that parse, and stand-ins for those that do not. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The blocks' syntax trees as one document, for placing findings. */
  readonly yaml: Document.Parsed;
  /** [first, last] lines (0-based, inclusive) of each top-level block holding a YAML error. */
  readonly brokenLines: readonly (readonly [number, number])[];
}

/** Aliases expanded per document, at most: enough for any real document, too few for an alias bomb. */
const MAX_ALIAS_COUNT = 100;

// `schema: 'core'` pins YAML 1.2 even under a `%YAML 1.1` directive, which would otherwise turn `NO` into false
// and dates into Date objects. `logLevel: 'error'` keeps yaml's warnings in the document, where they become
// findings, instead of printing them on the console or as process warnings.
const YAML_OPTIONS = { schema: 'core', merge: true, uniqueKeys: true, prettyErrors: false, logLevel: 'error' } as const;

/** Reads one text from scratch. */
export function parseSource(text: string, limits: GuardLimits = DEFAULT_LIMITS): ParsedDocument {
  return new IncrementalParser(limits).parse(text);
}

/**
 * One top-level block of the document (`about: ...` up to the next top-level key), parsed on its own. A
 * keystroke changes one block, so the other blocks' parses are reused from the previous text: that is what keeps
 * a check of a 1 MB proposal within a frame while typing.
 */
interface Segment {
  readonly text: string;
  /** The offset its nodes' ranges currently count from. */
  start: number;
  readonly doc?: Document.Parsed;
  readonly data?: unknown;
  readonly aliasError?: unknown;
  readonly tooDeep?: TooDeep;
  /** A block cut out of a parse of the whole text (`cutFromWhole`) has no document of its own: its one entry. */
  readonly entry?: Pair;
}

/**
 * Parses successive versions of one document, reusing the blocks that did not change. The result is the same as
 * a parse from scratch: a cold parse goes through the same blocks (or reads them all at once, where that is
 * known to give the same).
 */
export class IncrementalParser {
  private previous = new Map<string, Segment>();
  /** The blocks of the last partial reading (a text with an error), reused as `previous` is. */
  private partialBlocks = new Map<string, Segment>();

  constructor(private readonly limits: GuardLimits = DEFAULT_LIMITS) {}

  parse(text: string): ParsedDocument {
    const lines = new LineIndex(text);
    const refused = guardWhole(text, lines, this.limits);
    if (refused) {
      this.previous.clear();
      return { text, lines, data: undefined, findings: [refused], usable: false };
    }
    const blocks = splitTopLevel(text);
    if (this.previous.size === 0 && blocks.length > 1) {
      const cut = cutFromWhole(text, blocks, this.limits);
      if (cut) {
        this.previous = new Map(cut.segments.map((segment) => [segment.text, segment]));
        // Sound by construction (no errors, warnings or directives): the whole document is what assembling its
        // blocks would give.
        return { text, lines, yaml: cut.whole, data: cut.data, findings: collectionKeyFindings(cut.whole, text, lines), usable: true };
      }
    }
    let segments = this.segmentsOf(text, blocks);
    const deep = segments.find((segment) => segment.tooDeep);
    if (deep?.tooDeep) {
      const { depth, limit, offset } = deep.tooDeep;
      return { text, lines, data: undefined, findings: [tooDeepFinding(depth, limit, deep.start + offset, lines)], usable: false };
    }
    // Blocks are only trusted where each is, alone, what it is inside the whole; otherwise the whole text is read
    // at once, as yaml reads it: a slower keystroke, never a wrong answer.
    if (segments.length > 1 && !segments.every(standsAlone)) segments = [parseSegment(text, 0, this.limits)];
    return assemble(text, lines, segments, this.partialBlocks);
  }

  private segmentsOf(text: string, blocks: [number, number][]): Segment[] {
    const reusable = this.previous;
    const current = new Map<string, Segment>();
    const segments = blocks.map(([start, end]) => {
      const segmentText = text.slice(start, end);
      let segment = reusable.get(segmentText);
      // The same block twice in one text (a duplicated key) needs nodes of its own; a text of one block is the
      // parse of that text itself, not a block cut out of another.
      if (!segment || current.has(segmentText) || (segment.entry && blocks.length === 1)) segment = parseSegment(segmentText, start, this.limits);
      else {
        reusable.delete(segmentText);
        shift(segment, start);
      }
      if (!current.has(segmentText)) current.set(segmentText, segment);
      return segment;
    });
    this.previous = current;
    return segments;
  }
}

/**
 * True when a block parsed alone is certainly what it is inside the whole text: exactly one entry, no error or
 * warning, and a key that is a plain string. A block that does not parse cleanly alone may still be fine inside the
 * whole (or broken differently: yaml's errors are found on the whole); a key that is a number, a boolean or null
 * (`1`, `true`) is not the same key as its quoted text, and a merge key (`<<`) reads the blocks before it.
 */
function standsAlone(segment: Segment): boolean {
  if (segment.entry) return true;
  const { doc } = segment;
  if (!doc || segment.aliasError !== undefined || doc.errors.length > 0 || doc.warnings.length > 0) return false;
  if (!isMap(doc.contents) || doc.contents.items.length !== 1) return false;
  return isStringKey(doc.contents.items[0].key);
}

function isStringKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'string' && key.value !== '<<';
}

/**
 * A first parse reads the whole text at once, some 10% faster than block by block at any size (more for a small
 * text, where the parser's fixed costs, once per block, weigh most), and cuts the result into the blocks the next
 * keystroke reuses: each its top-level entry and its data. Only where that is what block by block gives: every
 * block within the depth limit and closing the brackets it opens (so together they nest no deeper than alone), the
 * whole without errors or warnings, and one top-level entry per block, starting where the block starts.
 * Otherwise undefined: blocks.
 */
function cutFromWhole(text: string, blocks: [number, number][], limits: GuardLimits): { segments: Segment[]; whole: Document.Parsed; data: unknown } | undefined {
  for (const [start, end] of blocks) {
    const nesting = measureNesting(text.slice(start, end), limits.maxDepth);
    if (nesting.tooDeep || nesting.endsInFlow) return undefined;
  }
  const whole = parseDocumentAt(text, 0);
  if (whole.errors.length > 0 || whole.warnings.length > 0 || !isMap(whole.contents)) return undefined;
  const pairs = whole.contents.items;
  if (pairs.length !== blocks.length) return undefined;
  for (let i = 0; i < blocks.length; i++) {
    const key = pairs[i].key;
    if (!isStringKey(key) || !(key as Scalar).range || (i > 0 && (key as Scalar).range![0] !== blocks[i][0])) return undefined;
  }
  // Plain data (the usual case) is read once for the whole; each block's data is its one entry of it.
  const plain = plainMap(pairs);
  const segments: Segment[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const [start, end] = blocks[i];
    const entry = pairs[i];
    let data: unknown;
    if (plain !== NOT_PLAIN) {
      const name = keyName((entry.key as Scalar).value)!;
      data = setEntry({}, name, (plain as Record<string, unknown>)[name]);
    } else {
      // The data of the block alone: a mapping of its one entry.
      data = plainMap([entry]);
      if (data === NOT_PLAIN) {
        const doc = new Document(undefined, { ...YAML_OPTIONS, schema: whole.schema });
        doc.contents = new YAMLMap<unknown, unknown>();
        doc.contents.items.push(entry);
        try {
          data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        } catch {
          return undefined; // an alias without its anchor: blocks say so, each where it is
        }
      }
    }
    segments.push({ text: text.slice(start, end), start, entry, data });
  }
  return { segments, whole, data: plain !== NOT_PLAIN ? plain : mergeData(segments) };
}

const NOT_PLAIN = Symbol('not plain data');

/**
 * A node's data as `toJS` gives it, without its bookkeeping, for what documents hold: values, lists, and mappings
 * keyed by values. NOT_PLAIN for anything else (aliases, merge keys, lists or mappings as keys): `toJS` reads those.
 */
function plainData(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isMap(node)) return plainMap(node.items);
  if (isSeq(node)) {
    const list = new Array<unknown>(node.items.length);
    for (let i = 0; i < list.length; i++) {
      const value = plainData(node.items[i]);
      if (value === NOT_PLAIN) return NOT_PLAIN;
      list[i] = value;
    }
    return list;
  }
  return isNode(node) ? NOT_PLAIN : node;
}

function plainMap(items: readonly Pair[]): unknown {
  const map: Record<string, unknown> = {};
  for (const { key, value } of items) {
    const name = isScalar(key) ? keyName(key.value) : undefined;
    if (name === undefined) return NOT_PLAIN;
    const data = plainData(value);
    if (data === NOT_PLAIN) return NOT_PLAIN;
    setEntry(map, name, data);
  }
  return map;
}

function setEntry(map: Record<string, unknown>, name: string, data: unknown): Record<string, unknown> {
  // As toJS does: a `__proto__` key is the object's own key, not its prototype.
  if (name === '__proto__') Object.defineProperty(map, name, { value: data, writable: true, enumerable: true, configurable: true });
  else map[name] = data;
  return map;
}

/** The blocks' data as one mapping (not Object.assign, which would take a `__proto__` key for the prototype). */
function mergeData(segments: readonly Segment[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const segment of segments) {
    if (segment.data === null || typeof segment.data !== 'object') continue;
    for (const [name, value] of Object.entries(segment.data)) setEntry(data, name, value);
  }
  return data;
}

/** The property a key's value names, as toJS writes it; undefined for a merge key (`<<`, a symbol once parsed). */
function keyName(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '<<' ? undefined : value;
  if (value === null) return '';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** Parses a block that starts at offset `start` of the document: its nodes' ranges count from there. */
function parseSegment(text: string, start: number, limits: GuardLimits): Segment {
  const tooDeep = findExcessiveDepth(text, limits.maxDepth);
  if (tooDeep) return { text, start, tooDeep };
  const doc = parseDocumentAt(text, start);
  const fatal = doc.errors.some((error) => error.code !== 'DUPLICATE_KEY');
  if (fatal) return { text, start, doc };
  try {
    return { text, start, doc, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (aliasError) {
    return { text, start, doc, aliasError };
  }
}

/**
 * `parseDocument(text, YAML_OPTIONS)` of yaml's public API, its offsets counted from `start`: the parser's
 * `offset` is where its first token starts. A block parsed where it stands needs no shifting afterwards.
 */
function parseDocumentAt(text: string, start: number): Document.Parsed {
  const parser = new Parser();
  parser.offset = start;
  const composer = new Composer(YAML_OPTIONS);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(parser.parse(text), true, start + text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc!;
}

/** Moves a segment's node ranges and error positions to where the segment now starts. */
function shift(segment: Segment, start: number): void {
  const delta = start - segment.start;
  if (delta === 0 || !(segment.doc || segment.entry)) return;
  const move = (range: number[] | null | undefined) => {
    if (range) for (let i = 0; i < range.length; i++) range[i] += delta;
  };
  const nodes = segment.doc ? [segment.doc] : [segment.entry!.key, segment.entry!.value].filter(isNode);
  for (const node of nodes) visit(node, { Node: (_, inner) => move(inner.range) });
  if (segment.doc) {
    move(segment.doc.range);
    for (const problem of [...segment.doc.errors, ...segment.doc.warnings]) move(problem.pos);
  }
  segment.start = start;
}

const TOP_LEVEL_KEY = /^(?:[^\s#'"?:,[\]{}&*!|>%@`-][^\n]*?|-[^\s\n][^\n]*?|"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')[ \t]*:(?:[ \t\r]|$)/;

/**
 * The [start, end) of each top-level block: a new block starts at each line that begins, in column 0, with a
 * `key:`. Anything that could tie blocks together or that this split cannot read the same way as the whole
 * (anchors, directives, several documents, a top level that is not a mapping) makes the whole text one block.
 */
function splitTopLevel(text: string): [number, number][] {
  const whole: [number, number][] = [[0, text.length]];
  if (hasAnchor(text)) return whole;
  const starts: number[] = [];
  for (let offset = 0; offset < text.length; ) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    const first = text.charCodeAt(offset);
    // Indented lines, blank lines, comments and column-0 list items continue the current block.
    const continues = first === 32 || first === 10 || first === 13 || first === 35 || (first === 45 && /^-(\s|$)/.test(text.slice(offset, offset + 2)));
    if (!continues) {
      const line = text.slice(offset, end);
      if (!TOP_LEVEL_KEY.test(line) || line.startsWith('---')) return whole;
      starts.push(offset);
    } else if (first === 45 && starts.length === 0) return whole; // a list at the top level
    offset = end + 1;
  }
  if (starts.length <= 1) return whole;
  // Comments and blank lines before the first key belong to the first block.
  starts[0] = 0;
  return starts.map((start, i) => [start, i + 1 < starts.length ? starts[i + 1] : text.length]);
}

/** An anchor, `&name`, at the start or after white space, a bracket or a comma (`A & B` is no anchor). */
function hasAnchor(text: string): boolean {
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    if ((at === 0 || /[\s[{,]/.test(text[at - 1])) && at + 1 < text.length && !/[\s,[\]{}]/.test(text[at + 1])) return true;
  }
  return false;
}

function assemble(text: string, lines: LineIndex, segments: Segment[], partialBlocks = new Map<string, Segment>()): ParsedDocument {
  const findings: Finding[] = [];
  for (const { doc } of segments) {
    if (!doc) continue;
    const errors = doc.errors.map((error) => yamlFinding(error.code, error.message, error.pos, 'error', text, lines));
    findings.push(...withoutEchoes(errors, lines));
    for (const warning of doc.warnings) findings.push(yamlFinding(warning.code, warning.message, warning.pos, 'warning', text, lines));
  }
  const yaml = segments.length === 1 ? segments[0].doc : mergeSegments(segments, text, lines, findings);
  if (yaml?.directives?.yaml.explicit && yaml.directives.yaml.version !== '1.2') findings.push(oldDirectiveFinding(text, lines));

  // Duplicate keys leave a readable tree, so they do not stop the other checks.
  const fatal = findings.some((f) => f.severity === 'error' && f.code !== 'duplicate-key');
  const bomb = segments.find((segment) => segment.aliasError !== undefined);
  if (bomb) {
    findings.push(unresolvedAliasFinding(bomb, text, lines) ?? aliasBombFinding(bomb.aliasError, lines));
    return { text, lines, yaml, data: undefined, findings, usable: false };
  }
  if (!fatal && !yaml?.contents) {
    findings.push({
      source: 'yaml',
      code: 'empty-document',
      severity: 'warning',
      ...message('yaml.empty'),
      range: lines.range(0, 0),
    });
    return { text, lines, yaml, data: undefined, findings, usable: false };
  }
  const data = fatal ? undefined : segments.length === 1 ? segments[0].data : mergeData(segments);
  if (!fatal && yaml) findings.push(...collectionKeyFindings(yaml, text, lines));
  const partial = fatal ? partialReading(findings, text, lines, partialBlocks) : undefined;
  return { text, lines, yaml, data, findings, usable: !fatal, ...(partial ? { partial } : {}) };
}

/**
 * One slip must not hide every other finding. Read block by block (a block runs from a line at column 0 to the
 * next), the blocks that parse alone give their data and their syntax tree as they are; a block with an error
 * gives what yaml could read of it alone, or a stand-in, so it counts as present (no "missing block" for a block
 * being typed) while what is found inside it waits until it parses: its own error speaks for it.
 */
function partialReading(findings: readonly Finding[], text: string, lines: LineIndex, reusable: Map<string, Segment>): PartialReading | undefined {
  const errors = findings.filter((f) => f.source === 'yaml' && f.severity === 'error');
  const brokenLines = errors.map((f) => topLevelLines(lines, f.range.start.line, f.range.end.line));
  const segments: Segment[] = [];
  const current = new Map<string, Segment>();
  for (let first = 0; first < lines.lineCount; ) {
    const [, last] = topLevelLines(lines, first, first);
    const start = lines.lineStart(first);
    const end = last + 1 < lines.lineCount ? lines.lineStart(last + 1) : text.length;
    const broken = brokenLines.some(([from, to]) => first <= to && last >= from);
    const block = text.slice(start, end);
    first = last + 1;
    if (!block.trim()) continue;
    // A keystroke changes one block: the others are read as they were, moved to where they now start.
    let read = reusable.get(block);
    if (read && !current.has(block)) shift(read, start);
    else read = readBlock(block, start);
    current.set(block, read);
    segments.push(broken ? withStandIns(read) : read);
  }
  reusable.clear();
  current.forEach((segment, block) => reusable.set(block, segment));
  const data = mergeData(segments);
  if (Object.keys(data).length === 0) return undefined;
  return { data, yaml: mergeSegments(segments, text, lines, []), brokenLines };
}

/** What a block that does not parse stands for while it is being fixed: present, not empty. */
const BROKEN_BLOCK = '…';

/** One block read alone, errors or not; its data is an empty mapping when it is not one. */
function readBlock(block: string, start: number): Segment {
  const doc = parseDocumentAt(block, start);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    data = undefined;
  }
  return { text: block, start, doc, data: typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {} };
}

/**
 * A broken block as the rules see it: its own key only (yaml's misreading of the lines after a slip can make up
 * others), with what could be read of its value, or the stand-in when that is blank.
 */
function withStandIns(segment: Segment): Segment {
  const key = /^([^\s#:'"][^:\n]*?):(?:\s|$)/.exec(segment.text)?.[1];
  if (key === undefined) return { text: segment.text, start: segment.start, data: {} };
  const value = (segment.data as Record<string, unknown>)[key];
  const blank = value === null || value === undefined || value === '' || (typeof value === 'object' && Object.keys(value as object).length === 0);
  const entry = entriesOf(segment).find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
  return { text: segment.text, start: segment.start, data: setEntry({}, key, blank ? BROKEN_BLOCK : value), entry };
}

/** The lines of the top-level blocks that lines [first, last] are in: each block runs from a line at column 0. */
function topLevelLines(lines: LineIndex, first: number, last: number): [number, number] {
  const startsBlock = (line: number) => /^[^\s#]/.test(lines.text.charAt(lines.lineStart(line)));
  let from = first;
  while (from > 0 && !startsBlock(from)) from--;
  let to = last;
  while (to + 1 < lines.lineCount && !startsBlock(to + 1)) to++;
  return [from, to];
}

/**
 * yaml often reports one slip as several errors (an over-indented key is two or three): the user hears the slip
 * once, and not the parser's words for the same lines. After a tab, yaml misreads the rest of its block: those
 * errors are the tab's too. The slip's finding stretches over every line it speaks for, so each line yaml names
 * still has an error on it. Duplicate keys are problems of their own and stay.
 */
function withoutEchoes(errors: Finding[], lines: LineIndex): Finding[] {
  if (!errors.some((f) => f.fixes)) return errors;
  const within = (f: Finding, slip: Finding) => f.range.start.line >= slip.range.start.line && f.range.start.line <= slip.range.end.line;
  const kept: Finding[] = [];
  for (const f of errors) {
    if (f.code === 'duplicate-key') {
      kept.push(f);
      continue;
    }
    const tab = kept.find((k) => k.code === 'tab-as-indent' && f.range.start.line >= k.range.start.line && f.range.start.line <= topLevelLines(lines, k.range.start.line, k.range.start.line)[1]);
    const same = f.fixes ? kept.find((k) => k.fixes && k.code === f.code && k.message === f.message && within(f, k)) : errors.find((k) => k.fixes && within(f, k));
    const owner = tab ?? same;
    if (!owner) {
      kept.push(f);
      continue;
    }
    // A tab speaks for the rest of its block, a slip said twice for both places: its finding covers them.
    const { end } = f.range;
    const beyond = end.line > owner.range.end.line || (end.line === owner.range.end.line && end.character > owner.range.end.character);
    if ((owner === tab || f.fixes) && beyond) owner.range = { start: owner.range.start, end };
  }
  return kept;
}

/** A list or mapping written before `:` or after `?` (`[a, b]: c`, `? [a, b]`); anything else needs no walk. */
const MAY_HOLD_COLLECTION_KEY = /(?:^|[\s,[{])\?[ \t\n]|[\]}][ \t]*:(?:[ \t\r\n]|$)/m;

/**
 * A list or mapping used as a key becomes, in the data, its text (`[ a, b ]`), which yaml only says on the console:
 * the user hears it on the key's own line.
 */
function collectionKeyFindings(yaml: Document.Parsed, text: string, lines: LineIndex): Finding[] {
  if (!MAY_HOLD_COLLECTION_KEY.test(text)) return [];
  const findings: Finding[] = [];
  visit(yaml, {
    Pair: (_, pair) => {
      const key = pair.key;
      if (!(isMap(key) || isSeq(key)) || !key.range) return;
      const [start, end] = key.range;
      findings.push({
        source: 'yaml',
        code: 'collection-key',
        severity: 'warning',
        ...message('yaml.collectionKey', { key: new Document(key).toString().trim() }),
        range: lines.range(start, end),
      });
    },
  });
  return findings;
}

/** One document whose top-level mapping holds every block's entries, as a parse of the whole text would. */
function mergeSegments(segments: Segment[], text: string, lines: LineIndex, findings: Finding[]): Document.Parsed {
  const map = new YAMLMap();
  const seen = new Set<string>();
  for (const segment of segments) {
    for (const pair of entriesOf(segment)) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined && seen.has(key) && isScalar(pair.key) && pair.key.range) {
        findings.push(yamlFinding('DUPLICATE_KEY', '', [pair.key.range[0], pair.key.range[1]], 'error', text, lines));
      }
      if (key !== undefined) seen.add(key);
      map.items.push(pair);
    }
  }
  // Where the first block's mapping starts: its first key (comments before it belong to the document).
  const first = segments.find((s) => s.entry || isMap(s.doc?.contents));
  const firstStart = first?.entry ? (first.entry.key as Scalar).range![0] : (first?.doc?.contents?.range?.[0] ?? 0);
  map.range = [firstStart, text.length, text.length];
  const merged = new Document(undefined, YAML_OPTIONS) as unknown as Document.Parsed;
  merged.contents = map as Document.Parsed['contents'];
  merged.range = [0, text.length, text.length];
  return merged;
}

/** The top-level entries of a block. */
function entriesOf(segment: Segment): readonly Pair[] {
  if (segment.entry) return [segment.entry];
  return isMap(segment.doc?.contents) ? (segment.doc.contents.items as Pair[]) : [];
}

/** The top-level mapping of a parsed document, if its top level is one. */
export function topLevelMap(parsed: ParsedDocument) {
  const contents = parsed.yaml?.contents;
  return isMap(contents) ? contents : undefined;
}

/** The value of a top-level key read straight from the tree (works even when the data is not usable). */
export function topLevelScalar(parsed: ParsedDocument, key: string): unknown {
  const map = topLevelMap(parsed);
  const node = map?.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value;
  return isScalar(node) ? node.value : undefined;
}

/** Size and binary content are judged on the whole text; depth block by block, as blocks are parsed. */
function guardWhole(text: string, lines: LineIndex, limits: GuardLimits): Finding | undefined {
  if (exceedsBytes(text, limits.maxBytes)) {
    return {
      source: 'yaml',
      code: 'file-too-large',
      severity: 'error',
      ...message('yaml.tooLarge', sizeAgainstLimit(utf8Bytes(text), limits.maxBytes)),
      range: lines.lineRange(0),
    };
  }
  const nul = text.indexOf('\0');
  if (nul === -1) return undefined;
  return {
    source: 'yaml',
    code: 'binary-file',
    severity: 'error',
    ...message('yaml.binary'),
    range: lines.range(nul, nul + 1),
  };
}

function tooDeepFinding(depth: number, limit: number, offset: number, lines: LineIndex): Finding {
  return {
    source: 'yaml',
    code: 'nesting-too-deep',
    severity: 'error',
    ...message('yaml.tooDeep', { depth: String(depth), limit: String(limit) }),
    range: lines.range(offset, offset + 1),
  };
}

/**
 * Both sizes in megabytes. A file just over the limit gets a second decimal, rounded up, so that it never looks
 * the same size as the limit ("4.01 MB", not "4.0 MB").
 */
function sizeAgainstLimit(bytes: number, limit: number): { size: string; limit: string } {
  const megabytes = (count: number) => count / (1024 * 1024);
  const shown = megabytes(bytes).toFixed(1);
  const limitShown = `${megabytes(limit).toFixed(1)} MB`;
  if (`${shown} MB` !== limitShown) return { size: `${shown} MB`, limit: limitShown };
  return { size: `${(Math.ceil(megabytes(bytes) * 100) / 100).toFixed(2)} MB`, limit: limitShown };
}

/**
 * Plain-language words for the YAML problems people actually make: a slip (src/core/slips) says what happened and
 * offers its fix; a few other problems have words of their own; the parser's own words otherwise.
 */
function yamlFinding(code: string, message_: string, pos: [number, number], severity: Severity, text: string, lines: LineIndex): Finding {
  const slip = severity === 'error' ? explainSlip(code, message_, pos, lines) : undefined;
  if (slip) return { source: 'yaml', code: slip.code, severity, ...slip.text, range: lines.range(slip.range[0], slip.range[1]), fixes: slip.fixes };
  const [start, end] = pos;
  const snippet = text.slice(start, Math.max(end, start + 1)).trim();
  let plain: ReturnType<typeof message>;
  switch (code) {
    case 'DUPLICATE_KEY':
      plain = message('yaml.duplicateKey', { key: keyAt(text, start) });
      break;
    case 'TAB_AS_INDENT':
      plain = message('yaml.tabIndent');
      break;
    case 'MULTIPLE_DOCS':
      plain = message('yaml.multipleDocuments');
      break;
    case 'TAG_RESOLVE_FAILED':
      plain = snippet ? message('yaml.unknownTag', { tag: snippet }) : message('yaml.unknownTagHere');
      break;
    case 'BAD_ALIAS':
      plain = message('yaml.badAlias', { alias: snippet });
      plain.message = plain.message.replace('  ', ' ');
      break;
    default:
      // The parser's own words stay English: they come from the yaml library.
      plain = message('yaml.syntax', { detail: lowerFirst(message_.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '').trim()) });
  }
  return { source: 'yaml', code: code.toLowerCase().replace(/_/g, '-'), severity, ...plain, range: lines.range(start, Math.max(end, start)) };
}

function keyAt(text: string, offset: number): string {
  const match = /^["']?([^:"'\n]*)/.exec(text.slice(offset, offset + 200));
  return (match?.[1] ?? '').trim();
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function oldDirectiveFinding(text: string, lines: LineIndex): Finding {
  const start = Math.max(0, text.indexOf('%YAML'));
  return {
    source: 'yaml',
    code: 'yaml-version-directive',
    severity: 'warning',
    ...message('yaml.oldVersion'),
    range: lines.range(start, lines.lineEnd(lines.positionAt(start).line)),
  };
}

/**
 * yaml reads `*name` with no `&name` before it without an error and throws only when the data is built: usually a
 * value that starts with `*` (`*Best* offer`), which the slip of that name explains and fixes.
 */
function unresolvedAliasFinding(segment: Segment, text: string, lines: LineIndex): Finding | undefined {
  const detail = segment.aliasError instanceof Error ? segment.aliasError.message : '';
  if (!/^Unresolved alias/.test(detail) || !segment.doc) return undefined;
  let at: [number, number] | undefined;
  visit(segment.doc, {
    Alias: (_, alias) => {
      if (alias.range && !at && detail.endsWith(`: ${alias.source}`)) at = [alias.range[0], alias.range[1]];
    },
  });
  return at ? yamlFinding('BAD_ALIAS', detail, at, 'error', text, lines) : undefined;
}

function aliasBombFinding(error: unknown, lines: LineIndex): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    source: 'yaml',
    code: 'excessive-aliases',
    severity: 'error',
    ...message('yaml.aliasBomb', { limit: String(MAX_ALIAS_COUNT), detail }),
    range: lines.lineRange(0),
  };
}
