// Bundles the entry points: the extension for VS Code's Node extension host in three stages (activation, the features,
// the renderer) and its PDF printer, the same in one bundle for its web worker extension host (without PDF), the
// preview's script (browser), and the command line (Node). `vscode` is provided by the host and never bundled.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'info',
};

// In the Node extension host the renderer (markdown-it and the preview's model) is a bundle of its own, required
// on the first preview or export: activation never reads it. The web worker host can load one file only, so there
// it stays inside the extension's bundle, still evaluated lazily.
const rendererApart = {
  name: 'renderer-apart',
  setup(build) {
    build.onResolve({ filter: /\/core\/render$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './render.js', external: true } : undefined,
    );
  },
};

// Activation in the Node extension host loads dist/extension.js only (src/vscode/bootstrap.ts): the features,
// dist/activate.js, are required when the first brief or proposal needs them.
const featuresApart = {
  name: 'features-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/activate$/ }, (args) =>
      args.kind === 'require-call' ? { path: './activate.js', external: true } : undefined,
    );
  },
};

// The PDF printer (it starts a browser, and carries pdf-lib) is a bundle of its own in the Node extension host,
// required on the first PDF export; the web worker host has no PDF export.
const pdfApart = {
  name: 'pdf-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/pdf$/ }, (args) => (args.kind === 'require-call' ? { path: './pdf.js', external: true } : undefined));
  },
};

const targets = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], plugins: [featuresApart, pdfApart] },
  { ...common, entryPoints: ['src/pdf/index.ts'], outfile: 'dist/pdf.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/vscode/activate.ts'], outfile: 'dist/activate.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], plugins: [rendererApart] },
  { ...common, entryPoints: ['src/core/render/index.ts'], outfile: 'dist/render.js', platform: 'node', format: 'cjs', target: 'node20' },
  // The same glue for the web worker extension host (VS Code for the Web): no Node built-ins may be reached, and
  // esbuild fails the build if any is (platform 'browser' resolves none of them). yaml's own browser build is used.
  { ...common, entryPoints: ['src/vscode/web/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20' },
  // The preview page's script: runs in the webview, imports only the message types.
  { ...common, entryPoints: ['src/webview/preview.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

if (watch) {
  for (const options of targets) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(targets.map((options) => esbuild.build(options)));
}
