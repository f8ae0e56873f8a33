// Hovering a key of a brief or proposal shows its documentation from the schema: the title and the
// markdownDescription. For `budget` and `funnel` VS Code also shows the funnel table of funnelHover.ts; the two
// hovers are merged, this one with the field's docs, that one with the numbers.
import * as vscode from 'vscode';
import { describe, documentKind } from '../core/complete';
import { SCHEMA_SELECTOR } from './completion';
import { isCandidate } from './documents';

export class SchemaHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isCandidate(document)) return undefined;
    const text = document.getText();
    const kind = documentKind(text, document.fileName);
    if (!kind) return undefined;
    const field = describe(text, document.offsetAt(position), kind);
    if (!field) return undefined;
    const markdown = new vscode.MarkdownString(field.markdown);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(field.start), document.positionAt(field.end)));
  }
}

export function registerSchemaHover(): vscode.Disposable {
  return vscode.languages.registerHoverProvider(SCHEMA_SELECTOR, new SchemaHoverProvider());
}
