// "Export to HTML" and "Export to PDF": the brief or proposal as one self-contained HTML file (styles inline, no
// script, no request to anywhere), looking like the preview without the lint panel, or that page printed to PDF by a
// Chrome, Chromium or Edge already on the machine (src/pdf/, Node extension host only). It is written next to the
// YAML (`acme.proposal.yaml` → `acme.proposal.html`, `.pdf`); a file already there is replaced only after a modal
// confirmation. Exporting is a user's action, so it is allowed in untrusted workspaces too: the browser's path is a
// machine setting, which no workspace can set.
import * as vscode from 'vscode';
import { baseName, exists } from './uris';
import { CheckStore, isCandidate } from './documents';
import type { RendererLoader } from './preview';
import type { PaperChoice, PrintSettings } from '../core/render/print';
import type { Finding } from '../core/types';
import { t } from './l10n';

export const EXPORT_HTML_COMMAND = 'proposalStudio.exportHtml';
export const EXPORT_PDF_COMMAND = 'proposalStudio.exportPdf';

/** The PDF printer, loaded on the first PDF export; absent in the web worker host, which cannot start a browser. */
export type PdfLoader = () => typeof import('../pdf');

type Format = 'html' | 'pdf';

export function registerExports(context: vscode.ExtensionContext, store: CheckStore, renderer: RendererLoader, loadPdf?: PdfLoader): vscode.Disposable {
  const command = (format: Format) => (uri?: unknown, target?: unknown) =>
    exportDocument(format, { context, store, renderer, loadPdf }, uri instanceof vscode.Uri ? uri : undefined, target instanceof vscode.Uri ? target : undefined);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(EXPORT_HTML_COMMAND, command('html')),
    vscode.commands.registerCommand(EXPORT_PDF_COMMAND, command('pdf')),
  );
}

interface Exporter {
  context: vscode.ExtensionContext;
  store: CheckStore;
  renderer: RendererLoader;
  loadPdf?: PdfLoader;
}

/** Writes the export and returns where, or undefined when nothing was written. */
async function exportDocument(format: Format, { context, store, renderer, loadPdf }: Exporter, uri?: vscode.Uri, chosenTarget?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (format === 'pdf' && !loadPdf) {
    void vscode.window.showInformationMessage(t('vscode.pdfNeedsDesktop'));
    return undefined;
  }
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

  const target = await chooseTarget(source, format, chosenTarget);
  if (!target) return undefined;

  const render = await renderer.load();
  const styles = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'preview.css')));
  const html = render.exportHtml(result, styles, { nonce: render.createNonce() });
  const model = render.modelOf(result);
  if (html === undefined || model === undefined) return undefined;
  const bytes = format === 'pdf' ? await printed(loadPdf!, html, render.printSettings(model, paperSetting(source)), source) : new TextEncoder().encode(html);
  if (!bytes) return undefined;
  await vscode.workspace.fs.writeFile(target, bytes);

  void offerToOpen(source, target);
  return target;
}

function paperSetting(source: vscode.Uri): PaperChoice {
  const paper = vscode.workspace.getConfiguration('proposalStudio.pdf', source).get<string>('paper', 'auto');
  return paper === 'A4' || paper === 'Letter' ? paper : 'auto';
}

/** The page printed by the browser the settings name, or one found on the machine; undefined after saying why not. */
async function printed(loadPdf: PdfLoader, html: string, settings: PrintSettings, source: vscode.Uri): Promise<Uint8Array | undefined> {
  const pdf = loadPdf();
  // Machine scope (package.json): a workspace cannot point this at a program of its choosing.
  const configured = vscode.workspace.getConfiguration('proposalStudio.pdf').get<string>('browserPath', '');
  const { executable } = pdf.findBrowser({ configured, env: process.env, platform: process.platform });
  if (!executable) {
    const openSettings = t('vscode.openSettings');
    const answer = await vscode.window.showErrorMessage(t('vscode.pdfNoBrowser'), openSettings);
    if (answer === openSettings) await vscode.commands.executeCommand('workbench.action.openSettings', 'proposalStudio.pdf.browserPath');
    return undefined;
  }
  try {
    const title = t('vscode.pdfPrinting', { name: baseName(source) });
    return (await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, () => pdf.printPdf(executable, html, settings))).pdf;
  } catch (error) {
    void vscode.window.showErrorMessage(t('vscode.pdfFailed', { name: baseName(source), browser: executable, reason: error instanceof Error ? error.message : String(error) }));
    return undefined;
  }
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
async function chooseTarget(source: vscode.Uri, format: Format, chosen?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const filters: Record<string, string[]> = format === 'pdf' ? { PDF: ['pdf'] } : { HTML: ['html'] };
  const title = t(format === 'pdf' ? 'vscode.exportPdfTitle' : 'vscode.exportTitle');
  let target = chosen;
  if (!target) {
    if (source.scheme === 'untitled') return vscode.window.showSaveDialog({ filters, saveLabel: t('vscode.exportSaveLabel'), title });
    target = source.with({ path: `${source.path.replace(/\.ya?ml$/i, '')}.${format}` });
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
    return vscode.window.showSaveDialog({ defaultUri: target, filters, saveLabel: t('vscode.exportSaveLabel'), title });
  }
  return undefined;
}
