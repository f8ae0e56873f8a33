// The `ps-` snippets, offered by completion where they belong rather than contributed to every YAML file: only the
// current kind's blocks, only where a top-level block can start (at the left margin, or on an indented line that ends
// the block above, which the snippet then writes at the margin), never inside a value, a list or prose, never a block
// the document already has; the whole-document snippets only in a document with nothing written yet. The snippets
// themselves are data in VS Code's snippet format (snippets/*.snippets.json), one file per kind and one shared.
import agency from '../../snippets/agency.snippets.json';
import brief from '../../snippets/brief.snippets.json';
import common from '../../snippets/common.snippets.json';
import proposal from '../../snippets/proposal.snippets.json';
import { cursorAt, type Cursor, type Suggestion } from './complete';
import type { DocumentKind } from './types';

export interface Snippet {
  prefix: string;
  description: string;
  /** The text, in snippet syntax. */
  body: string;
  kinds: readonly DocumentKind[];
  /** The top-level key the snippet writes; none for a whole document. */
  key?: string;
}

interface SnippetFile {
  [name: string]: { prefix: string; description: string; body: string[] };
}

function read(file: SnippetFile, kinds: readonly DocumentKind[]): Snippet[] {
  return Object.values(file).map(({ prefix, description, body }) => {
    const whole = body[0].startsWith('kind:');
    const key = whole ? undefined : /^([a-z_]+):/.exec(body[0])?.[1];
    return { prefix, description, body: body.join('\n'), kinds, ...(key ? { key } : {}) };
  });
}

export const SNIPPETS: readonly Snippet[] = [
  ...read(brief, ['brief']),
  ...read(proposal, ['proposal']),
  ...read(common, ['brief', 'proposal']),
  ...read(agency, ['agency']),
];

/** A line holding only the word being typed, or only indentation: where a block's snippet may start. */
const TYPING_A_WORD = /^([ \t]*)([A-Za-z][\w-]*)?$/;

/**
 * The snippets that fit at the cursor, as completion suggestions that replace the typed word (and the indentation).
 * `cursor` is where completion found the cursor already (cursorAt), so the lines above are read once.
 */
export function snippetSuggestions(text: string, offset: number, kind: DocumentKind, cursor: Cursor = cursorAt(text, offset)): Suggestion[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nextBreak = text.indexOf('\n', offset);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const typed = TYPING_A_WORD.exec(line.slice(0, offset - lineStart));
  const after = /^[\w-]*[ \t]*$/.exec(line.slice(offset - lineStart));
  if (!typed || !after) return [];
  const indent = typed[1];
  const end = offset + after[0].replace(/[ \t]+$/, '').length;

  const others = text.slice(0, lineStart) + text.slice(lineEnd);
  const fits = nothingWritten(others)
    ? SNIPPETS.filter((s) => s.key === undefined && s.kinds.includes(kind))
    : blockSnippetsAt(cursor, kind, indent.length > 0, text.slice(lineEnd), () => marginKeys(others, lineStart));
  return fits.map((snippet) => ({
    label: snippet.prefix,
    kind: 'snippet' as const,
    detail: snippet.description,
    documentation: '```yaml\n' + preview(snippet.body) + '\n```',
    insertText: snippet.body,
    // From the line's start: an indented line's snippet is written at the margin, where a block starts.
    start: lineStart,
    end,
    sortText: `2${snippet.prefix}`,
    filterText: indent + snippet.prefix,
  }));
}

/** The blocks that can start on this line: top level, not yet in the document, of the document's kind. */
function blockSnippetsAt(cursor: Cursor, kind: DocumentKind, indented: boolean, below: string, topLevelKeys: () => string[]): Snippet[] {
  if (cursor.place !== 'key' || cursor.flow) return [];
  // Indented: only on a line that ends the block above, so what follows stays where it is.
  if (indented && !endsItsBlock(below)) return [];
  if (!indented && cursor.path.length > 0) return [];
  // At the margin the cursor's siblings are the top-level keys; on an indented line they are its block's.
  const present = new Set(indented ? topLevelKeys() : cursor.siblings);
  return SNIPPETS.filter((s) => s.key !== undefined && s.kinds.includes(kind) && !present.has(s.key));
}

/** The top-level keys of the document, read as cursorAt reads them: from a blank line at the margin. */
function marginKeys(withoutLine: string, lineStart: number): string[] {
  const margin = cursorAt(withoutLine, lineStart);
  return margin.place === 'key' ? margin.siblings : [];
}

/** Nothing but blank lines and comments. */
function nothingWritten(text: string): boolean {
  return /^(\s*(#.*)?(\r?\n|$))*$/.test(text);
}

/** The lines after the cursor's: the next one with content starts at the margin, or there is none. */
function endsItsBlock(below: string): boolean {
  for (const line of below.split('\n').slice(1)) {
    if (/^\s*(#.*)?\r?$/.test(line)) continue;
    return !/^[ \t]/.test(line);
  }
  return true;
}

/** The text a snippet writes with its placeholders' defaults and first choices: what the documentation shows. */
function preview(body: string): string {
  let text = body;
  let previous: string;
  do {
    previous = text;
    text = text
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\|((?:\\.|[^,|\\])*)[^}]*\|\}/g, '$1')
      .replace(/\$\{[A-Z_]+\}/g, (variable) => ({ '${CURRENT_YEAR}': 'YYYY', '${CURRENT_MONTH}': 'MM', '${CURRENT_DATE}': 'DD' })[variable] ?? '')
      .replace(/\$\{?\d+\}?/g, '');
  } while (text !== previous);
  return text.replace(/\\([$}\\,|])/g, '$1');
}
