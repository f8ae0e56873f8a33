// "Export to HTML": the brief or proposal as one self-contained HTML file (styles inline, no script, no request
// to anywhere), looking like the preview without the lint panel, ready to send or print. It is written next to
// the YAML (`acme.proposal.yaml` → `acme.proposal.html`); a file already there is replaced only after a modal
// confirmation. Exporting is a user's action, so it is allowed in untrusted workspaces too.
import * as vscode from 'vscode';
import { baseName, exists } from './uris';
import { CheckStore, isCandidate } from './documents';
import type { RendererLoader } from './preview';
import type { Finding } from '../core/types';
import { t } from './l10n';

export const EXPORT_HTML_COMMAND = 'proposalStudio.exportHtml';

export function registerExportHtml(context: vscode.ExtensionContext, store: CheckStore, renderer: RendererLoader): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_HTML_COMMAND, (uri?: unknown, target?: unknown) =>
    exportHtml(context, store, renderer, uri instanceof vscode.Uri ? uri : undefined, target instanceof vscode.Uri ? target : undefined),
  );
}

/** Writes the export and returns where, or undefined when nothing was written. */
async function exportHtml(
  context: vscode.ExtensionContext,
  store: CheckStore,
  renderer: RendererLoader,
  uri?: vscode.Uri,
  chosenTarget?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const source = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!source) {
    void vscode.window.showInformationMessage(t('vscode.openToExport'));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(source);
  if (!isCandidate(document)) {
    void vscode.window.showErrorMessage(t('vscode.cannotExport', { name: baseName(source) }));
    return undefined;
  }
  const result = store.get(document);
  if (!result.parsed.usable) {
    const problem = result.findings.find((finding) => finding.severity === 'error');
    const where = problem ? t('vscode.exportProblemAt', { line: String(problem.range.start.line + 1), problem: problem.message }) : '';
    void vscode.window.showErrorMessage(t('vscode.exportNeedsYaml', { name: baseName(source), where }));
    return undefined;
  }

  if (!(await errorsAccepted(document, result.findings))) return undefined;

  const target = await chooseTarget(source, chosenTarget);
  if (!target) return undefined;

  const render = await renderer.load();
  const styles = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'preview.css')));
  const html = render.exportHtml(result, styles, { nonce: render.createNonce() });
  if (html === undefined) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));

  void offerToOpen(source, target);
  return target;
}

/**
 * An export with errors still in it (a negative budget, a misspelled key) is a choice, not an accident: a modal
 * names the first error and asks. Show Problems opens the Problems panel instead.
 */
async function errorsAccepted(document: vscode.TextDocument, findings: readonly Finding[]): Promise<boolean> {
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return true;
  const first = errors[0];
  const exportAnyway = t('vscode.exportAnyway');
  const showProblems = t('vscode.showProblems');
  const answer = await vscode.window.showWarningMessage(
    t('vscode.exportHasErrors', { name: baseName(document.uri), count: errors.length, line: String(first.range.start.line + 1), problem: first.message }),
    { modal: true, detail: t('vscode.exportHasErrorsDetail') },
    exportAnyway,
    showProblems,
  );
  if (answer === showProblems) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return answer === exportAnyway;
}

/**
 * Where the exported file can be opened from. On the desktop, the system's browser. In a browser-based or remote
 * window the file is on another machine, where opening it shows nothing: the Explorer shows it instead, and its
 * context menu downloads it.
 */
async function offerToOpen(source: vscode.Uri, target: vscode.Uri): Promise<void> {
  const local = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName && target.scheme === 'file';
  const action = local ? t('vscode.openInBrowser') : t('vscode.revealExport');
  const choice = await vscode.window.showInformationMessage(t('vscode.exported', { source: baseName(source), target: baseName(target) }), action);
  if (choice !== action) return;
  if (local) await vscode.env.openExternal(target);
  else await vscode.commands.executeCommand('revealInExplorer', target);
}

/** The file to write: next to the source by default (a save dialog for an unsaved document); never a silent overwrite. */
async function chooseTarget(source: vscode.Uri, chosen?: vscode.Uri): Promise<vscode.Uri | undefined> {
  let target = chosen;
  if (!target) {
    if (source.scheme === 'untitled') {
      return vscode.window.showSaveDialog({ filters: { HTML: ['html'] }, saveLabel: t('vscode.exportSaveLabel'), title: t('vscode.exportTitle') });
    }
    target = source.with({ path: source.path.replace(/\.ya?ml$/i, '') + '.html' });
  }
  if (!(await exists(target))) return target;
  const overwrite = t('vscode.overwrite');
  const other = t('vscode.chooseAnotherFile');
  const answer = await vscode.window.showWarningMessage(
    t('vscode.exportOverwrite', { name: baseName(target) }),
    { modal: true, detail: t('vscode.exportOverwriteDetail') },
    overwrite,
    other,
  );
  if (answer === overwrite) return target;
  if (answer === other) {
    // The save dialog asks again before it replaces a file.
    return vscode.window.showSaveDialog({ defaultUri: target, filters: { HTML: ['html'] }, saveLabel: t('vscode.exportSaveLabel'), title: t('vscode.exportTitle') });
  }
  return undefined;
}
