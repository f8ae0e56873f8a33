// VS Code's display language comes from a language pack: `--locale ru` without the Russian pack installed falls
// back to English, and extensions are told `vscode.env.language === 'en'`. Language packs come from the
// marketplace, which cannot be reached here, so the harness registers a stand-in: a pack that declares the
// language and translates nothing, written where VS Code itself records installed packs
// (`<user-data-dir>/languagepacks.json`, read by code-server when it serves the workbench). VS Code then runs in
// that language: vscode.env.language is `ru`, extensions' package.nls.ru.json apply; the workbench's own chrome
// stays English, as it has no translations.
import fs from 'node:fs';
import path from 'node:path';

/** Registers a stand-in language pack for `locale` in `userDataDir`; `home` holds its (empty) translations. */
export function registerStandInLanguagePack(locale, { userDataDir, home }) {
  const translations = path.join(home, `stand-in-language-pack-${locale}`, 'translations', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.mkdirSync(userDataDir, { recursive: true });
  const packs = {
    [locale]: {
      hash: `stand-in-${locale}`,
      extensions: [{ extensionIdentifier: { id: `proposal-studio-tests.stand-in-language-pack-${locale}` }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}
