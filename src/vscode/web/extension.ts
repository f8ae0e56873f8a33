// The extension's entry point in the web worker extension host (package.json `browser`): VS Code for the Web, and
// any workbench that runs web extensions. Same glue as the Node entry, without Node: files a check needs are read
// through vscode.workspace.fs (src/vscode/files.ts). Built by esbuild for the browser (esbuild.mjs); the build fails
// if anything here or in the core reaches for a Node built-in. The worker loads one file, so the features are in
// this bundle, but esbuild evaluates a module that is `require`d only when the call runs: activating for an ordinary
// YAML file evaluates the first stage (bootstrap.ts) alone.
import type * as vscode from 'vscode';
import { activateOnDemand, type Stages } from '../bootstrap';

export function activate(context: vscode.ExtensionContext): Stages {
  return activateOnDemand(context, () => {
    const features = require('../activate') as typeof import('../activate');
    return features.activateIn(context, { description: describeWorker() });
  });
}

/** What the worker can tell about itself: no `process` (no Node), a WorkerGlobalScope, the browser's user agent. */
function describeWorker(): string {
  const scope = globalThis as { process?: unknown; WorkerGlobalScope?: unknown; navigator?: { userAgent?: string } };
  return `the web worker extension host (typeof process: ${typeof scope.process}, WorkerGlobalScope: ${typeof scope.WorkerGlobalScope}, navigator.userAgent: ${scope.navigator?.userAgent ?? 'none'})`;
}

export function deactivate(): void {}
