// Loads the built extension in a fresh Node process and times its two stages, printing one JSON line:
// `activate_ms`, from loading dist/extension.js to `activate()` returning with no brief or proposal open (VS Code
// activates us for any YAML file), and `features_ms`, the first brief or proposal opening afterwards, which loads
// the features (dist/activate.js) and registers them. VS Code is not in this process, so `vscode` is a stand-in
// that accepts any call and records nothing, except the two things the stages ask of it: the open documents (none)
// and the listener for documents that open. What is measured is the cost of our own code.
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

/** `anything`, with some properties answered for real. */
function standIn(real: Record<string, unknown>): any {
  return new Proxy(anything, { get: (proxied, key, receiver) => (key in real ? real[key as string] : Reflect.get(proxied, key, receiver)) });
}

const opened: Array<(document: unknown) => void> = [];
const workspace = standIn({
  textDocuments: [],
  onDidOpenTextDocument: (listener: (document: unknown) => void) => {
    opened.push(listener);
    return anything;
  },
});
const vscode = standIn({ workspace });

const load = (Module as any)._load;
(Module as any)._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const started = performance.now();
const extension = require(path.resolve(__dirname, '../../dist/extension.js'));
// The extension context: a real list of subscriptions, the production mode, the manifest's commands.
const packageJSON = require(path.resolve(__dirname, '../../package.json'));
const context = new Proxy({ subscriptions: [], extensionMode: 1, extensionPath: '/', extension: { packageJSON } } as Record<string | symbol, unknown>, {
  get: (fields, key) => (key in fields ? fields[key] : anything),
});
const stages = extension.activate(context);
const activated = performance.now();
if (stages.featuresLoaded) throw new Error('the features loaded with no brief or proposal open');

const brief = { uri: { scheme: 'file' }, fileName: '/work/acme.brief.yaml', languageId: 'yaml', getText: () => 'kind: brief\n' };
opened.forEach((listener) => listener(brief));
const featured = performance.now();
if (!stages.featuresLoaded) throw new Error('opening a brief did not load the features');

console.log(JSON.stringify({ activate_ms: activated - started, features_ms: featured - activated }));
