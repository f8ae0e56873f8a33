// Publishes findings as diagnostics: at once when a document opens, debounced per document while typing, and
// cleared when it closes or its file is deleted.
import * as vscode from 'vscode';
import { shownCode } from '../core/schema/codes';
import type { Finding, Severity } from '../core/types';
import { CheckStore, isCandidate } from './documents';

export const DIAGNOSTIC_SOURCE = 'proposal-studio';

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  /** One timer per document: a single shared debounce would drop the updates of all but the last document. */
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: CheckStore,
    private readonly ruleLink: (rule: string) => vscode.Uri,
  ) {
    this.subscriptions.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((document) => this.publish(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.clear(document.uri)),
      vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.clear(uri))),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('proposalStudio')) this.publishAll();
      }),
      // A file the check read (the linked brief, the configuration) arrived or changed: check the document again.
      store.onDidInvalidate((uri) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (document) this.publish(document);
      }),
    );
    this.publishAll();
  }

  publishAll(): void {
    this.store.clear();
    vscode.workspace.textDocuments.forEach((document) => this.publish(document));
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = this.store.waitAfterKeystroke(document);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.publish(document);
      }, delay),
    );
  }

  private publish(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    if (!isCandidate(document)) {
      this.collection.delete(document.uri);
      return;
    }
    // The check runs on the text as it is at this moment, so what is published is never older than the document.
    const result = this.store.get(document);
    // Checked without a file still on its way (virtual workspaces, the web): wait for it rather than show a
    // finding such as "the brief is missing" that would vanish a moment later. onDidInvalidate publishes then.
    if (this.store.isProvisional(document)) return;
    this.collection.set(document.uri, result.findings.map((finding) => this.toDiagnostic(finding)));
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.collection.delete(uri);
    this.store.forget(uri);
  }

  private toDiagnostic(finding: Finding): vscode.Diagnostic {
    const { start, end } = finding.range;
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(start.line, start.character, end.line, end.character),
      finding.message,
      SEVERITIES[finding.severity],
    );
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = finding.source === 'rule' ? { value: finding.code, target: this.ruleLink(finding.code) } : shownCode(finding);
    return diagnostic;
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};
