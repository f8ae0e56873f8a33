// What a YAML slip is: the mistake a person makes writing YAML by hand (a colon inside a value, a tab, a quote left
// open), recognised from the parser's error and the line it is on, said in plain words, with the edit that puts it
// right. One slip per file in this folder; index.ts tries them in order. Pure: no `vscode`, nothing thrown.
import { parseDocument } from 'yaml';
import { message, type MessageArgs, type MessageId } from '../i18n';
import type { LineIndex } from '../lines';
import type { Fix, TextEdit } from '../types';

/** The parser's error and where it is. */
export interface SlipContext {
  readonly text: string;
  readonly lines: LineIndex;
  /** yaml's error code (`BLOCK_AS_IMPLICIT_KEY`) and its English message. */
  readonly code: string;
  readonly detail: string;
  readonly pos: readonly [number, number];
  /** The 0-based line the error starts on, and that line read as `indent`, `- `, `key:` and value. */
  readonly line: number;
  readonly entry: LineEntry;
}

export interface Explanation {
  readonly text: ReturnType<typeof message>;
  /** Offsets [start, end) of what the finding underlines; it always covers the line yaml named. */
  readonly range: readonly [number, number];
  readonly fixes: Fix[];
}

export interface Slip {
  /** The finding's code, e.g. `colon-in-value`. */
  readonly code: string;
  explain(context: SlipContext): Explanation | undefined;
}

/** One line of a block: `  - key: value  # comment`, each part with its offset in the whole text. */
export interface LineEntry {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** Spaces before anything else (tabs are a slip of their own). */
  readonly indent: number;
  /** Where the key, or the value of a list item without a key, starts. */
  readonly contentStart: number;
  readonly key?: string;
  /** The value after `key: ` (or after `- `), without trailing spaces; empty when there is none. */
  readonly value: string;
  readonly valueStart: number;
}

// A key is a plain word or words, or a quoted string, followed by `:` and a space or the end of the line.
const ENTRY = /^( *)((?:- +)*)(?:([^\s#'"?:\-[\]{},&*!|>%@`][^#\n]*?|"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'):(?=[ \t]|$))?[ \t]*(.*?)[ \t]*$/;

export function lineEntry(lines: LineIndex, line: number): LineEntry {
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  const raw = lines.text.slice(start, end);
  const match = ENTRY.exec(raw);
  if (!match) return { start, end, raw, indent: 0, contentStart: start, value: raw, valueStart: start };
  const [, spaces, dashes, key, value] = match;
  const contentStart = start + spaces.length + dashes.length;
  let valueStart = contentStart + (key ? key.length + 1 : 0);
  while (raw[valueStart - start] === ' ' || raw[valueStart - start] === '\t') valueStart++;
  return { start, end, raw, indent: spaces.length, contentStart, key: key ? unquoteKey(key) : undefined, value, valueStart: Math.min(valueStart, end) };
}

function unquoteKey(key: string): string {
  if (key.startsWith('"')) return key.slice(1, -1).replace(/\\(.)/g, '$1');
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key.trim();
}

/** Same YAML options as the parser (src/core/parse.ts), for checking one line on its own. */
const LINE_OPTIONS = { schema: 'core', merge: true, uniqueKeys: true, prettyErrors: false, logLevel: 'silent' } as const;

/** What a line alone reads as, once its indentation and list dashes are taken away; undefined if it does not parse. */
export function readAlone(line: string): unknown {
  const document = parseDocument(line.replace(/^ *(?:- +)*/, ''), LINE_OPTIONS);
  if (document.errors.length > 0 || document.warnings.length > 0) return undefined;
  try {
    return document.toJS({ maxAliasCount: 0 });
  } catch {
    return undefined;
  }
}

/** The value as one double-quoted YAML string: the same words, with `\` and `"` escaped */
export function doubleQuoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Text shown in a fix's title: at most 40 characters of it. */
export function shortened(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** A fix titled by a message (in English, and as a ref for the other languages). */
export function fixOf(id: MessageId, args: MessageArgs, edits: TextEdit[]): Fix {
  const { message: title, localized } = message(id, args);
  return { title, localized, edits };
}

/**
 * The fix that writes a line's value as a quoted text (`wanted`, by default the value as typed), offered only when
 * the line then reads as that key holding exactly that text. A text holding `"` (and no `'`) is single-quoted: it
 * reads as typed, with no backslashes.
 */
export function quoteFix(entry: LineEntry, wanted?: string): Fix | undefined {
  // A line with neither a key nor a list dash is not a value: quoting it would not make it one.
  if (entry.key === undefined && entry.contentStart === entry.start + entry.indent) return undefined;
  // The value as typed, without a comment at its end (` # note`): the comment stays a comment, out of the client's
  // document. A `#` with no space after it (`Offer #2`) is part of the words.
  const comment = wanted === undefined ? / +# .*$/.exec(entry.value) : null;
  const text = wanted ?? (comment ? entry.value.slice(0, comment.index) : entry.value);
  const quoted = text.includes('"') && !text.includes("'") ? `'${text}'` : doubleQuoted(text);
  const rest = comment ? comment[0] : '';
  const read = readAlone(entry.raw.slice(0, entry.valueStart - entry.start) + quoted + rest);
  const holds = entry.key === undefined ? read === text : isRecord(read) && read[entry.key] === text;
  const edits = [{ offset: entry.valueStart, length: entry.value.length - rest.length, newText: quoted }];
  return holds ? fixOf('fix.quoteValue', { value: shortened(quoted) }, edits) : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The nearest line above `line` that holds something other than blanks and comments. */
export function previousContentLine(lines: LineIndex, line: number): number | undefined {
  for (let above = line - 1; above >= 0; above--) {
    const raw = lines.text.slice(lines.lineStart(above), lines.lineEnd(above)).trim();
    if (raw && !raw.startsWith('#')) return above;
  }
  return undefined;
}

/** The finding covers its own line and the place yaml named, so it is always on the line yaml reports. */
export function covering(context: SlipContext, start: number, end: number): [number, number] {
  return [Math.min(start, context.pos[0]), Math.max(end, context.pos[0])];
}
