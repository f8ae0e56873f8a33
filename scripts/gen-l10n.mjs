#!/usr/bin/env node
// Writes l10n/bundle.l10n.json and l10n/bundle.l10n.{ru,he,ar}.json, the bundles VS Code's `vscode.l10n` loads for
// the display language (package.json `"l10n": "./l10n"`), from the message catalogs of src/core/i18n: the one
// source of the editor's, the diagnostics' and the command line's words. Keys are the English templates, values the
// templates in the bundle's language; src/vscode/l10n.ts takes the template from `vscode.l10n.bundle` and renders
// it with the core's formatTemplate (plurals, lists, money), which `vscode.l10n.t` could not do.
// Not committed (.gitignore); `npm run generate` runs this before every build, test and package.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The catalogs are TypeScript: bundle them in memory and load them.
const bundled = await build({
  stdin: { contents: "export { l10nBundle, MESSAGE_LOCALES } from './src/core/i18n';", resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  write: false,
  logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
const { l10nBundle, MESSAGE_LOCALES } = module.exports;

const folder = join(root, 'l10n');
mkdirSync(folder, { recursive: true });
for (const locale of MESSAGE_LOCALES) {
  // bundle.l10n.json is the English source (what translators and `@vscode/l10n-dev` start from); VS Code itself
  // reads only the bundle of a display language other than English.
  const file = join(folder, locale === 'en' ? 'bundle.l10n.json' : `bundle.l10n.${locale}.json`);
  const text = `${JSON.stringify(l10nBundle(locale), null, 2)}\n`;
  let before;
  try {
    before = readFileSync(file, 'utf8');
  } catch {
    before = undefined;
  }
  if (before !== text) writeFileSync(file, text);
}
