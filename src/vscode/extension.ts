// The extension's entry point: wires the pure core to VS Code. Nothing is created at import time.
import * as vscode from 'vscode';
import { DiagnosticsPublisher } from './diagnostics';
import { registerSchemaCompletion } from './completion';
import { CheckStore } from './documents';
import { registerExportHtml } from './exportHtml';
import { registerFunnelActions } from './funnelActions';
import { registerFunnelHover } from './funnelHover';
import { RendererLoader, registerPreview } from './preview';
import { registerSchemaHover } from './schemaHover';
import { registerTemplateCommands } from './templates';

export function activate(context: vscode.ExtensionContext): void {
  const store = new CheckStore();
  const ruleDocs = (rule: string) => vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${rule}.md`);
  context.subscriptions.push(new DiagnosticsPublisher(store, ruleDocs));
  context.subscriptions.push(registerFunnelActions(store), registerFunnelHover(store));
  context.subscriptions.push(registerSchemaCompletion(), registerSchemaHover(), registerTemplateCommands());
  const renderer = new RendererLoader(); // markdown-it and the renderer load on the first preview or export
  context.subscriptions.push(registerPreview(context, store, renderer), registerExportHtml(context, store, renderer));
}

export function deactivate(): void {}
