#!/usr/bin/env node
// Writes the `proposalStudio.rules` setting of package.json from the rules (src/core/rules/settings.ts): its schema,
// every description a `%key%`, and the English text of each key into package.nls.json. Run it when a rule, its
// description or its options change; test/unit/config.test.ts fails until it has run, and the i18n test until
// package.nls.{ru,he,ar}.json translate every new key.
//
//   node scripts/gen-settings.mjs           write package.json and package.nls.json
//   node scripts/gen-settings.mjs --check   exit 1 if either differs from the rules
//
// Both files are read, changed in the setting's part only, and written back: other contributions stay as they are.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore, root } from './load-core.mjs';

const check = process.argv.includes('--check');

const { RULES, settingContribution, SETTING_KEY_PREFIX } = await loadCore(
  "export { RULES } from './src/core/rules'; export { settingContribution, SETTING_KEY_PREFIX } from './src/core/rules/settings';",
);
const { properties, nls } = settingContribution(RULES);

const json = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const text = (value) => `${JSON.stringify(value, null, 2)}\n`;

const pkg = json('package.json');
const setting = pkg.contributes.configuration.properties['proposalStudio.rules'];
setting.properties = properties;

// The setting's own keys are replaced; every other key keeps its place.
const owned = (key) => key.startsWith(SETTING_KEY_PREFIX) && key.endsWith('.description');
const english = json('package.nls.json');
const rest = Object.entries(english).filter(([key]) => !owned(key));
const before = rest.findIndex(([key]) => key.startsWith('command.'));
const at = before < 0 ? rest.length : before;
const merged = Object.fromEntries([...rest.slice(0, at), ...Object.entries(nls), ...rest.slice(at)]);

const outputs = [
  ['package.json', text(pkg)],
  ['package.nls.json', text(merged)],
];
let stale = false;
for (const [file, content] of outputs) {
  if (readFileSync(join(root, file), 'utf8') === content) continue;
  if (check) {
    console.error(`${file} is not up to date with the rules: run node scripts/gen-settings.mjs`);
    stale = true;
  } else {
    writeFileSync(join(root, file), content);
    console.log(`wrote ${file}`);
  }
}
// A description whose English changed keeps its old translations: say which, so they are translated again.
const changed = Object.keys(nls).filter((key) => key in english && english[key] !== nls[key]);
if (changed.length) console.error(`the English of ${changed.length} key(s) changed; update their translations in package.nls.{ru,he,ar}.json: ${changed.join(', ')}`);
for (const locale of ['ru', 'he', 'ar']) {
  const translated = json(`package.nls.${locale}.json`);
  const missing = Object.keys(nls).filter((key) => !(key in translated));
  if (missing.length) console.error(`package.nls.${locale}.json lacks ${missing.length} key(s) to translate: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}`);
}
if (stale) process.exitCode = 1;
