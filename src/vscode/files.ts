// The files a check reads besides the document itself: the brief a proposal links to, the agency file and its logo,
// and the rules configuration (`.proposal-studio.json|yaml|yml`). The core's check is synchronous and takes a `readFile` function, so this
// module answers at once from what it has:
//   1. an open editor's text (unsaved edits included), for any scheme;
//   2. a cache of files read earlier, dropped when the file changes, is saved or closed;
//   3. a synchronous reader, if the host gave one: the Node extension host passes Node's fs for `file:` URIs;
//   4. otherwise a read through `vscode.workspace.fs`, which works for every file system VS Code knows: virtual
//      workspaces, and VS Code for the Web, where there is no Node.
// A file not in the cache yet is read in the background; the answer for now is "unknown" (`undefined`), the read is
// marked pending, and `onDidLoad` fires when the text has arrived so the documents that asked are checked again.
import * as vscode from 'vscode';

/** Reads a `file:` URI's bytes synchronously, or returns undefined when there is no such file. */
export type SyncFileReader = (uri: vscode.Uri) => Uint8Array | undefined;

type Entry = { state: 'pending' } | { state: 'loaded'; bytes: Uint8Array | undefined; text?: string };

export class LinkedFiles implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly loaded = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [this.loaded];
  /** Fires with a URI whose text arrived or may have changed (saved, closed, changed on disk). */
  readonly onDidLoad = this.loaded.event;

  constructor(private readonly readNow?: SyncFileReader) {
    // Drop what may be stale: a document closed or saved, a file changed, created or deleted outside the editor.
    const drop = (uri: vscode.Uri) => this.invalidate(uri);
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json,svg,png,jpg,jpeg,webp}');
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(drop),
      watcher.onDidCreate(drop),
      watcher.onDidDelete(drop),
      vscode.workspace.onDidSaveTextDocument((document) => drop(document.uri)),
      vscode.workspace.onDidCloseTextDocument((document) => drop(document.uri)),
    );
  }

  /**
   * The text of `uri` as far as it is known now. `pending` is called when the answer may change once a background
   * read completes (the caller should treat its result as provisional and wait for `onDidLoad`).
   */
  read(uri: vscode.Uri, pending: () => void): string | undefined {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    if (open) return open.getText();
    const entry = this.entryOf(uri, pending);
    if (!entry?.bytes) return undefined;
    // Decoded once per entry, not at every keystroke's check.
    return (entry.text ??= new TextDecoder().decode(entry.bytes));
  }

  /** The bytes of `uri` (an image), as `read` answers for text: at once when known, else after `onDidLoad`. */
  readBytes(uri: vscode.Uri, pending: () => void): Uint8Array | undefined {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return new TextEncoder().encode(open.getText()); // an SVG being edited: its unsaved text
    return this.entryOf(uri, pending)?.bytes;
  }

  private entryOf(uri: vscode.Uri, pending: () => void): Extract<Entry, { state: 'loaded' }> | undefined {
    const key = uri.toString();
    const entry = this.cache.get(key);
    if (entry?.state === 'loaded') return entry;
    if (this.readNow && uri.scheme === 'file') {
      const loaded = { state: 'loaded' as const, bytes: this.readNow(uri) };
      // Kept only where the watcher sees changes (inside a workspace folder), so a check at every keystroke does
      // not read the disk again; a file outside is read each time, since nothing would say it changed.
      if (vscode.workspace.getWorkspaceFolder(uri)) this.cache.set(key, loaded);
      return loaded;
    }
    pending();
    if (!entry) this.load(uri);
    return undefined;
  }

  private load(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cache.set(key, { state: 'pending' });
    const settle = (bytes: Uint8Array | undefined) => {
      if (this.cache.get(key)?.state !== 'pending') return; // invalidated meanwhile: a newer read is due
      this.cache.set(key, { state: 'loaded', bytes });
      this.loaded.fire(uri);
    };
    Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
      (bytes) => settle(bytes),
      () => settle(undefined), // no such file, or a folder: the same as absent for a check
    );
  }

  /** Whoever read `uri` reads it again: from the editor, from disk, or through a new background read. */
  private invalidate(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.loaded.fire(uri);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.cache.clear();
  }
}

/**
 * A path the core can walk (folders up to the root, a relative link resolved): the file system path for `file:`
 * URIs, so messages name files as the user knows them, and the URI's own path for every other scheme.
 */
export function pathOf(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

/** The URI of a path made by the core from `pathOf(base)`: same scheme and authority as `base`. */
export function uriOf(base: vscode.Uri, path: string): vscode.Uri {
  return base.scheme === 'file' ? vscode.Uri.file(path) : base.with({ path, query: '', fragment: '' });
}

/** `relative` (as written in a document: `acme.brief.yaml`, `../briefs/acme.brief.yaml`, `/abs/x.yaml`) next to `base`. */
export function resolveNextTo(base: vscode.Uri, relative: string): vscode.Uri {
  const written = base.scheme === 'file' ? relative.replace(/\\/g, '/') : relative;
  if (base.scheme === 'file' && /^[A-Za-z]:\//.test(written)) return vscode.Uri.file(written);
  if (written.startsWith('/')) return base.with({ path: vscode.Uri.joinPath(base.with({ path: '/' }), written).path, query: '', fragment: '' });
  return vscode.Uri.joinPath(base, '..', written).with({ query: '', fragment: '' });
}
