// Wires the pure core to VS Code: the features, shared by the Node entry (extension.ts) and the web worker entry
// (web/extension.ts), loaded by the first stage (bootstrap.ts) when a brief or proposal first needs them. Nothing
// here needs Node: what differs between the two hosts arrives in `host`. Nothing is created at import time.
import * as vscode from 'vscode';
import type { Features } from './bootstrap';
import { DiagnosticsPublisher } from './diagnostics';
import { registerSchemaCompletion } from './completion';
import { CheckStore } from './documents';
import { registerExports, type PdfLoader } from './export';
import { LinkedFiles, type SyncFileReader } from './files';
import { registerFindingFixes } from './findingFixes';
import { registerFunnelActions } from './funnelActions';
import { registerFunnelHover } from './funnelHover';
import { registerOutline } from './outline';
import { RendererLoader, registerPreview } from './preview';
import { registerRulePages, ruleLink } from './rulePages';
import { registerSchemaHover } from './schemaHover';
import { registerTemplateCommands } from './templates';

export interface Host {
  /** Where the extension runs, said once in its log (Output → Proposal Studio) when it activates. */
  description: string;
  /** Reads `file:` URIs at once (Node's fs); without it every file a check needs is read through vscode.workspace.fs. */
  readFileNow?: SyncFileReader;
  /** Loads the PDF printer, which starts a browser on this machine: the Node host only. */
  loadPdf?: PdfLoader;
}

export function activateIn(context: vscode.ExtensionContext, host: Host): Features {
  const log = vscode.window.createOutputChannel('Proposal Studio', { log: true });
  context.subscriptions.push(log);
  log.info(`Proposal Studio ${String(context.extension.packageJSON.version)} activated in ${host.description}; display language ${vscode.env.language}`);
  const files = new LinkedFiles(host.readFileNow);
  const store = new CheckStore(files);
  context.subscriptions.push(files, store);
  context.subscriptions.push(new DiagnosticsPublisher(store, ruleLink), registerRulePages(context.extensionUri));
  context.subscriptions.push(registerFunnelActions(store), registerFunnelHover(store), registerFindingFixes(store), registerOutline(store));
  context.subscriptions.push(registerSchemaCompletion(), registerSchemaHover(), registerTemplateCommands());
  const renderer = new RendererLoader(); // markdown-it and the renderer load on the first preview or export
  const preview = registerPreview(context, store, renderer);
  context.subscriptions.push(preview.subscription, registerExports(context, store, renderer, host.loadPdf));
  return { restorePreview: preview.restore };
}
