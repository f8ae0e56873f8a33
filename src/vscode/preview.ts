// "Open Preview to the Side": a webview beside the YAML that shows the brief or proposal as the client will read
// it, with the lint panel above (or beside) it. As VS Code's Markdown preview does, the preview follows the active
// editor to the next brief or proposal, until it is locked to its document (*Toggle Preview Lock*); a locked preview
// stays, and opening the preview of a document that has one reveals it. The first render of a document sets the
// page's HTML with a fresh nonce; every later change is a typed `update` message, so the page keeps its scroll.
//
// The renderer (markdown-it and the document model) is loaded on the first preview or export, not at activation.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/check';
import type { DocumentModel } from '../core/render';
import { isOpenableLink, parseWebviewMessage, type HostMessage, type RangeData, type WebviewMessage } from '../webview/messages';
import { PREVIEW_VIEW_TYPE } from './bootstrap';
import { previewWait } from '../core/latency';
import { CheckStore, isCandidate } from './documents';
import { t } from './l10n';

export const OPEN_PREVIEW_COMMAND = 'proposalStudio.openPreviewToSide';
export const TOGGLE_LOCK_COMMAND = 'proposalStudio.togglePreviewLock';
/** Registered only when the extension runs its integration tests: what a preview shows, and a stand-in for a click in it. */
export const PREVIEW_STATE_COMMAND = 'proposalStudio.internal.previewState';
export const PREVIEW_MESSAGE_COMMAND = 'proposalStudio.internal.previewMessage';

type RenderModule = typeof import('../core/render');

/** Loads the renderer once, when first needed. */
export class RendererLoader {
  private module?: Promise<RenderModule>;
  load(): Promise<RenderModule> {
    this.module ??= import('../core/render');
    return this.module;
  }
}

export interface PreviewState {
  resource: string;
  locked: boolean;
  /** The document version of the last update sent to the page. */
  version: number;
  /** The version the page last reported on screen, and the headings it showed. */
  renderedVersion?: number;
  renderedHeadings: string[];
  /** Headings of the last model, and how many findings its lint panel listed. */
  headings: string[];
  findings: number;
  /** The agency the last model was sent by (its identity file), and whether its logo was inlined. */
  agency?: string;
  logo: boolean;
}

/** The preview's command, and how to restore a panel (the first stage, bootstrap.ts, owns the serializer). */
export function registerPreview(
  context: vscode.ExtensionContext,
  store: CheckStore,
  renderer: RendererLoader,
): { subscription: vscode.Disposable; restore: (panel: vscode.WebviewPanel, state: unknown) => Promise<void> } {
  const manager = new PreviewManager(context, store, renderer);
  const disposables: vscode.Disposable[] = [
    manager,
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, (uri?: unknown) => manager.openToSide(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(TOGGLE_LOCK_COMMAND, () => manager.toggleLock()),
  ];
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    disposables.push(
      vscode.commands.registerCommand(PREVIEW_STATE_COMMAND, (uri: vscode.Uri, minVersion?: number) => manager.stateOf(uri, minVersion)),
      // The message goes through the same check and handler as one from the page.
      vscode.commands.registerCommand(PREVIEW_MESSAGE_COMMAND, (uri: vscode.Uri, message: unknown) => manager.receive(uri, message)),
    );
  }
  return { subscription: vscode.Disposable.from(...disposables), restore: (panel, state) => manager.restore(panel, state) };
}

class PreviewManager implements vscode.Disposable {
  /** Every preview, by the document it shows; at most one of them is not locked and follows the active editor. */
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly store: CheckStore,
    private readonly renderer: RendererLoader,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => this.panels.get(event.document.uri.toString())?.schedule()),
      vscode.workspace.onDidSaveTextDocument((document) => this.panels.get(document.uri.toString())?.schedule()),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.panels.get(event.textEditor.document.uri.toString())?.followEditor(event)),
      vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.panels.get(uri.toString())?.dispose())),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('proposalStudio')) this.panels.forEach((panel) => panel.schedule());
      }),
      store.onDidInvalidate((uri) => this.panels.get(uri.toString())?.schedule()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) void this.follow(editor.document);
      }),
    );
  }

  /** The preview that follows the active editor, if one is open. */
  private following(): PreviewPanel | undefined {
    return [...this.panels.values()].find((panel) => !panel.locked);
  }

  /** The active editor moved to another document: the following preview goes with it if it is a brief or proposal. */
  private async follow(document: vscode.TextDocument): Promise<void> {
    const preview = this.following();
    const key = document.uri.toString();
    // A document that has a preview of its own (locked) keeps it; the following one stays where it was.
    if (!preview || this.panels.has(key) || !isCandidate(document)) return;
    await this.move(preview, document.uri);
  }

  private async move(preview: PreviewPanel, uri: vscode.Uri): Promise<void> {
    this.panels.delete(preview.resource.toString());
    this.panels.set(uri.toString(), preview);
    await preview.show(uri);
  }

  /** Locks the active preview (or the following one) to its document, or lets a locked one follow again. */
  toggleLock(): void {
    const panels = [...this.panels.values()];
    const preview = panels.find((panel) => panel.active) ?? this.following();
    if (!preview) return;
    if (preview.locked) {
      // One preview follows the editor at a time, as in the Markdown preview: the one unlocked takes over.
      this.following()?.dispose();
      preview.setLocked(false);
    } else {
      preview.setLocked(true);
    }
  }

  async openToSide(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage(t('vscode.openBriefOrProposalToPreview'));
      return;
    }
    const document = await vscode.workspace.openTextDocument(target);
    if (!isCandidate(document)) {
      void vscode.window.showInformationMessage(t('vscode.noPreview', { name: baseName(target) }));
      return;
    }
    const existing = this.panels.get(target.toString());
    if (existing) {
      existing.reveal();
      return;
    }
    const following = this.following();
    if (following) {
      await this.move(following, target);
      following.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      t('vscode.previewTitle', { name: baseName(target) }),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { ...webviewOptions(this.context.extensionUri), enableFindWidget: true },
    );
    await this.adopt(panel, target, true, false);
  }

  /** A preview left open when the window closed, brought back with the document it showed. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const { resource, locked } = state && typeof state === 'object' ? (state as { resource?: unknown; locked?: unknown }) : { resource: undefined, locked: undefined };
    let uri: vscode.Uri | undefined;
    try {
      uri = typeof resource === 'string' ? vscode.Uri.parse(resource, true) : undefined;
    } catch {
      uri = undefined;
    }
    // Two previews restored following the editor: the second one is locked, so that one follows.
    // A preview saved before previews followed the editor has no `locked`: it showed its own document, as a locked one does.
    const keepsLock = locked !== false || this.following() !== undefined;
    if (!uri || this.panels.has(uri.toString())) {
      panel.dispose();
      return;
    }
    await this.adopt(panel, uri, false, keepsLock);
  }

  private async adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, reveal: boolean, locked: boolean): Promise<void> {
    panel.webview.options = webviewOptions(this.context.extensionUri);
    const preview: PreviewPanel = new PreviewPanel(panel, uri, locked, this.context, this.store, this.renderer, () => {
      if (this.panels.get(preview.resource.toString()) === preview) this.panels.delete(preview.resource.toString());
    });
    this.panels.set(uri.toString(), preview);
    await preview.renderPage();
    if (reveal) preview.reveal();
  }

  receive(uri: vscode.Uri, message: unknown): Promise<boolean> {
    return this.panels.get(uri.toString())?.receive(message) ?? Promise.resolve(false);
  }

  stateOf(uri: vscode.Uri, minVersion?: number): Promise<PreviewState | undefined> {
    const panel = this.panels.get(uri.toString());
    return panel ? panel.state(minVersion) : Promise.resolve(undefined);
  }

  dispose(): void {
    [...this.panels.values()].forEach((panel) => panel.dispose());
    this.panels.clear();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

class PreviewPanel {
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private version = -1;
  private model?: DocumentModel;
  private renderedVersion?: number;
  private renderedHeadings: string[] = [];
  private readonly renderedEvent = new vscode.EventEmitter<number>();
  /** The editor line this preview last scrolled the editor to: the editor's echo of it is not sent back. */
  private scrolledEditorTo?: number;
  /** Moved to another document: once its page is loaded, scroll it to where that document's editor is. */
  private scrollToEditorOnReady = false;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private uri: vscode.Uri,
    private isLocked: boolean,
    private readonly context: vscode.ExtensionContext,
    private readonly store: CheckStore,
    private readonly renderer: RendererLoader,
    private readonly onDispose: () => void,
  ) {
    this.subscriptions.push(
      this.renderedEvent,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
    );
  }

  /** The document shown. */
  get resource(): vscode.Uri {
    return this.uri;
  }

  get locked(): boolean {
    return this.isLocked;
  }

  /** The preview is the active tab of its group and has the focus (the toggle acts on it). */
  get active(): boolean {
    return this.panel.active;
  }

  setLocked(locked: boolean): void {
    this.isLocked = locked;
    this.panel.title = this.title();
    this.schedule(); // the page keeps the lock in its state, for a window restored later
  }

  /** Shows another document: a page of its own, with a fresh nonce. */
  async show(uri: vscode.Uri): Promise<void> {
    clearTimeout(this.timer);
    this.uri = uri;
    this.version = -1;
    this.model = undefined;
    this.renderedVersion = undefined;
    this.renderedHeadings = [];
    this.scrollToEditorOnReady = true;
    await this.renderPage();
  }

  private title(): string {
    const name = baseName(this.uri);
    return this.isLocked ? t('vscode.previewTitleLocked', { name }) : t('vscode.previewTitle', { name });
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** Debounced per document, as the diagnostics are: typing fast sends one update after the pause, not one per key. */
  schedule(): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    const open = this.openDocument();
    // After the diagnostics: the squiggle is painted before the page's update takes the window's time.
    const delay = open ? previewWait(this.store.waitAfterKeystroke(open)) : vscode.workspace.getConfiguration('proposalStudio', this.uri).get<number>('debounceMs', 250);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.sendUpdate();
    }, delay);
  }

  /** The first render: the whole page, with a fresh nonce. Later changes go by `update` messages. */
  async renderPage(): Promise<void> {
    this.panel.title = this.title();
    const rendered = await this.render();
    if (!rendered || this.disposed) return;
    const { render, model } = rendered;
    const webview = this.panel.webview;
    const media = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, ...path)).toString();
    webview.html = render.renderHtml(model, {
      mode: 'preview',
      nonce: render.createNonce(),
      cspSource: webview.cspSource,
      styleHref: media('media', 'preview.css'),
      scriptSrc: media('dist', 'webview.js'),
    });
  }

  private async sendUpdate(): Promise<void> {
    const rendered = await this.render();
    if (!rendered || this.disposed) return;
    const { render, model } = rendered;
    const message: HostMessage = {
      type: 'update',
      version: this.version,
      resource: this.uri.toString(),
      locked: this.isLocked,
      title: model.title || this.title(),
      body: render.renderDocument(model, 'preview'),
      lint: render.renderLintPanel(model),
    };
    await this.panel.webview.postMessage(message);
  }

  private async render(): Promise<{ render: RenderModule; model: DocumentModel } | undefined> {
    const render = await this.renderer.load();
    const document = await this.document();
    // Moved to another document while this one was being read: its page is no longer wanted.
    if (!document || this.disposed || document.uri.toString() !== this.uri.toString()) return undefined;
    // The shared check of this version: the diagnostics already made it, or it is made once here for both.
    const result: CheckResult = this.store.get(document);
    const model = render.modelOf(result, { uiLocale: vscode.env.language }, result.kind ?? 'proposal');
    if (!model) return undefined;
    this.version = document.version;
    this.model = model;
    return { render, model };
  }

  /** The document when it is open in VS Code (an editor, or loaded by an extension). */
  private openDocument(): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
  }

  private async document(): Promise<vscode.TextDocument | undefined> {
    const open = this.openDocument();
    if (open) return open;
    try {
      return await vscode.workspace.openTextDocument(this.uri);
    } catch {
      return undefined;
    }
  }

  /** A message from the page: handled if it is one of the expected shapes, dropped otherwise. */
  async receive(message: unknown): Promise<boolean> {
    const parsed = parseWebviewMessage(message);
    if (!parsed || this.disposed) return false;
    await this.handle(parsed);
    return true;
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A page that loads (first time, or again after being hidden) may show an older render: bring it up to date.
        await this.sendUpdate();
        if (this.scrollToEditorOnReady) {
          this.scrollToEditorOnReady = false;
          const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
          const top = editor?.visibleRanges[0]?.start.line;
          if (top !== undefined) await this.panel.webview.postMessage({ type: 'scrollTo', line: top } satisfies HostMessage);
        }
        break;
      case 'rendered':
        this.renderedVersion = message.version;
        this.renderedHeadings = message.headings;
        this.renderedEvent.fire(message.version);
        break;
      case 'reveal':
        await this.revealInEditor(message.range);
        break;
      case 'scroll':
        this.scrollEditor(message.line);
        break;
      case 'openLink':
        if (isOpenableLink(message.href)) await vscode.env.openExternal(vscode.Uri.parse(message.href, true));
        break;
    }
  }

  /** Selects a finding's range in the editor of the document, opening one beside the preview if none shows it. */
  private async revealInEditor(rangeData: RangeData): Promise<void> {
    const document = await this.document();
    if (!document) return;
    const range = document.validateRange(
      new vscode.Range(rangeData.start.line, rangeData.start.character, rangeData.end.line, rangeData.end.character),
    );
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.uri.toString());
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? this.sourceColumn(),
      preserveFocus: false,
      selection: range,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private sourceColumn(): vscode.ViewColumn {
    const column = this.panel.viewColumn;
    return column && column > vscode.ViewColumn.One ? column - 1 : vscode.ViewColumn.One;
  }

  private scrollEditor(line: number): void {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    if (!editor) return;
    const target = Math.min(Math.floor(line), Math.max(0, editor.document.lineCount - 1));
    this.scrolledEditorTo = target;
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
  }

  followEditor(event: vscode.TextEditorVisibleRangesChangeEvent): void {
    const top = event.visibleRanges[0]?.start.line;
    if (top === undefined || this.disposed || !this.panel.visible) return;
    if (this.scrolledEditorTo !== undefined && Math.abs(top - this.scrolledEditorTo) <= 1) {
      this.scrolledEditorTo = undefined;
      return;
    }
    this.scrolledEditorTo = undefined;
    void this.panel.webview.postMessage({ type: 'scrollTo', line: top } satisfies HostMessage);
  }

  /** For the integration tests: what the preview shows, once the page has rendered `minVersion` or later. */
  state(minVersion?: number): Promise<PreviewState> {
    const snapshot = (): PreviewState => ({
      resource: this.uri.toString(),
      locked: this.isLocked,
      version: this.version,
      renderedVersion: this.renderedVersion,
      renderedHeadings: [...this.renderedHeadings],
      headings: this.model ? [this.model.title, ...this.model.sections.map((s) => s.heading)] : [],
      findings: this.model?.lint.findings.length ?? 0,
      agency: this.model?.agency?.name,
      logo: this.model?.agency?.logo !== undefined,
    });
    if (minVersion === undefined || (this.renderedVersion ?? -1) >= minVersion) return Promise.resolve(snapshot());
    return new Promise((resolve) => {
      const subscription = this.renderedEvent.event((version) => {
        if (version < minVersion) return;
        subscription.dispose();
        resolve(snapshot());
      });
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.onDispose();
    this.subscriptions.forEach((s) => s.dispose());
    this.panel.dispose();
  }
}

/** Scripts on, forms and command links off, and only the extension's own media and dist folders readable. */
function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
  };
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

