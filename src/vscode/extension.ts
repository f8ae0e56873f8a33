// The extension's entry point: wires the pure core to VS Code. Nothing is created at import time.
import * as vscode from 'vscode';
import { DiagnosticsPublisher } from './diagnostics';
import { CheckStore } from './documents';

export function activate(context: vscode.ExtensionContext): void {
  const store = new CheckStore();
  const ruleDocs = (rule: string) => vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${rule}.md`);
  context.subscriptions.push(new DiagnosticsPublisher(store, ruleDocs));
}

export function deactivate(): void {}
