// A file a document names (a proposal's `brief:`, any document's `agency:`), read through the caller's reader and
// parsed once per text: a document is checked at every keystroke, the files it names rarely change.
import { parseSource, type ParsedDocument } from './parse';
import { TextCache } from './text/cache';
import type { DocumentKind } from './types';

export type LinkedFile =
  | { readonly state: 'missing' }
  /** Its YAML cannot be read, or its top level is not a mapping. */
  | { readonly state: 'unreadable' }
  /** It says it is another kind of document. */
  | { readonly state: 'other-kind'; readonly kind: unknown }
  | { readonly state: 'ok'; readonly parsed: ParsedDocument; readonly data: Readonly<Record<string, unknown>> };

const parses = new TextCache<ParsedDocument>(8 * 1024 * 1024);

/** Forgets the files parsed so far (see `forgetTextCaches` in rules/helpers.ts). */
export function forgetLinkedFiles(): void {
  parses.clear();
}

/** Reads `path` with `readFile` and parses it, expecting a document of `kind` (one that names no kind passes). */
export function readLinkedFile(path: string, readFile: (path: string) => string | undefined, kind: DocumentKind): LinkedFile {
  let text: string | undefined;
  try {
    text = readFile(path);
  } catch {
    text = undefined;
  }
  if (text === undefined) return { state: 'missing' };
  const source = text;
  const parsed = parses.get(source, () => parseSource(source));
  const data = parsed.data;
  if (!parsed.usable || typeof data !== 'object' || data === null || Array.isArray(data)) return { state: 'unreadable' };
  const record = data as Readonly<Record<string, unknown>>;
  if (record.kind !== undefined && record.kind !== kind) return { state: 'other-kind', kind: record.kind };
  return { state: 'ok', parsed, data: record };
}
