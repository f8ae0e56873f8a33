// Loads the built extension in a fresh Node process and times `activate()`, printing milliseconds. VS Code is
// not in this process, so `vscode` is a stand-in that accepts any call and records nothing: what is measured is
// the cost of our own code, from loading the bundle to `activate()` returning.
import Module from 'node:module';
import * as path from 'node:path';

// The API's namespaces and classes, listed so that a bundler's ES-module interop, which copies a module's own
// properties, finds them.
const API = ['commands', 'env', 'extensions', 'l10n', 'languages', 'window', 'workspace', 'CodeAction', 'CodeActionKind',
  'CompletionItem', 'CompletionItemKind', 'CompletionList', 'Diagnostic', 'DiagnosticSeverity', 'Disposable', 'EventEmitter',
  'ExtensionMode', 'Hover', 'MarkdownString', 'Position', 'Range', 'Selection', 'SnippetString', 'TextEdit',
  'TextEditorRevealType', 'Uri', 'ViewColumn', 'WorkspaceEdit'];

const target = function () {};
const anything: any = new Proxy(target, {
  get: (_, key) =>
    key === Symbol.iterator
      ? [][Symbol.iterator].bind([])
      : key === Symbol.toPrimitive
        ? () => 'stand-in' // read as text (a version, a language) or a number
        : key === 'then'
          ? undefined // not a promise
          : anything,
  apply: () => anything,
  construct: () => anything,
  ownKeys: () => [...Reflect.ownKeys(target), ...API],
  getOwnPropertyDescriptor: (_, key) =>
    Reflect.getOwnPropertyDescriptor(target, key) ?? { configurable: true, enumerable: true, writable: true, value: anything },
});

const load = (Module as any)._load;
(Module as any)._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? anything : load.call(this, request, ...rest);
};

const started = performance.now();
const extension = require(path.resolve(__dirname, '../../dist/extension.js'));
// The extension context: a real list of subscriptions, the production mode, anything else accepted.
const context = new Proxy({ subscriptions: [], extensionMode: 1, extensionPath: '/' } as Record<string | symbol, unknown>, {
  get: (fields, key) => (key in fields ? fields[key] : anything),
});
extension.activate(context);
console.log((performance.now() - started).toFixed(2));
