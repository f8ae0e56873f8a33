#!/usr/bin/env node
// Writes l10n/bundle.l10n.json and l10n/bundle.l10n.{ru,he,ar}.json, the bundles VS Code's `vscode.l10n` loads for
// the display language (package.json `"l10n": "./l10n"`), from the message catalogs of src/core/i18n: the one
// source of the editor's, the diagnostics' and the command line's words. Keys are the English templates, values the
// templates in the bundle's language; src/vscode/l10n.ts takes the template from `vscode.l10n.bundle` and renders
// it with the core's formatTemplate (plurals, lists, money), which `vscode.l10n.t` could not do.
// Not committed (.gitignore); `npm run generate` runs this before every build, test and package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore, root } from './load-core.mjs';

const { l10nBundle, MESSAGE_LOCALES } = await loadCore("export { l10nBundle, MESSAGE_LOCALES } from './src/core/i18n';");

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
