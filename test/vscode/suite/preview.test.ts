// The preview and the export, in a real VS Code. The page inside the webview reports what it shows (its headings,
// the document version); a test-only command reads that report, waiting for the version asked for, so no test
// waits for a fixed time. A click in the page is stood in for by the same message the page would send.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PreviewState } from '../../../src/vscode/preview';
import { closeAllEditorsWithoutSaving, hasOurErrors, ours, waitFor, waitForDiagnostics } from '../helpers';

const examplesDir = path.resolve(__dirname, '../../../../examples'); // from out/test/vscode/suite

async function openExample(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(path.join(examplesDir, relative));
  await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  return document;
}

/** What the page shows once it has rendered `version` of the document (or later); fails after `timeoutMs`. */
async function previewShowing(document: vscode.TextDocument, version = document.version, timeoutMs = 20_000): Promise<PreviewState> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the preview did not show version ${version} of ${path.basename(document.fileName)} within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const state = await Promise.race([
      vscode.commands.executeCommand<PreviewState | undefined>('proposalStudio.internal.previewState', document.uri, version),
      timeout,
    ]);
    assert.ok(state, 'no preview is open for the document');
    return state;
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for the preview tabs to carry these labels (a panel's new title reaches its tab a moment later). */
async function tabsLabelled(labels: string[]): Promise<void> {
  const wanted = JSON.stringify([...labels].sort());
  const seen = () => JSON.stringify(previewTabs().map((tab) => tab.label).sort());
  await waitFor(() => (seen() === wanted ? true : undefined), `preview tabs ${wanted}; seen ${seen()}`);
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('proposalStudio.preview'));
}

async function applyEdit(build: (edit: vscode.WorkspaceEdit) => void): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  build(edit);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

function lineContaining(document: vscode.TextDocument, text: string): vscode.TextLine {
  for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.includes(text)) return document.lineAt(line);
  throw new Error(`"${text}" is not in ${document.fileName}`);
}

describe('Preview', () => {
  afterEach(closeAllEditorsWithoutSaving);

  it('opens beside the proposal from its command and shows the document\'s headings', async () => {
    const document = await openExample('en/acme.proposal.yaml');
    await vscode.commands.executeCommand('proposalStudio.openPreviewToSide');
    const state = await previewShowing(document);
    assert.strictEqual(state.renderedHeadings[0], 'Acme Windows: 50 orders a month from online advertising');
    for (const heading of ['Goals', 'What the budget buys', 'The project team', 'Media plan', 'Commercial terms']) {
      assert.ok(state.renderedHeadings.includes(heading), `"${heading}" is not among ${state.renderedHeadings.join(' | ')}`);
    }
    const tabs = previewTabs();
    assert.strictEqual(tabs.length, 1);
    assert.strictEqual(tabs[0].label, 'Preview acme.proposal.yaml');
    assert.notStrictEqual(tabs[0].group.viewColumn, vscode.ViewColumn.One, 'the preview should open beside the editor');
  });

  it('shows a Hebrew brief with its Hebrew headings', async () => {
    const document = await openExample('he/ofek.brief.yaml');
    await vscode.commands.executeCommand('proposalStudio.openPreviewToSide', document.uri);
    const state = await previewShowing(document);
    assert.ok(state.renderedHeadings.includes('פרטי קשר'), state.renderedHeadings.join(' | '));
    assert.ok(state.renderedHeadings.includes('מה התקציב קונה'), state.renderedHeadings.join(' | '));
  });

  it('updates after an edit, and opening it again reveals the same panel', async () => {
    const document = await openExample('en/acme.proposal.yaml');
    await vscode.commands.executeCommand('proposalStudio.openPreviewToSide', document.uri);
    await previewShowing(document);
    const title = lineContaining(document, 'title: "Acme Windows: 50 orders');
    await applyEdit((edit) => edit.replace(document.uri, title.range, 'title: "Acme Windows: 60 orders a month, edited"'));
    const state = await previewShowing(document, document.version);
    assert.strictEqual(state.renderedHeadings[0], 'Acme Windows: 60 orders a month, edited');
    await vscode.commands.executeCommand('proposalStudio.openPreviewToSide', document.uri);
    assert.strictEqual(previewTabs().length, 1);
  });

  it('selects a finding\'s source range in the editor when its lint entry is clicked', async () => {
    const document = await openExample('en/acme.proposal.yaml');
    await vscode.commands.executeCommand('proposalStudio.openPreviewToSide', document.uri);
    await previewShowing(document);
    const monthly = lineContaining(document, '  monthly: 10000');
    await applyEdit((edit) => edit.replace(document.uri, monthly.range, '  monthly: -10000'));
    const diagnostics = await waitForDiagnostics(document.uri, hasOurErrors);
    const state = await previewShowing(document, document.version);
    assert.ok(state.findings > 0, 'the lint panel lists no finding');
    const error = ours(diagnostics, vscode.DiagnosticSeverity.Error)[0];
    const range = { start: { line: error.range.start.line, character: error.range.start.character }, end: { line: error.range.end.line, character: error.range.end.character } };
    // The focus moves away from the editor first, as it does when a person clicks in the preview.
    await vscode.commands.executeCommand('workbench.action.focusNextGroup');
    const handled = await vscode.commands.executeCommand<boolean>('proposalStudio.internal.previewMessage', document.uri, { type: 'reveal', range });
    assert.strictEqual(handled, true);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no active editor after the click');
    assert.strictEqual(editor.document.uri.toString(), document.uri.toString());
    assert.ok(editor.selection.isEqual(error.range), `selection ${JSON.stringify(editor.selection)} is not ${JSON.stringify(error.range)}`);
    assert.strictEqual(editor.viewColumn, vscode.ViewColumn.One, 'the source opened in another column instead of its own');
  });

  it('scrolls the editor to the line the page reports at its top', async () => {
    const document = await openExample('en/acme.proposal.yaml');
    await vscode.commands.executeCommand('proposalStudio.openPreviewToSide', document.uri);
    await previewShowing(document);
    const target = lineContaining(document, 'media_plan:').lineNumber;
    // At the top, give or take the lines a sticky-scroll header covers.
    const near = (line: number | undefined) => line !== undefined && line <= target && line >= target - 6;
    const topLine = () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString())?.visibleRanges[0]?.start.line;
    const scrolled = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        subscription.dispose();
        reject(new Error(`the editor's top line is ${topLine()}, not near ${target}`));
      }, 10_000);
      const subscription = vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document.uri.toString() !== document.uri.toString() || !near(event.visibleRanges[0]?.start.line)) return;
        clearTimeout(timer);
        subscription.dispose();
        resolve(event.visibleRanges[0].start.line);
      });
    });
    await vscode.commands.executeCommand('proposalStudio.internal.previewMessage', document.uri, { type: 'scroll', line: target + 0.4 });
    assert.ok(near(await scrolled));
  });

  it('ignores messages of any other shape, and will not open a command link', async () => {
    const document = await openExample('en/acme.proposal.yaml');
    await vscode.commands.executeCommand('proposalStudio.openPreviewToSide', document.uri);
    await previewShowing(document);
    for (const message of [
      { type: 'command', command: 'workbench.action.closeAllEditors' },
      { type: 'reveal', range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } },
      { type: 'ready', extra: true },
    ]) {
      const handled = await vscode.commands.executeCommand<boolean>('proposalStudio.internal.previewMessage', document.uri, message);
      assert.strictEqual(handled, false, JSON.stringify(message));
    }
    // A well-formed openLink with a command: URI is accepted as a message but never opened.
    await vscode.commands.executeCommand('proposalStudio.internal.previewMessage', document.uri, { type: 'openLink', href: 'command:workbench.action.closeAllEditors' });
    assert.strictEqual(previewTabs().length, 1);
  });

  it('follows the active editor to another brief or proposal, and stays once locked', async () => {
    const english = await openExample('en/acme.proposal.yaml');
    await vscode.commands.executeCommand('proposalStudio.openPreviewToSide');
    await previewShowing(english);
    // The Russian proposal in the same editor group: the one preview moves to it.
    const russian = await openExample('ru/bereza.proposal.yaml');
    const moved = await previewShowing(russian);
    assert.ok(moved.renderedHeadings.length > 3, moved.renderedHeadings.join(' | '));
    assert.equal(moved.locked, false);
    await tabsLabelled(['Preview bereza.proposal.yaml']);
    const left = await vscode.commands.executeCommand<PreviewState | undefined>('proposalStudio.internal.previewState', english.uri);
    assert.equal(left, undefined, 'no preview shows the English proposal any more');

    // A YAML file that is neither: the preview stays where it was.
    const workspace = vscode.workspace.workspaceFolders![0].uri;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspace, 'not-a-proposal.yaml')), vscode.ViewColumn.One);
    assert.deepEqual(previewTabs().map((tab) => tab.label), ['Preview bereza.proposal.yaml']);

    // Locked: it stays on the Russian proposal while the Hebrew brief is opened, which gets a preview of its own.
    await vscode.commands.executeCommand('proposalStudio.togglePreviewLock');
    await tabsLabelled(['[Locked] Preview bereza.proposal.yaml']);
    const hebrew = await openExample('he/ofek.brief.yaml');
    assert.equal((await previewShowing(russian)).locked, true);
    assert.equal(await vscode.commands.executeCommand('proposalStudio.internal.previewState', hebrew.uri), undefined);
    await vscode.commands.executeCommand('proposalStudio.openPreviewToSide');
    const own = await previewShowing(hebrew);
    assert.equal(own.locked, false);
    await tabsLabelled(['[Locked] Preview bereza.proposal.yaml', 'Preview ofek.brief.yaml']);
  });

  it('shows the agency a proposal names, with its logo, and follows the agency file when it changes on disk', async () => {
    // A copy inside the workspace, where the file watcher sees the agency file change.
    const workspace = vscode.workspace.workspaceFolders![0].uri.fsPath;
    const folder = fs.mkdtempSync(path.join(workspace, 'agency-'));
    try {
      for (const name of ['acme.proposal.yaml', 'acme.brief.yaml', 'northlight.agency.yaml', 'northlight-logo.svg']) {
        fs.copyFileSync(path.join(examplesDir, 'en', name), path.join(folder, name));
      }
      const document = await vscode.workspace.openTextDocument(path.join(folder, 'acme.proposal.yaml'));
      await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
      await vscode.commands.executeCommand('proposalStudio.openPreviewToSide', document.uri);
      const state = await previewShowing(document);
      assert.equal(state.agency, 'Northlight');
      assert.equal(state.logo, true, 'the logo is read (as bytes) and inlined');
      assert.equal(state.headings[1], 'In brief');

      const agencyFile = path.join(folder, 'northlight.agency.yaml');
      const text = fs.readFileSync(agencyFile, 'utf8');
      fs.writeFileSync(agencyFile, text.replace('name: Northlight', 'name: Northlight Digital').replace('logo: northlight-logo.svg', 'logo: gone.svg'));
      const state2 = () => vscode.commands.executeCommand<PreviewState | undefined>('proposalStudio.internal.previewState', document.uri);
      let seen: PreviewState | undefined;
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        seen = await state2();
        if (seen?.agency === 'Northlight Digital') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(seen?.agency, 'Northlight Digital', 'the preview follows the agency file');
      assert.equal(seen?.logo, false, 'a logo that cannot be read is left out');

      // The agency file itself says why: its logo cannot be read.
      const agencyDocument = await vscode.workspace.openTextDocument(agencyFile);
      const diagnostics = await waitForDiagnostics(agencyDocument.uri, (found) => ours(found).some((d) => d.code !== undefined && String(typeof d.code === 'object' ? d.code.value : d.code) === 'agency-logo'));
      assert.ok(ours(diagnostics).some((d) => /gone\.svg cannot be read/.test(d.message)));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('offers no preview for a YAML file that is neither a brief nor a proposal', async () => {
    const other = path.join(os.tmpdir(), `ps-not-a-proposal-${process.pid}.yaml`);
    fs.writeFileSync(other, 'name: not a proposal\n');
    try {
      const document = await vscode.workspace.openTextDocument(other);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('proposalStudio.openPreviewToSide', document.uri);
      assert.strictEqual(previewTabs().length, 0);
    } finally {
      fs.rmSync(other, { force: true });
    }
  });
});

describe('Export to HTML', () => {
  afterEach(closeAllEditorsWithoutSaving);

  it('writes one self-contained HTML file without a script', async () => {
    const document = await openExample('ru/bereza.proposal.yaml');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-export-'));
    try {
      const target = vscode.Uri.file(path.join(folder, 'bereza.html'));
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('proposalStudio.exportHtml', document.uri, target);
      assert.strictEqual(written?.fsPath, target.fsPath);
      const html = fs.readFileSync(target.fsPath, 'utf8');
      assert.match(html, /^<!DOCTYPE html>\n<html lang="ru" dir="ltr">/);
      assert.match(html, /<h2>Коммерческие условия<\/h2>/);
      // From its agency file, read through VS Code: the sender, the logo inlined, the legal details at the foot.
      assert.match(html, /<p class="ps-agency-name"><bdi>«Цифра»<\/bdi><\/p>/);
      assert.match(html, /<img class="ps-logo" src="data:image\/svg\+xml;base64,/);
      assert.match(html, /ООО «Цифра Диджитал»/);
      assert.doesNotMatch(html, /<script|<link /);
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('writes a PDF printed by the Chromium on this machine, from the Node extension host', async () => {
    const document = await openExample('ar/maharat.proposal.yaml');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-export-'));
    try {
      const target = vscode.Uri.file(path.join(folder, 'maharat.pdf'));
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('proposalStudio.exportPdf', document.uri, target);
      assert.strictEqual(written?.fsPath, target.fsPath);
      const pdf = fs.readFileSync(target.fsPath);
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      // Its metadata says what it is, in the document's language (pdf-lib writes the title as UTF-16).
      assert.match(pdf.toString('latin1'), /\/Lang \(ar\)/);
      assert.ok(pdf.length > 20_000, `${pdf.length} bytes`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
