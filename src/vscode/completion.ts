// Completion inside briefs and proposals, from the schemas: the keys valid at the cursor and not yet written, the
// values allowed after `key: `, and the `ps-` snippets where they belong (contributed here rather than as static
// snippets, which VS Code offers anywhere in any YAML file). The work is done by the pure core (src/core/complete.ts,
// src/core/snippets.ts); this is the glue. It
// needs no other extension: the schemas are deliberately not registered with a YAML language server, so that
// schema problems are reported once, by Proposal Studio.
import * as vscode from 'vscode';
import { cursorAt, documentKind, suggest, type Suggestion } from '../core/complete';
import { snippetSuggestions } from '../core/snippets';
import { LANGUAGE_ID } from './bootstrap';
import { isCandidate } from './documents';

export const SCHEMA_SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE_ID }, { language: 'yaml' }, { pattern: '**/*.{brief,proposal}.{yaml,yml}' }];

/** A space after `key:` or `- `, and the colon itself, open the list without Ctrl+Space. */
export const TRIGGER_CHARACTERS = [' ', ':'];

export class SchemaCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    _token: vscode.CancellationToken,
    context: vscode.CompletionContext,
  ): vscode.CompletionItem[] | undefined {
    if (!isCandidate(document)) return undefined;
    const text = document.getText();
    const kind = documentKind(text, document.fileName);
    if (!kind) return undefined;
    const offset = document.offsetAt(position);
    const cursor = cursorAt(text, offset);
    const suggestions = [...suggest(text, offset, kind, cursor), ...snippetSuggestions(text, offset, kind, cursor)];
    if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && !wantedOnTrigger(suggestions, context.triggerCharacter)) {
      return undefined;
    }
    return suggestions.map((s) => toItem(document, position, s));
  }
}

/**
 * A typed space or colon opens the list only where it helps: values after `key: ` (or right after `key:`), keys
 * after a list dash or on an indented blank line. A space typed in the middle of a value opens nothing.
 */
function wantedOnTrigger(suggestions: Suggestion[], character: string | undefined): boolean {
  if (!suggestions.length) return false;
  if (character === ':') return suggestions.every((s) => s.kind === 'value');
  if (suggestions.every((s) => s.kind === 'snippet')) return false; // a space ends a word: no snippet starts there
  return true;
}

const ITEM_KINDS: Record<Suggestion['kind'], vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  snippet: vscode.CompletionItemKind.Snippet,
};

function toItem(document: vscode.TextDocument, position: vscode.Position, s: Suggestion): vscode.CompletionItem {
  const item = new vscode.CompletionItem(
    s.detail ? { label: s.label, description: s.detail } : s.label,
    ITEM_KINDS[s.kind],
  );
  const start = document.positionAt(s.start);
  const end = document.positionAt(s.end);
  // Replace the whole word under the cursor on Tab/Enter, insert before it with Shift: VS Code's usual behaviour.
  item.range = { inserting: new vscode.Range(start, position), replacing: new vscode.Range(start, end.isBefore(position) ? position : end) };
  item.insertText = new vscode.SnippetString(s.insertText);
  item.filterText = s.filterText ?? s.label;
  item.sortText = s.sortText;
  if (s.detail) item.detail = s.detail;
  if (s.documentation) {
    const documentation = new vscode.MarkdownString(s.documentation);
    documentation.isTrusted = false;
    documentation.supportHtml = false;
    item.documentation = documentation;
  }
  if (s.preselect) item.preselect = true;
  if (s.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest' };
  return item;
}

export function registerSchemaCompletion(): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(SCHEMA_SELECTOR, new SchemaCompletionProvider(), ...TRIGGER_CHARACTERS);
}
