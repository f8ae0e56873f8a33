// Which build of the extension the UI tests drive:
//   - by default the development folder (the repository), loaded with `extensionDevelopmentPath`;
//   - with PROPOSAL_STUDIO_VSIX=path/to/file.vsix, that package installed into a fresh code-server as a person
//     would install it (no development path at all), so the tests pass against what ships, not only against the
//     folder it is built in;
//   - for the web worker extension host, a copy of the package whose manifest keeps only `browser` (webOnlyCopy):
//     without `main` VS Code cannot run it in its Node extension host, so it runs in the web worker one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onInterrupt } from './processes.mjs';
import { installVsix } from './vsix.mjs';
import { repoRoot } from './workspace.mjs';

/** What `openWorkbench` loads, and where its screenshots go: `{ name, developmentPath?, vsix? }`. */
export function extensionUnderTest() {
  const vsix = process.env.PROPOSAL_STUDIO_VSIX;
  if (vsix) return { name: 'vsix', vsix: path.resolve(vsix) };
  return { name: 'development', developmentPath: repoRoot };
}

// What the web worker host needs of the development folder: what .vscodeignore lets into the package, less the
// Node entry. (With PROPOSAL_STUDIO_VSIX the copy is made from the package itself.)
const WEB_PACKAGE_FILES = ['package.json', 'dist/web/extension.js', 'dist/webview.js', 'media', 'language', 'docs/rules', 'l10n'];

/**
 * A throw-away copy of the package without `main` in its package.json (and without dist/extension.js): from the
 * .vsix when PROPOSAL_STUDIO_VSIX names one, else from the development folder. `remove()` deletes it.
 */
export function webOnlyCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-studio-web-'));
  const remove = async () => fs.rmSync(dir, { recursive: true, force: true });
  const unregister = onInterrupt(remove);
  const extensionDir = path.join(dir, 'extension');
  const vsix = process.env.PROPOSAL_STUDIO_VSIX;
  if (vsix) {
    const { folder } = installVsix(path.resolve(vsix), { extensionsDir: path.join(dir, 'installed'), userDataDir: path.join(dir, 'user-data') });
    fs.cpSync(folder, extensionDir, { recursive: true });
  } else {
    const names = fs.readdirSync(repoRoot).filter((name) => /^package\.nls(\.[\w-]+)?\.json$/.test(name));
    for (const relative of [...WEB_PACKAGE_FILES, ...names]) {
      const source = path.join(repoRoot, relative);
      if (fs.existsSync(source)) fs.cpSync(source, path.join(extensionDir, relative), { recursive: true });
    }
  }
  fs.rmSync(path.join(extensionDir, 'dist', 'extension.js'), { force: true });
  const manifestFile = path.join(extensionDir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  if (!manifest.browser) throw new Error('package.json has no "browser" entry');
  delete manifest.main;
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return {
    dir: extensionDir,
    manifest,
    async remove() {
      unregister();
      await remove();
    },
  };
}
