// Helpers for the integration suite. They talk to the extension only through VS Code's public API and wait for
// events (diagnostics changing), never for a fixed time.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const DIAGNOSTIC_SOURCE = 'proposal-studio';

export const repoRoot = path.resolve(__dirname, '../../..'); // out/test/vscode -> repository root

/** The extension under test, found by the id its package.json gives it; its exports say which stages are loaded. */
export function extensionUnderTest(): vscode.Extension<{ featuresLoaded: boolean }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const extension = vscode.extensions.getExtension<{ featuresLoaded: boolean }>(`${manifest.publisher}.${manifest.name}`);
  assert.ok(extension, 'the extension under test is not loaded');
  return extension;
}

/** Resolves with the diagnostics of `uri` once `predicate` holds for them; rejects after `timeoutMs`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const seen = describeDiagnostics(vscode.languages.getDiagnostics(uri));
      reject(new Error(`time-out after ${timeoutMs} ms waiting for diagnostics of ${uri.fsPath}; last seen: ${seen}`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check(); // The diagnostics may already be there.
  });
}

/** Polls `probe` until it returns something other than undefined; rejects after `timeoutMs` with `what`. */
export async function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`time-out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Opens a fixture in an editor, as a person would. The launchers open a throw-away copy of test/vscode/fixtures as
 * the workspace, so a test that edits a fixture cannot change the repository's copy.
 */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const workspace = vscode.workspace.workspaceFolders?.[0];
  if (!workspace) throw new Error('no workspace folder: the launcher opens a copy of test/vscode/fixtures');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspace.uri, name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** This extension's diagnostics of the given severity. */
export function ours(diagnostics: vscode.Diagnostic[], severity?: vscode.DiagnosticSeverity): vscode.Diagnostic[] {
  return diagnostics.filter(
    (diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && (severity === undefined || diagnostic.severity === severity),
  );
}

export const hasOurErrors = (diagnostics: vscode.Diagnostic[]): boolean =>
  ours(diagnostics, vscode.DiagnosticSeverity.Error).length > 0;

/** The zero-based number of the first line containing `text`. */
export function lineOf(document: vscode.TextDocument, text: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(text)) return line;
  }
  throw new Error(`"${text}" is not in ${document.uri.fsPath}`);
}

export function describeDiagnostics(diagnostics: vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  return diagnostics
    .map((d) => `[${vscode.DiagnosticSeverity[d.severity]} ${d.source ?? '?'} line ${d.range.start.line}] ${d.message}`)
    .join('; ');
}

/** Reverts edited documents (so no save prompt appears), then closes every editor. */
export async function closeAllEditorsWithoutSaving(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file')) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
