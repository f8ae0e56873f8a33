// Completion and hover for briefs and proposals, from the schemas themselves. Given the text and a cursor offset,
// `cursorAt` works out the data path under the cursor and whether the cursor is on a key or a value by reading the
// indentation of the lines above it, so it works on half-typed YAML that does not parse (a line `  ro` under a
// team member, `calls: ` with nothing after it). `suggest` and `describe` then walk the schema along that path.
// Pure: no `vscode`, no parse needed. Inserted texts use the snippet syntax VS Code and the LSP share.
import briefSchema from '../../schemas/brief.schema.json';
import proposalSchema from '../../schemas/proposal.schema.json';
import agencySchema from '../../schemas/agency.schema.json';
import { kindFromFileName } from './kind';
import type { DataPath, DocumentKind } from './types';

// ---------------------------------------------------------------- the schemas

export interface PropertySchema {
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  pattern?: string;
  format?: string;
  contentMediaType?: string;
  readOnly?: boolean;
  required?: string[];
  properties?: Record<string, PropertySchema>;
  items?: PropertySchema;
}

const SCHEMAS: Record<DocumentKind, PropertySchema> = {
  brief: briefSchema as PropertySchema,
  proposal: proposalSchema as PropertySchema,
  agency: agencySchema as PropertySchema,
};

/** The schema of the node at a data path: keys follow `properties`, indexes follow `items`. */
export function schemaAt(kind: DocumentKind, path: DataPath): PropertySchema | undefined {
  let node: PropertySchema | undefined = SCHEMAS[kind];
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = node.items;
    else node = node.properties && Object.prototype.hasOwnProperty.call(node.properties, segment) ? node.properties[segment] : undefined;
  }
  return node;
}

/** The kind of a document from its name (`*.brief.yaml`) or, failing that, its top-level `kind:` line. */
export function documentKind(text: string, fileName?: string): DocumentKind | undefined {
  const named = fileName ? kindFromFileName(fileName) : undefined;
  if (named) return named;
  const match = /^kind:[ \t]*["']?(brief|proposal|agency)["']?[ \t]*(#.*)?\r?$/m.exec(text);
  return match ? (match[1] as DocumentKind) : undefined;
}

// ---------------------------------------------------------------- where the cursor is

export interface Token {
  /** Offsets [start, end) in the text. */
  start: number;
  end: number;
  text: string;
}

export type Cursor =
  | {
      /** On a key, or where a key can be typed (a blank line, a new `- ` item). */
      place: 'key';
      /** The path of the mapping the key belongs to. */
      path: DataPath;
      /** The key under the cursor when there is a whole one (`calls` in `cal|ls: weekly`). */
      key?: string;
      /** The key's text (possibly half-typed, possibly empty) and its span. */
      token: Token;
      /** The typed part before the cursor. */
      prefix: string;
      /** Keys already in that mapping, above and below the cursor, without the one under the cursor. */
      siblings: string[];
      /** True when the line already has `key:` after the token, so only the name should be replaced. */
      hasColon: boolean;
      /** Column of the mapping's keys, for indenting inserted blocks. */
      column: number;
      /** Inside a `{ … }` flow mapping. */
      flow?: boolean;
    }
  | {
      /** On the value of a key or of a list item. */
      place: 'value';
      path: DataPath;
      token: Token;
      prefix: string;
      /** False right after `key:` with no space yet: an inserted value needs one. */
      spaced: boolean;
      column: number;
      flow?: boolean;
      /**
       * Right after a list dash with no colon on the line: the item may be a scalar or the first key of a new
       * mapping; `siblings` are the keys of that mapping already written below the cursor.
       */
      item?: boolean;
      siblings?: string[];
    }
  | { place: 'none' };

interface Frame {
  type: 'map' | 'seq';
  /** Column of the keys (map) or of the dashes (seq). */
  col: number;
  keys: string[];
  /** The last key (map) or index (seq): the parent of whatever comes next, more indented. */
  last?: string | number;
  /** The last key or item has no value on its line: children may follow on the next lines. */
  pending: boolean;
}

interface KeyToken {
  name: string;
  /** Columns of the key text (quotes included) and just past the colon. */
  start: number;
  end: number;
  colon: number;
}

interface LineShape {
  indent: number;
  dashes: number[];
  /** Column where the content after the dashes begins. */
  at: number;
  key?: KeyToken;
  /** Column where the value after `key:` (or after the dashes) begins, and the value up to a comment. */
  valueAt: number;
  value: string;
}

const BLANK = /^\s*(#.*)?$/;

export function cursorAt(text: string, offset: number): Cursor {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf('\n', clamped - 1) + 1;
  const nextBreak = text.indexOf('\n', clamped);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const col = clamped - lineStart;
  if (col > line.length) return { place: 'none' };

  const above = text.slice(0, lineStart).split('\n');
  above.pop(); // the empty string after the last line break
  const stack = readFrames(above);
  if (!stack) return { place: 'none' }; // inside a block scalar or a multi-line flow

  // Inside the prose of a block scalar (`about: |`)? Then the cursor line is part of it when indented deeper.
  const effectiveIndent = /^\s*$/.test(line) ? col : indentOf(line);
  if (stack.blockScalarCol !== undefined && effectiveIndent > stack.blockScalarCol) return { place: 'none' };
  const frames = stack.frames;

  const before = line.slice(0, col);
  if (commentStart(before) !== -1) return { place: 'none' };

  const shape = shapeOf(line);
  const below = text.slice(lineEnd + 1).split('\n');

  // A blank line, or the cursor in the indentation: a key can be typed at the cursor's column.
  if (col <= shape.indent && shape.dashes.length === 0) {
    const column = /^\s*$/.test(line) ? col : shape.indent;
    const token: Token = shape.key
      ? { start: lineStart + shape.key.start, end: lineStart + shape.key.end, text: line.slice(shape.key.start, shape.key.end) }
      : { start: clamped, end: clamped, text: '' };
    return keyCursor(frames, column, token, '', shape.key, below);
  }

  // Dashes: `- ` at each; the cursor must be past the last one's space to be inside the item.
  for (const dash of shape.dashes) {
    if (col <= dash) return { place: 'none' };
  }
  if (shape.dashes.length && col === shape.dashes[shape.dashes.length - 1] + 1) return { place: 'none' };

  const seqFrames = frames.slice();
  for (const dash of shape.dashes) pushSeqItem(seqFrames, dash);

  if (shape.key && col <= shape.key.end) {
    // On the key itself.
    const k = shape.key;
    const token = { start: lineStart + k.start, end: lineStart + k.end, text: line.slice(k.start, k.end) };
    if (col < k.start) return { place: 'none' };
    return keyCursor(seqFrames, k.start, token, line.slice(k.start, col), k, below);
  }

  if (shape.key) {
    const k = shape.key;
    if (col < k.colon) {
      // Between the key and its colon.
      const token = { start: lineStart + k.start, end: lineStart + k.end, text: line.slice(k.start, k.end) };
      return keyCursor(seqFrames, k.start, token, line.slice(k.start, k.end), k, below);
    }
    const container = containerFor(seqFrames, k.start);
    const valuePath = [...container.path, unquote(k.name)];
    return valueCursor(valuePath, line, lineStart, col, k.colon, k.start);
  }

  // No key on the line. After a dash: a list item's value, or the first key of a new item being typed.
  if (shape.dashes.length) {
    const itemPath = pathTo(seqFrames);
    const column = shape.dashes[shape.dashes.length - 1] + 2;
    const cursor = valueCursor(itemPath, line, lineStart, col, shape.at, column, true);
    if (cursor.place !== 'value' || cursor.flow) return cursor;
    return { ...cursor, item: true, siblings: keysBelow(below, shape.at) };
  }
  // Else a half-typed key.
  const word = line.slice(shape.at, col);
  if (/\s/.test(word.trim()) || /^["'|>\[{&*!]/.test(word)) return { place: 'none' };
  const tokenEnd = shape.at + (/^[^\s:#]*/.exec(line.slice(shape.at))?.[0].length ?? 0);
  const end = Math.max(tokenEnd, col);
  const token = { start: lineStart + shape.at, end: lineStart + end, text: line.slice(shape.at, end) };
  return keyCursor(seqFrames, shape.at, token, word, undefined, below);
}

/** Reads the lines above the cursor into a stack of open mappings and lists. */
function readFrames(lines: string[]): { frames: Frame[]; blockScalarCol?: number } | undefined {
  const frames: Frame[] = [];
  let blockScalarCol: number | undefined;
  let flowDepth = 0;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (blockScalarCol !== undefined) {
      if (/^\s*$/.test(line) || indentOf(line) > blockScalarCol) continue;
      blockScalarCol = undefined;
    }
    if (flowDepth > 0) {
      flowDepth = Math.max(0, flowDepth + bracketBalance(line));
      continue;
    }
    if (BLANK.test(line)) continue;
    if (/^(---|\.\.\.)(\s|$)/.test(line) || /^%/.test(line)) continue;
    const shape = shapeOf(line);
    const first = shape.dashes.length ? shape.dashes[0] : shape.indent;
    const top = frames[frames.length - 1];
    // A line deeper than a key or item that already has its value on its own line continues that value.
    if (top && first > top.col && !top.pending) continue;
    for (const dash of shape.dashes) pushSeqItem(frames, dash);
    let valueCol = shape.dashes.length ? shape.dashes[shape.dashes.length - 1] : -1;
    if (shape.key) {
      pushKey(frames, shape.key.start, unquote(shape.key.name));
      valueCol = shape.key.start;
    }
    const value = shape.value.trim();
    const last = frames[frames.length - 1];
    if (last) last.pending = value === '' || /^[&!][^\s]*$/.test(value);
    if (/^[|>]/.test(value)) {
      blockScalarCol = valueCol;
      if (last) last.pending = false;
    } else if (/^[\[{]/.test(value)) {
      const balance = bracketBalance(value);
      if (balance > 0) flowDepth = balance;
    }
  }
  if (flowDepth > 0) return undefined;
  return { frames, blockScalarCol };
}

function pushSeqItem(frames: Frame[], col: number): void {
  while (frames.length && frames[frames.length - 1].col > col) frames.pop();
  const top = frames[frames.length - 1];
  if (top?.type === 'seq' && top.col === col) {
    top.last = (top.last as number) + 1;
    top.pending = true;
    return;
  }
  if (top) top.pending = false;
  frames.push({ type: 'seq', col, keys: [], last: 0, pending: true });
}

function pushKey(frames: Frame[], col: number, name: string): void {
  while (frames.length && frames[frames.length - 1].col > col) frames.pop();
  let top = frames[frames.length - 1];
  if (top?.type === 'seq' && top.col === col) {
    frames.pop(); // a list written at the same column as its key ends at the next key
    top = frames[frames.length - 1];
  }
  if (top?.type === 'map' && top.col === col) {
    top.keys.push(name);
    top.last = name;
    return;
  }
  if (top) top.pending = false;
  frames.push({ type: 'map', col, keys: [name], last: name, pending: true });
}

/** The path from the root to the innermost open frame's current child. */
function pathTo(frames: Frame[]): DataPath {
  return frames.map((frame) => frame.last as string | number);
}

/** The mapping a key at `col` belongs to: its path and the keys it already has above. */
function containerFor(frames: Frame[], col: number): { path: DataPath; keys: string[] } {
  const stack = frames.slice();
  while (stack.length && stack[stack.length - 1].col > col) stack.pop();
  let top = stack[stack.length - 1];
  if (top?.type === 'seq' && top.col === col) {
    stack.pop();
    top = stack[stack.length - 1];
  }
  if (top?.type === 'map' && top.col === col) return { path: pathTo(stack.slice(0, -1)), keys: top.keys.slice() };
  return { path: pathTo(stack), keys: [] };
}

function keyCursor(
  frames: Frame[],
  col: number,
  token: Token,
  prefix: string,
  key: KeyToken | undefined,
  below: string[],
): Cursor {
  const container = containerFor(frames, col);
  const siblings = [...container.keys, ...keysBelow(below, col)];
  const name = key ? unquote(key.name) : undefined;
  return {
    place: 'key',
    path: container.path,
    key: name,
    token,
    prefix,
    siblings: siblings.filter((s) => s !== name),
    hasColon: !!key,
    column: col,
  };
}

/** Keys at exactly `col` in the lines below, until the mapping ends (a line less indented). */
function keysBelow(lines: string[], col: number): string[] {
  const keys: string[] = [];
  let blockScalarCol: number | undefined;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (blockScalarCol !== undefined) {
      if (/^\s*$/.test(line) || indentOf(line) > blockScalarCol) continue;
      blockScalarCol = undefined;
    }
    if (BLANK.test(line)) continue;
    const shape = shapeOf(line);
    const first = shape.dashes.length ? shape.dashes[0] : shape.indent;
    if (first < col) break;
    if (first > col) continue;
    if (shape.dashes.length) continue; // a list written at the key's column: it belongs to the key above
    if (!shape.key) continue;
    keys.push(unquote(shape.key.name));
    if (/^[|>]/.test(shape.value.trim())) blockScalarCol = col;
  }
  return keys;
}

/**
 * The value after `key:` (or after a list dash), from `from` on. Inside `[ … ]` or `{ … }` the cursor may be on an
 * item, on a key of a flow mapping or on its value.
 */
function valueCursor(path: DataPath, line: string, lineStart: number, col: number, from: number, column: number, afterDash = false): Cursor {
  let start = from;
  const spaced = afterDash || /[ \t]/.test(line.charAt(from));
  if (col === from && spaced && !afterDash) return { place: 'none' };
  while (start < line.length && /[ \t]/.test(line.charAt(start))) start++;
  const comment = commentStart(line.slice(0, Math.max(col, start)));
  if (comment !== -1) return { place: 'none' };
  if (col < start) start = col;
  const rest = line.slice(start);
  if (/^[|>]/.test(rest)) return { place: 'none' };
  if (/^[\[{]/.test(rest) && col > start) return flowCursor(path, line, lineStart, col, start, column);
  const valueEnd = endOfValue(line, start);
  const end = Math.max(col, valueEnd);
  return {
    place: 'value',
    path,
    token: { start: lineStart + start, end: lineStart + end, text: line.slice(start, end) },
    prefix: line.slice(start, col),
    spaced,
    column,
  };
}

function endOfValue(line: string, start: number): number {
  const comment = commentStart(line.slice(start));
  const end = comment === -1 ? line.length : start + comment;
  let trimmed = end;
  while (trimmed > start && /\s/.test(line.charAt(trimmed - 1))) trimmed--;
  return trimmed;
}

/** Walks a one-line flow collection up to the cursor. */
function flowCursor(path: DataPath, line: string, lineStart: number, col: number, start: number, column: number): Cursor {
  interface Level {
    type: 'seq' | 'map';
    path: DataPath;
    index: number;
    key?: string;
    keys: string[];
    /** Where the current entry began. */
    entry: number;
  }
  const levels: Level[] = [];
  let closed = false; // the collection ended before the cursor
  const { quoted } = scanOutsideQuotes(line.slice(start, col), (c, at) => {
    const i = start + at;
    const level = levels[levels.length - 1];
    if (c === '[' || c === '{') {
      const childPath = level ? (level.type === 'seq' ? [...level.path, level.index] : [...level.path, level.key ?? '']) : path;
      levels.push({ type: c === '[' ? 'seq' : 'map', path: childPath, index: 0, keys: [], entry: i + 1 });
    } else if (c === ']' || c === '}') {
      levels.pop();
      closed ||= levels.length === 0;
    } else if (c === ',' && level) {
      level.index++;
      if (level.type === 'map' && level.key !== undefined) level.keys.push(level.key);
      level.key = undefined;
      level.entry = i + 1;
    } else if (c === ':' && level?.type === 'map' && level.key === undefined && /[\s,}]/.test(line.charAt(i + 1) || ' ')) {
      level.key = unquote(line.slice(level.entry, i).trim());
      level.entry = i + 1;
    }
  });
  if (quoted || closed) return { place: 'none' };
  const level = levels[levels.length - 1];
  if (!level) return { place: 'none' };
  let tokenStart = level.entry;
  while (tokenStart < col && /\s/.test(line.charAt(tokenStart))) tokenStart++;
  let tokenEnd = col;
  while (tokenEnd < line.length && !/[,\]}:#]/.test(line.charAt(tokenEnd))) tokenEnd++;
  while (tokenEnd > col && /\s/.test(line.charAt(tokenEnd - 1))) tokenEnd--;
  const token = { start: lineStart + tokenStart, end: lineStart + tokenEnd, text: line.slice(tokenStart, tokenEnd) };
  const prefix = line.slice(tokenStart, col);
  if (level.type === 'seq') return { place: 'value', path: [...level.path, level.index], token, prefix, spaced: true, column, flow: true };
  if (level.key !== undefined) return { place: 'value', path: [...level.path, level.key], token, prefix, spaced: /\s/.test(line.charAt(level.entry)) || col > level.entry, column, flow: true };
  // A key of the flow mapping: the keys after the cursor count as present too.
  const after = line.slice(col).split(/[}]/)[0];
  const later = [...after.matchAll(/(?:^|,)\s*["']?([^\s:,"'{}]+)["']?\s*:/g)].map((m) => m[1]);
  const hasColon = /^[^,}]*:/.test(line.slice(col));
  const name = hasColon ? token.text.trim() : undefined;
  return {
    place: 'key',
    path: level.path,
    key: name ? unquote(name) : undefined,
    token,
    prefix,
    siblings: [...level.keys, ...later].filter((k) => k !== name),
    hasColon,
    column,
    flow: true,
  };
}

/** Flow brackets opened minus those closed, outside quoted scalars and comments. */
function bracketBalance(text: string): number {
  let balance = 0;
  scanOutsideQuotes(text, (c) => {
    if (c === '[' || c === '{') balance++;
    else if (c === ']' || c === '}') balance--;
  });
  return balance;
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/** Index of a `#` that starts a comment (at the start or after whitespace, outside quotes), or -1. */
function commentStart(text: string): number {
  return scanOutsideQuotes(text).comment;
}

/**
 * Walks a line outside quoted scalars, showing `visit` each character and its index, up to a comment: where the
 * comment starts (-1 for none), and whether the text ends inside quotes. A quote opens a scalar only at the start
 * or after white space, `[`, `{`, `,` or `:` (the apostrophe in `don't` is a letter); inside, `\` escapes in
 * double quotes and `''` is a quote in single ones.
 */
function scanOutsideQuotes(text: string, visit?: (c: string, index: number) => void): { comment: number; quoted: boolean } {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote && quote === "'" && text.charAt(i + 1) === "'") i++;
      else if (c === quote) quote = '';
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text.charAt(i - 1)))) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text.charAt(i - 1)))) return { comment: i, quoted: false };
    else visit?.(c, i);
  }
  return { comment: -1, quoted: quote !== '' };
}

const PLAIN_KEY = /^([^\s#\-?:,\[\]{}&*!|>'"%@`]|-(?=\S))[^#]*?(?=[ \t]*:(?:[ \t]|$))/;
const QUOTED_KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')(?=[ \t]*:(?:[ \t]|$))/;

function shapeOf(line: string): LineShape {
  const indent = indentOf(line);
  const dashes: number[] = [];
  let at = indent;
  while (line.charAt(at) === '-' && (at + 1 === line.length || /[ \t]/.test(line.charAt(at + 1)))) {
    dashes.push(at);
    at++;
    while (/[ \t]/.test(line.charAt(at))) at++;
  }
  const rest = line.slice(at);
  const match = QUOTED_KEY.exec(rest) ?? PLAIN_KEY.exec(rest);
  if (match) {
    const name = match[0];
    const colonAt = at + rest.indexOf(':', name.length);
    const key = { name, start: at, end: at + name.length, colon: colonAt + 1 };
    const valueText = line.slice(key.colon);
    const comment = commentStart(valueText);
    return { indent, dashes, at, key, valueAt: key.colon, value: comment === -1 ? valueText : valueText.slice(0, comment) };
  }
  const comment = commentStart(rest);
  return { indent, dashes, at, valueAt: at, value: comment === -1 ? rest : rest.slice(0, comment) };
}

function unquote(name: string): string {
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) {
    try {
      return JSON.parse(name) as string;
    } catch {
      return name.slice(1, -1);
    }
  }
  if (name.length >= 2 && name.startsWith("'") && name.endsWith("'")) return name.slice(1, -1).replace(/''/g, "'");
  return name;
}

// ---------------------------------------------------------------- suggestions

export interface Suggestion {
  label: string;
  kind: 'property' | 'value' | 'snippet';
  /** The field's title (keys) or the field the value belongs to. */
  detail?: string;
  /** Markdown: the field's own hover text. */
  documentation?: string;
  /** Text to insert, in snippet syntax (`$0`, `${1|a,b|}`). */
  insertText: string;
  /** Offsets [start, end) of the text the suggestion replaces. */
  start: number;
  end: number;
  /** Keeps keys in the order of the schema, which is the order of the blocks in a document. */
  sortText: string;
  /** What the typed text is matched against, when not the label (a snippet replaces the line's indentation too). */
  filterText?: string;
  /** Open the suggestions again after inserting (a block that expects keys or list items). */
  retrigger?: boolean;
  /** The recommended value (`weekly` for calls). */
  preselect?: boolean;
  required?: boolean;
}

/** Keys valid at the cursor (not yet in that mapping) or the values allowed after `key: `. */
export function suggest(text: string, offset: number, kind: DocumentKind, cursor: Cursor = cursorAt(text, offset)): Suggestion[] {
  if (cursor.place === 'none') return [];
  const eol = text.indexOf('\n', offset);
  const restOfLine = text.slice(cursor.token.end, eol === -1 ? text.length : eol);
  const lineEndsAfterToken = /^[ \t]*\r?$/.test(restOfLine);
  if (cursor.place === 'value') {
    const schema = schemaAt(kind, cursor.path);
    if (!schema) return [];
    if (cursor.item && isObject(schema)) {
      // `- ro`: the first key of a new list item.
      if (/\s/.test(cursor.prefix)) return [];
      const asKey = { place: 'key' as const, path: cursor.path, token: cursor.token, prefix: cursor.prefix, siblings: cursor.siblings ?? [], hasColon: false, column: cursor.column };
      return keySuggestions(schema, asKey, lineEndsAfterToken, '');
    }
    return valueSuggestions(schema, cursor, fieldSchema(kind, cursor.path));
  }
  const container = schemaAt(kind, cursor.path);
  if (!container) return [];
  if (isObject(container)) return keySuggestions(container, cursor, !cursor.hasColon && lineEndsAfterToken, '');
  // A blank line under a list of mappings: the keys of a new item, with its dash.
  const items = container.items;
  if (isArray(container) && items && isObject(items) && !cursor.hasColon && !cursor.flow && lineEndsAfterToken) {
    return keySuggestions(items, { ...cursor, siblings: [], column: cursor.column + 2 }, true, '- ');
  }
  return [];
}

/** The schema that documents a value: for a list item, the list's own property when the item has no title. */
function fieldSchema(kind: DocumentKind, path: DataPath): PropertySchema | undefined {
  const own = schemaAt(kind, path);
  if (typeof path[path.length - 1] === 'number') {
    const list = schemaAt(kind, path.slice(0, -1));
    return own?.markdownDescription && own.title ? own : list;
  }
  return own;
}

/** `funnel.computed` and its figures: Proposal Studio writes them, nobody types them. */
function writtenByTool(schema: PropertySchema): boolean {
  if (schema.readOnly) return true;
  const children = Object.values(schema.properties ?? {});
  return children.length > 0 && children.every((child) => child.readOnly);
}

function isObject(schema: PropertySchema): boolean {
  return schema.type === 'object' || (!!schema.properties && schema.type === undefined);
}

function isArray(schema: PropertySchema): boolean {
  return schema.type === 'array';
}

function isProse(schema: PropertySchema): boolean {
  return schema.contentMediaType === 'text/markdown' && schema.type === 'string';
}

function keySuggestions(
  container: PropertySchema,
  cursor: Extract<Cursor, { place: 'key' }>,
  withValue: boolean,
  lead: string,
): Suggestion[] {
  const properties = container.properties ?? {};
  const required = new Set(container.required ?? []);
  const taken = new Set(cursor.siblings);
  const suggestions: Suggestion[] = [];
  Object.entries(properties).forEach(([name, schema], index) => {
    if (taken.has(name) || writtenByTool(schema)) return;
    const insert = withValue ? `${lead}${name}${valueTemplate(schema, cursor.column, cursor.flow ?? false)}` : `${lead}${name}`;
    suggestions.push({
      label: name,
      kind: 'property',
      detail: schema.title,
      documentation: docOf(schema),
      insertText: insert,
      start: cursor.token.start,
      end: cursor.token.end,
      sortText: `${required.has(name) ? 0 : 1}${String(index).padStart(3, '0')}`,
      ...(withValue && expectsChildren(schema) ? { retrigger: true } : {}),
      ...(required.has(name) ? { required: true } : {}),
    });
  });
  return suggestions;
}

/** Whatever follows `key` when a whole entry is inserted: `: ${1|weekly,…|}`, `:\n  - `, `: |\n  `… */
function valueTemplate(schema: PropertySchema, column: number, flow: boolean): string {
  const pad = ' '.repeat(column + 2);
  if (schema.const !== undefined) return `: ${escapeSnippet(String(schema.const))}`;
  if (schema.enum?.length) return `: \${1|${schema.enum.map((v) => escapeChoice(String(v))).join(',')}|}`;
  if (schema.type === 'boolean') return ': ${1|true,false|}';
  if (flow) return ': $0';
  if (isObject(schema)) return `:\n${pad}$0`;
  if (isArray(schema)) {
    const items = schema.items;
    if (items?.enum?.length) return ': [$0]';
    return `:\n${pad}- $0`;
  }
  if (isProse(schema)) return `: |\n${pad}$0`;
  // Free text in quotes: a colon or a `#` typed into it (`Acme: 50 orders`) stays part of the value.
  if (isFreeText(schema)) return ': "$0"';
  return ': $0';
}

/** A code checked by a pattern, such as `locale` or `currency`: its examples are the usual values, offered as such. */
function isCode(schema: PropertySchema): boolean {
  const examples = schema.examples ?? [];
  return schema.type === 'string' && !!schema.pattern && examples.length > 1 && examples.every((e) => typeof e === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,4})?$/.test(e));
}

/** A string with no list of values, no format and no pattern: a name, a title, a sentence. */
function isFreeText(schema: PropertySchema): boolean {
  return schema.type === 'string' && !schema.enum && !schema.format && !schema.pattern;
}

function expectsChildren(schema: PropertySchema): boolean {
  if (schema.enum || schema.const !== undefined || schema.type === 'boolean') return false;
  return isObject(schema) || (isArray(schema) && (!!schema.items && (isObject(schema.items) || !!schema.items.enum)));
}

function valueSuggestions(
  schema: PropertySchema,
  cursor: Extract<Cursor, { place: 'value' }>,
  field: PropertySchema | undefined,
): Suggestion[] {
  let values: unknown[] = [];
  if (schema.const !== undefined) values = [schema.const];
  else if (schema.enum) values = schema.enum;
  else if (schema.type === 'boolean') values = [true, false];
  else if (isCode(schema)) values = schema.examples ?? [];
  const lead = cursor.spaced ? '' : ' ';
  const recommended = field?.examples?.[0] ?? schema.examples?.[0];
  return values.map((value, index) => ({
    label: String(value),
    kind: 'value' as const,
    detail: field?.title ?? schema.title,
    documentation: field ? docOf(field) : docOf(schema),
    insertText: lead + escapeSnippet(String(value)),
    start: cursor.token.start,
    end: cursor.token.end,
    sortText: String(index).padStart(3, '0'),
    ...(values.length > 1 && value === recommended ? { preselect: true } : {}),
  }));
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}

// ---------------------------------------------------------------- hover

export interface FieldDoc {
  path: DataPath;
  title?: string;
  /** The hover text: the title in bold, then the field's markdownDescription. */
  markdown: string;
  /** Offsets [start, end) of the key hovered. */
  start: number;
  end: number;
}

/** The documentation of the key under the cursor, from its schema. */
export function describe(text: string, offset: number, kind: DocumentKind): FieldDoc | undefined {
  const cursor = cursorAt(text, offset);
  if (cursor.place !== 'key' || cursor.key === undefined) return undefined;
  if (offset < cursor.token.start || offset > cursor.token.end) return undefined;
  const path = [...cursor.path, cursor.key];
  const schema = schemaAt(kind, path);
  if (!schema) return undefined;
  return { path, title: schema.title, markdown: docOf(schema), start: cursor.token.start, end: cursor.token.end };
}

function docOf(schema: PropertySchema): string {
  const body = schema.markdownDescription ?? schema.description ?? '';
  return schema.title ? `**${schema.title}**\n\n${body}` : body;
}
