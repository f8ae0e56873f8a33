// The extension's first stage: all that activation loads. VS Code activates us for every YAML file (onLanguage:yaml),
// most of which are not briefs or proposals, so this stage only watches for one and stands in for the contributed
// commands and the preview's serializer. The features (activate.ts: parser, schemas, rules, providers) load on the
// first brief or proposal, the first command, or the first preview to restore. It imports nothing but the file-name
// and text tests of core/kind, so its bundle stays a few kilobytes (npm run bench prints its size and cost).
import * as vscode from 'vscode';
import { isYamlFileName, kindFromFileName, mentionsKind } from '../core/kind';

export const PREVIEW_VIEW_TYPE = 'proposalStudio.preview';

/**
 * The language of `*.brief.yaml` and `*.proposal.yaml` (package.json): YAML's grammar under an id of their own, so that
 * their editor defaults (no word suggestions in prose, indentation after `key:`) leave every other YAML file alone.
 */
export const LANGUAGE_ID = 'proposal-studio-yaml';

/** A brief or proposal by name, or a YAML document whose top-level `kind` says it is one. */
export function isCandidate(document: vscode.TextDocument): boolean {
  if (document.uri.scheme === 'output' || document.uri.scheme === 'git') return false;
  if (kindFromFileName(document.fileName)) return true;
  return isYaml(document) && mentionsKind(document.getText());
}

/** What the features give back once loaded: the preview restored from a previous session. */
export interface Features {
  restorePreview(panel: vscode.WebviewPanel, state: unknown): Promise<void>;
}

/** The extension's exports: whether the features are loaded yet (the integration suite checks it). */
export interface Stages {
  readonly featuresLoaded: boolean;
}

export function activateOnDemand(context: vscode.ExtensionContext, loadFeatures: () => Features): Stages {
  let features: Features | undefined;
  const standIns: vscode.Disposable[] = [];
  const load = (): Features => {
    if (!features) {
      // The stand-ins go first: the features register the real commands under the same ids.
      standIns.splice(0).forEach((standIn) => standIn.dispose());
      features = loadFeatures();
    }
    return features;
  };

  for (const command of contributedCommands(context)) {
    standIns.push(
      vscode.commands.registerCommand(command, (...args: unknown[]) => {
        load();
        return vscode.commands.executeCommand(command, ...args);
      }),
    );
  }
  standIns.push(
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isCandidate(document)) load();
    }),
    // A new YAML file becomes a brief when `kind: brief` is typed or pasted into it.
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      if (isYaml(document) && contentChanges.some((change) => mentionsKind(changedLines(document, change)))) load();
    }),
  );
  context.subscriptions.push(
    { dispose: () => standIns.splice(0).forEach((standIn) => standIn.dispose()) },
    // Registered here, once, because VS Code restores panels only through a serializer registered during activation.
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => load().restorePreview(panel, state),
    }),
  );

  if (vscode.workspace.textDocuments.some(isCandidate)) load();
  return {
    get featuresLoaded() {
      return features !== undefined;
    },
  };
}

/** The lines an edit wrote, as they read now: a keystroke in a large YAML file costs one line, not the file. */
function changedLines(document: vscode.TextDocument, change: vscode.TextDocumentContentChangeEvent): string {
  const first = change.range.start.line;
  const last = Math.min(first + (change.text.match(/\n/g)?.length ?? 0), document.lineCount - 1);
  return document.getText(new vscode.Range(first, 0, last, Number.MAX_SAFE_INTEGER));
}

function isYaml(document: vscode.TextDocument): boolean {
  return document.languageId === 'yaml' || document.languageId === LANGUAGE_ID || isYamlFileName(document.fileName);
}

/** The command ids package.json contributes: the palette, menus and keybindings can call any of them first. */
function contributedCommands(context: vscode.ExtensionContext): string[] {
  const commands: unknown = context.extension.packageJSON?.contributes?.commands;
  return Array.isArray(commands) ? commands.map((entry: { command?: unknown }) => entry.command).filter((id): id is string => typeof id === 'string') : [];
}
