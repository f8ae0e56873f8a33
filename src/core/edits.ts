// Text edits as the core hands them out (quick fixes, the funnel written into the file): applied here by the
// command line and the tests, by VS Code as one WorkspaceEdit in the editor.
import type { TextEdit } from './types';

/** The text with the edits applied (edits must not overlap; any order: offsets count in the text as it was). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  // From the end, so offsets stay true; insertions at one offset land in the order given (the last applied first).
  const order = edits.map((edit, index) => ({ edit, index }));
  order.sort((a, b) => b.edit.offset - a.edit.offset || b.edit.length - a.edit.length || b.index - a.index);
  for (const { edit } of order) {
    result = result.slice(0, edit.offset) + edit.newText + result.slice(edit.offset + edit.length);
  }
  return result;
}
