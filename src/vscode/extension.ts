// The extension's entry point in VS Code's Node extension host (package.json `main`). The web worker host loads
// web/extension.ts instead (package.json `browser`); both start the same two stages: bootstrap.ts at activation,
// the features (activate.ts) when a brief or proposal first needs them. Here the features are a bundle of their
// own, dist/activate.js (esbuild.mjs), so activating for an ordinary YAML file reads only this small one. What Node
// adds: files a check needs on a local disk are read at once with Node's fs, so the first check of a proposal
// already sees its brief; and PDF export, which starts a browser on this machine.
import * as fs from 'node:fs';
import type * as vscode from 'vscode';
import { activateOnDemand, type Stages } from './bootstrap';

export function activate(context: vscode.ExtensionContext): Stages {
  return activateOnDemand(context, () => {
    const features = require('./activate') as typeof import('./activate');
    return features.activateIn(context, {
      description: `the Node extension host (Node ${process.versions.node})`,
      readFileNow: readLocalFile,
      // A bundle of its own (dist/pdf.js, with pdf-lib), read on the first PDF export.
      loadPdf: () => require('../pdf') as typeof import('../pdf'),
    });
  });
}

export function deactivate(): void {}

function readLocalFile(uri: vscode.Uri): Uint8Array | undefined {
  try {
    return fs.statSync(uri.fsPath).isFile() ? fs.readFileSync(uri.fsPath) : undefined;
  } catch {
    return undefined;
  }
}
