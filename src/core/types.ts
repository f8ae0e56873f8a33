// The shapes every part of Proposal Studio speaks: the editor, the command line and the preview alike.
import type { MessageRef } from './i18n/format';

/** A brief or a proposal; or the agency's identity file, which its briefs and proposals name. */
export type DocumentKind = 'brief' | 'proposal' | 'agency';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['brief', 'proposal', 'agency'];

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Where a finding comes from: the YAML reader, the JSON Schema, or a domain rule. */
export type FindingSource = 'yaml' | 'schema' | 'rule';

/** 0-based line and UTF-16 character, as VS Code and the LSP count them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A path into the document's data: keys of mappings and indexes of lists. */
export type DataPath = readonly (string | number)[];

export interface Finding {
  source: FindingSource;
  /** The rule's name, the YAML problem, or for the schema the failing path and keyword. */
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The data path the finding is about, when it is about one. */
  path?: DataPath;
  /** Characters [from, to) inside the string value at `path` (a sentence, a word), for highlighting. */
  span?: readonly [number, number];
  /** The message as an id and arguments (src/core/i18n), to show it in the user's language; `message` is English. */
  localized?: MessageRef;
  /** Ways to put it right, the likeliest first; each edits the text that was checked. */
  fixes?: readonly Fix[];
}

/** Replace `length` characters at `offset` with `newText` (an insertion when length is 0). */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/** One way to resolve a finding: a title for the light bulb and the edits, applied together as one step. */
export interface Fix {
  /** English; `localized` says it in the reader's language. */
  title: string;
  localized?: MessageRef;
  edits: readonly TextEdit[];
  /** Adds text the author goes on to write (a missing block): offered on its finding, left out of Fix all. */
  addsContent?: true;
}
