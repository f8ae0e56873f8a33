// Text edits as the core hands them out (quick fixes, the funnel written into the file): applied here by the
// command line and the tests, by VS Code as one WorkspaceEdit in the editor.
import type { TextEdit } from './types';

/** The text with the edits applied (edits must not overlap; any order: offsets count in the text as it was). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length)) {
    result = result.slice(0, edit.offset) + edit.newText + result.slice(edit.offset + edit.length);
  }
  return result;
}
